// Case attributes from a table (CSV/XLSX, read by read-case-table.ts in the reader
// process): a guessed mapping of columns to case fields and attributes, and applying the
// table in one undo step - rows are matched to cases by label or real name, missing
// cases are made when asked, empty cells change nothing.
import { ApiError } from '../../shared/errors.ts';
import { PARTNER_ROLES } from '../../shared/model/entities.ts';
import type { PartnerRole } from '../../shared/model/entities.ts';
import type { AppliedCaseTable, CaseField, CaseTable, ColumnTarget, ReadCaseTable } from '../../shared/model/import.ts';
import type { Store } from '../db/store.ts';
import { runAction } from '../db/undo-log.ts';
import type { ActionRecorder } from '../db/undo-log.ts';
import { insertCase, setCaseAttribute } from './cases.ts';
import { applyOrganisationUpdate } from './case-grid.ts';
import { caseQueries } from './queries.ts';

const FIELD_NAMES: [RegExp, CaseField][] = [
  [/^(?:label|output label|anonymised label)$/u, 'label'],
  [/^(?:real name|full name|name)$/u, 'realName'],
  [/^(?:role|participant role)$/u, 'role'],
  [/^(?:job title|job|title|position|post)$/u, 'jobTitle'],
  [/^(?:organisation|organization|org|employer|provider)$/u, 'organisation'],
  [/^(?:project|project number)$/u, 'project'],
  [/^(?:lead or partner|lead partner|lead\/partner|partner role|lead_partner|partner)$/u, 'partnerRole'],
  [/^(?:provider type|type of provider)$/u, 'providerType'],
  [/^(?:region|area)$/u, 'region'],
];
const KEY_NAMES = /^(?:case|cases|case id|case name|participant|participant id|id|code|pseudonym|label|name|speaker)$/u;

function headerKey(header: string): string {
  return header.trim().toLowerCase().replace(/[_\s]+/gu, ' ');
}

// Guesses which column names the case and what each other column fills.
export function guessMapping(table: CaseTable): ReadCaseTable {
  const keys = table.columns.map(headerKey);
  const keyColumn = Math.max(0, keys.findIndex((k) => KEY_NAMES.test(k)));
  const targets: ColumnTarget[] = table.columns.map((column, i) => {
    if (i === keyColumn) return { kind: 'skip' };
    const field = FIELD_NAMES.find(([pattern]) => pattern.test(keys[i] ?? ''))?.[1];
    return field ? { kind: 'field', field } : { kind: 'attribute', name: column.trim() || `Column ${i + 1}` };
  });
  return { table, keyColumn, targets };
}

function norm(text: string): string {
  return text.trim().replace(/\s+/gu, ' ').toLowerCase();
}

// Reads "Lead", "partner organisation", "External" as a partner role; null when it is none of them.
export function parsePartnerRole(value: string): PartnerRole | null {
  const v = norm(value);
  return PARTNER_ROLES.find((r) => v === r || v.startsWith(`${r} `)) ?? null;
}

function findCases(store: Store, key: string): number[] {
  return caseQueries(store).idsByFoldedName.all({ key: norm(key) });
}

export interface ApplyTableInput {
  columns: string[];
  rows: string[][];
  keyColumn: number;
  targets: ColumnTarget[];
  createMissing: boolean;
}

function applyCell(rec: ActionRecorder, caseId: number, target: ColumnTarget, value: string): string | null {
  if (target.kind === 'skip' || value.trim().length === 0) return null;
  if (target.kind === 'attribute') {
    setCaseAttribute(rec, caseId, target.name, value.trim());
    return null;
  }
  switch (target.field) {
    case 'label':
      rec.update('cases', caseId, { label: value.trim() });
      return null;
    case 'realName':
      rec.update('cases', caseId, { real_name: value.trim() });
      return null;
    case 'role':
      rec.update('cases', caseId, { role: value.trim() });
      return null;
    case 'jobTitle':
      rec.update('cases', caseId, { job_title: value.trim() });
      return null;
    case 'partnerRole': {
      const role = parsePartnerRole(value);
      if (role === null) return `"${value.trim().slice(0, 40)}" is not lead, partner, external or other`;
      applyOrganisationUpdate(rec, caseId, { partnerRole: role });
      return null;
    }
    default:
      applyOrganisationUpdate(rec, caseId, { [target.field]: value.trim() });
      return null;
  }
}

// Applies a table of case attributes in one undo step; reports rows it could not use and why.
export function applyCaseTable(store: Store, input: ApplyTableInput): AppliedCaseTable {
  if (input.keyColumn >= input.columns.length) throw new ApiError('BAD_INPUT', 'Choose which column names the case.');
  // organisation first, so its details in the same row have an organisation to go to
  const order = input.targets
    .map((target, index) => ({ target, index }))
    .filter(({ index }) => index < input.columns.length)
    .sort((a, b) => Number(b.target.kind === 'field' && b.target.field === 'organisation') - Number(a.target.kind === 'field' && a.target.field === 'organisation'));
  const result: AppliedCaseTable = { updated: 0, created: 0, skipped: [] };
  runAction(store, 'Import case attributes', (rec) => {
    input.rows.forEach((row, r) => {
      const rowNumber = r + 2; // the header is row 1
      const key = (row[input.keyColumn] ?? '').trim();
      if (!key) {
        result.skipped.push({ row: rowNumber, reason: 'no case name in the key column' });
        return;
      }
      const found = findCases(store, key);
      if (found.length > 1) {
        result.skipped.push({ row: rowNumber, reason: `${found.length} cases are called "${key}"` });
        return;
      }
      let caseId = found[0];
      if (caseId === undefined) {
        if (!input.createMissing) {
          result.skipped.push({ row: rowNumber, reason: `no case is called "${key}"` });
          return;
        }
        caseId = insertCase(rec, { realName: key, label: key });
        result.created++;
      } else result.updated++;
      const problems: string[] = [];
      for (const { target, index } of order) {
        if (index === input.keyColumn && target.kind === 'skip') continue;
        try {
          const problem = applyCell(rec, caseId, target, row[index] ?? '');
          if (problem) problems.push(`${input.columns[index] ?? `column ${index + 1}`}: ${problem}`);
        } catch (error) {
          if (!(error instanceof ApiError) || error.code !== 'BAD_INPUT') throw error;
          problems.push(`${input.columns[index] ?? `column ${index + 1}`}: ${error.message}`);
        }
      }
      if (problems.length > 0) result.skipped.push({ row: rowNumber, reason: problems.join('; ') });
    });
  });
  return result;
}
