// Cases (participants): their real names, output labels, roles and attributes.
import type { CaseRecord } from '../../shared/model/entities.ts';
import { ApiError } from '../../shared/errors.ts';
import type { Store } from '../db/store.ts';
import { runAction } from '../db/undo-log.ts';
import type { ActionRecorder } from '../db/undo-log.ts';
import { registerQueries } from '../anonymise/queries.ts';
import { deleteMemosOn } from '../memos/memo-removal.ts';
import { caseQueries } from './queries.ts';
import type { CaseListRow } from './queries.ts';

function attributesOf(store: Store, caseId: number): Record<string, string> {
  return Object.fromEntries(caseQueries(store).attributes.all(caseId).map((r) => [r.name, r.value]));
}

function toRecord(store: Store, row: CaseListRow, attributes: Record<string, string> = attributesOf(store, row.id)): CaseRecord {
  return {
    id: row.id,
    guid: row.guid,
    label: row.label,
    realName: row.real_name,
    role: row.role,
    jobTitle: row.job_title,
    organisation: row.organisation,
    project: row.project,
    partnerRole: row.partner_role,
    providerType: row.provider_type,
    region: row.region,
    attributes,
  };
}

// Every case, by label (the attribute values of all cases in one read).
export function listCases(store: Store): CaseRecord[] {
  const queries = caseQueries(store);
  const attributes = new Map<number, Record<string, string>>();
  for (const v of queries.allAttributes.all()) {
    let values = attributes.get(v.case_id);
    if (!values) attributes.set(v.case_id, (values = {}));
    values[v.name] = v.value;
  }
  return queries.list.all().map((r) => toRecord(store, r, attributes.get(r.id) ?? {}));
}

// One case, or NOT_FOUND.
export function getCase(store: Store, id: number): CaseRecord {
  const row = caseQueries(store).listed.get(id);
  if (!row) throw new ApiError('NOT_FOUND', 'That case no longer exists.');
  return toRecord(store, row);
}

export interface NewCase {
  realName: string;
  label?: string;
  role?: string;
  jobTitle?: string;
  organisationId?: number | null;
  attributes?: Record<string, string>;
}

// Inserts a case inside an action (the label defaults to the role).
export function insertCase(rec: ActionRecorder, input: NewCase): number {
  const store = rec.store;
  const id = rec.insert('cases', {
    guid: store.newGuid(),
    label: input.label?.trim() || input.role?.trim() || 'Participant',
    real_name: input.realName,
    role: input.role ?? '',
    job_title: input.jobTitle ?? '',
    organisation_id: input.organisationId ?? null,
    classification_id: null,
    description: '',
    created_at: store.now().toISOString(),
  });
  for (const [name, value] of Object.entries(input.attributes ?? {})) setCaseAttribute(rec, id, name, value);
  return id;
}

// Sets one attribute value of a case, creating the attribute when new.
export function setCaseAttribute(rec: ActionRecorder, caseId: number, name: string, value: string): void {
  const store = rec.store;
  const queries = caseQueries(store);
  let attributeId = queries.attributeId.get(name);
  if (attributeId === undefined) {
    const order = Number(queries.nextAttributeOrder.get());
    attributeId = rec.insert('attributes', { guid: store.newGuid(), applies_to: 'case', name, value_type: 'text', choices_json: '[]', sort_order: order });
  }
  const existing = queries.attributeValueRowid.get(caseId, attributeId);
  if (existing === undefined) rec.insert('case_attribute_values', { case_id: caseId, attribute_id: attributeId, value });
  else rec.update('case_attribute_values', existing, { value });
}

// Creates a case.
export function createCase(store: Store, input: NewCase): CaseRecord {
  const id = runAction(store, `New case ${input.label ?? input.role ?? ''}`.trim(), (rec) => insertCase(rec, input));
  return getCase(store, id);
}

export interface CaseUpdate {
  realName?: string;
  label?: string;
  role?: string;
  jobTitle?: string;
  attributes?: Record<string, string>;
}

// Changes a case's names, role or attributes.
export function updateCase(store: Store, id: number, update: CaseUpdate): CaseRecord {
  getCase(store, id);
  runAction(store, 'Edit case', (rec) => {
    const values: Record<string, string> = {};
    if (update.realName !== undefined) values.real_name = update.realName;
    if (update.label !== undefined) values.label = update.label;
    if (update.role !== undefined) values.role = update.role;
    if (update.jobTitle !== undefined) values.job_title = update.jobTitle;
    rec.update('cases', id, values);
    for (const [name, value] of Object.entries(update.attributes ?? {})) setCaseAttribute(rec, id, name, value);
  });
  return getCase(store, id);
}

// Deletes a case that no source or segment points at any more.
export function deleteCase(store: Store, id: number): void {
  const record = getCase(store, id);
  const queries = caseQueries(store);
  const uses = Number(queries.uses.get({ id }));
  if (uses > 0) throw new ApiError('CONFLICT', `${record.label} is linked to ${uses} sources or speaker turns; unlink them first.`);
  runAction(store, `Delete case ${record.label}`, (rec) => {
    for (const rowid of queries.attributeValueRowids.all(id)) rec.delete('case_attribute_values', rowid);
    deleteMemosOn(rec, 'case', id);
    // the anonymisation register keeps the name (mentions elsewhere are still replaced), detached from the case
    for (const rule of registerQueries(store).rulesOfCase.all(id)) {
      rec.update('anonymisation_rules', rule.id, { case_id: null, replacement: rule.replacement.trim() || record.label });
    }
    rec.delete('cases', id);
  });
}
