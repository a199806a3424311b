// REFI-QDA's gathering: what a .qdpx or .qdc export reads of the project (coders, the
// codebook, cases with their fields and variables, sources with their codings and
// speakers, memos, references, element GUIDs kept by an import) and the counts it shows;
// and the statements on exchange_references, the sources an import kept as references.
import { defineQueries, rows, shapedStatement, values } from '../db/query-layer.ts';
import type { Store } from '../db/store.ts';
import type {
  AttributeRow,
  CaseRow,
  CoderRow,
  CodingRow,
  ExchangeReferenceRow,
  MemoRow,
  NodeComponentRow,
  NodeRow,
  OrganisationRow,
  ProjectSettingRow,
  SegmentRow,
  SourceRow,
} from '../db/table-rows.ts';
import type { UndoableTable } from '../db/undo-log.ts';

// A node as the codebook's codes carry it.
export type ExportNodeRow = Pick<NodeRow, 'id' | 'guid' | 'parent_id' | 'name' | 'description' | 'color' | 'question' | 'is_codable'>;

// A memo as a note carries it.
export type ExportMemoRow = Omit<MemoRow, 'content_json'>;

// A case with the fields that travel as variables (its organisation's and project's too).
export type CaseFieldRow = Pick<CaseRow, 'id' | 'label' | 'role' | 'job_title'> &
  Pick<OrganisationRow, 'partner_role' | 'provider_type' | 'region'> & { organisation: string | null; project: string | null };

// An attribute's value for one case or source.
export type OwnedValueRow = { owner: number; value: string };

// The statements, prepared once per connection.
export const exchangeQueries = defineQueries({
  tableExists: values<1, [name: string]>("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"),
  // the project's element GUIDs and those an import of our own export recorded
  elementGuids: rows<ProjectSettingRow>("SELECT key, value FROM project_settings WHERE key = 'project.guid' OR key LIKE 'exchange.guid.%'"),
  coders: rows<Pick<CoderRow, 'id' | 'guid' | 'name' | 'initials'>>('SELECT id, guid, name, initials FROM coders ORDER BY id'),
  nodes: rows<ExportNodeRow>('SELECT id, guid, parent_id, name, description, color, question, is_codable FROM nodes ORDER BY sort_order, id'),
  nodeComponents: rows<NodeComponentRow>('SELECT node_id, component FROM node_components ORDER BY node_id'),
  memos: rows<ExportMemoRow>('SELECT id, guid, target_kind, target_id, title, plain_text, created_at, updated_at, coder_id, modified_by, range_start, range_end FROM memos ORDER BY id'),
  cases: rows<Pick<CaseRow, 'id' | 'guid' | 'real_name' | 'label' | 'description'>>('SELECT id, guid, real_name, label, description FROM cases ORDER BY id'),
  caseFields: rows<CaseFieldRow>(
    `SELECT k.id, k.label, k.role, k.job_title, o.name AS organisation, p.name AS project, o.partner_role, o.provider_type, o.region
     FROM cases k LEFT JOIN organisations o ON o.id = k.organisation_id LEFT JOIN projects p ON p.id = o.project_id ORDER BY k.id`,
  ),
  sourceIdsOfCase: values<number, [caseId: number]>('SELECT source_id FROM source_cases WHERE case_id = ? ORDER BY source_id'),
  sources: rows<Pick<SourceRow, 'id' | 'guid' | 'name' | 'description' | 'imported_at'>>('SELECT id, guid, name, description, imported_at FROM sources ORDER BY id'),
  sourceFields: rows<Pick<SourceRow, 'id' | 'kind' | 'round' | 'mode' | 'interview_date'>>('SELECT id, kind, round, mode, interview_date FROM sources ORDER BY id'),
  speakers: rows<Pick<SegmentRow, 'case_id' | 'is_interviewer'> & { speaker_label: string }, [sourceId: number]>(
    'SELECT DISTINCT speaker_label, case_id, is_interviewer FROM segments WHERE source_id = ? AND speaker_label IS NOT NULL ORDER BY seq',
  ),
  codingsOfSource: rows<Pick<CodingRow, 'id' | 'guid' | 'node_id' | 'start' | 'end' | 'coder_id' | 'created_at'>, [sourceId: number]>(
    'SELECT id, guid, node_id, start, end, coder_id, created_at FROM codings WHERE source_id = ? ORDER BY start, end, id',
  ),
  // the stored GUIDs of the codings diagram evidence links to
  evidenceCodingGuids: values<string>('SELECT DISTINCT c.guid FROM diagram_evidence e JOIN codings c ON c.guid = e.coding_guid'),
  attributes: rows<Pick<AttributeRow, 'id' | 'guid' | 'applies_to' | 'name' | 'value_type' | 'choices_json'>>(
    'SELECT id, guid, applies_to, name, value_type, choices_json FROM attributes ORDER BY applies_to, sort_order, id',
  ),
  caseAttributeValues: rows<OwnedValueRow, [attributeId: number]>('SELECT case_id AS owner, value FROM case_attribute_values WHERE attribute_id = ? ORDER BY case_id'),
  sourceAttributeValues: rows<OwnedValueRow, [attributeId: number]>('SELECT source_id AS owner, value FROM source_attribute_values WHERE attribute_id = ? ORDER BY source_id'),
  // sources kept as references
  references: rows<Pick<ExchangeReferenceRow, 'guid' | 'kind' | 'name' | 'path' | 'current_path' | 'description'>>(
    'SELECT guid, kind, name, path, current_path, description FROM exchange_references ORDER BY id',
  ),
  referenceList: rows<Omit<ExchangeReferenceRow, 'description'>>('SELECT id, guid, kind, name, path, current_path, origin, note, imported_at FROM exchange_references ORDER BY name COLLATE NOCASE, id'),
});

// Tables whose rows an export counts.
export type CountedTable = 'coders' | 'nodes' | 'cases' | 'attributes' | 'sources' | 'codings' | 'memos' | 'diagrams' | 'exchange_references' | 'saved_queries' | 'framework_matrices' | 'alignment_objectives';

// How many rows a table holds (0 when the project has no such table).
export function countRows(store: Store, table: CountedTable): number {
  if (exchangeQueries(store).tableExists.get(table) === undefined) return 0;
  return Number(shapedStatement(store, values<number>(`SELECT count(*) FROM ${table}`)).get());
}

// Whether a row of the table already has this GUID.
export function guidTaken(store: Store, table: UndoableTable, guid: string): boolean {
  return shapedStatement(store, values<1, [guid: string]>(`SELECT 1 FROM ${table} WHERE guid = ?`)).get(guid) !== undefined;
}
