// The Cases grid's columns without the DOM: what each shows, which list it suggests
// values from, and which call saves an edit to it.
import type { CaseRecord } from '../../../shared/model/entities.ts';
import type { CaseGridOptions } from '../../../shared/model/import.ts';

export type ListName = 'roles' | 'organisations' | 'projects' | 'providerTypes' | 'regions';

export type CaseColumn =
  | { key: string; label: string; kind: 'case'; field: 'label' | 'realName' | 'role' | 'jobTitle'; list?: ListName; required?: boolean }
  | { key: string; label: string; kind: 'organisation'; field: 'organisation' | 'project' | 'providerType' | 'region'; list: ListName }
  | { key: string; label: string; kind: 'partner' }
  | { key: string; label: string; kind: 'attribute'; name: string };

export const FIXED_COLUMNS: readonly CaseColumn[] = [
  { key: 'label', label: 'Label', kind: 'case', field: 'label', required: true },
  { key: 'realName', label: 'Real name', kind: 'case', field: 'realName', required: true },
  { key: 'role', label: 'Role', kind: 'case', field: 'role', list: 'roles' },
  { key: 'jobTitle', label: 'Job title', kind: 'case', field: 'jobTitle' },
  { key: 'organisation', label: 'Organisation', kind: 'organisation', field: 'organisation', list: 'organisations' },
  { key: 'project', label: 'Project', kind: 'organisation', field: 'project', list: 'projects' },
  { key: 'partnerRole', label: 'Lead or partner', kind: 'partner' },
  { key: 'providerType', label: 'Provider type', kind: 'organisation', field: 'providerType', list: 'providerTypes' },
  { key: 'region', label: 'Region', kind: 'organisation', field: 'region', list: 'regions' },
];

// Every column: the fixed ones, then one per attribute any case has (or the researcher added).
export function caseColumns(cases: readonly CaseRecord[], extraAttributes: readonly string[], known: readonly string[] = []): CaseColumn[] {
  const names: string[] = [];
  for (const name of [...known, ...cases.flatMap((c) => Object.keys(c.attributes)), ...extraAttributes]) if (!names.includes(name)) names.push(name);
  return [...FIXED_COLUMNS, ...names.map((name): CaseColumn => ({ key: `attr:${name}`, label: name, kind: 'attribute', name }))];
}

// What a cell shows for a case.
export function cellValue(record: CaseRecord, column: CaseColumn): string {
  switch (column.kind) {
    case 'case':
      return record[column.field];
    case 'organisation':
      return record[column.field] ?? '';
    case 'partner':
      return record.partnerRole ?? '';
    case 'attribute':
      return record.attributes[column.name] ?? '';
  }
}

// The values a column suggests while typing.
export function suggestionsFor(column: CaseColumn, options: CaseGridOptions | undefined): string[] {
  if (!options || column.kind === 'partner' || column.kind === 'attribute' || !column.list) return [];
  return column.list === 'organisations' ? options.organisations.map((o) => o.name) : options[column.list];
}

export type SaveCall =
  | { method: 'cases.update'; input: { id: number; label?: string; realName?: string; role?: string; jobTitle?: string; attributes?: Record<string, string> } }
  | { method: 'caseGrid.update'; input: { id: number; organisation?: string | null; project?: string | null; providerType?: string | null; region?: string | null; partnerRole?: 'lead' | 'partner' | 'external' | 'other' | null } };

// The call that saves an edited cell, or a message when the value cannot be saved.
export function saveCall(record: CaseRecord, column: CaseColumn, raw: string): SaveCall | { problem: string } {
  const value = raw.trim();
  switch (column.kind) {
    case 'case':
      if (column.required && value === '') return { problem: `${column.label} cannot be empty.` };
      return { method: 'cases.update', input: { id: record.id, [column.field]: value } };
    case 'attribute':
      return { method: 'cases.update', input: { id: record.id, attributes: { [column.name]: value } } };
    case 'organisation':
      // whether the case has an organisation yet is checked by the host, which knows the saved state
      return { method: 'caseGrid.update', input: { id: record.id, [column.field]: value === '' ? null : value } };
    case 'partner': {
      if (value !== '' && value !== 'lead' && value !== 'partner' && value !== 'external' && value !== 'other') return { problem: 'Choose lead, partner, external or other.' };
      return { method: 'caseGrid.update', input: { id: record.id, partnerRole: value === '' ? null : value } };
    }
  }
}
