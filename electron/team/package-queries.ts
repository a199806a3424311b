// The statements that cut a copy of the project down to a coding package: what a package
// leaves out is deleted from the copy in bulk (the copy has no undo history), and every
// text column of what stays can be read for the leak check.
import { defineQueries, rows, shapedStatement, values, writes } from '../db/query-layer.ts';
import type { Store } from '../db/store.ts';
import type { CaseRow, CoderRow, MemoRow, NodeRow, OrganisationRow, ProjectRow, SegmentRow, SourceRow } from '../db/table-rows.ts';

// The tables of analysis a package never carries, children before parents (some may not exist in older files).
const LEFT_OUT_TABLES = [
  'contradiction_phases',
  'contradictions',
  'diagram_boundary_objects',
  'diagram_evidence',
  'tensions',
  'diagram_components',
  'diagram_systems',
  'diagrams',
  'framework_cells',
  'framework_matrices',
  'saved_queries',
  'alignment_cells',
  'alignment_objectives',
  'exchange_references',
  'team_decisions',
  'team_logbook',
  'team_merges',
  'team_packages',
  'team_cycles',
] as const;

// The register, which never leaves the project file in an anonymised package.
const REGISTER_TABLES = ['anonymisation_overrides', 'anonymisation_ignored', 'anonymisation_log', 'anonymisation_rules'] as const;

export const packageQueries = defineQueries({
  tableNames: values<string>("SELECT name FROM sqlite_master WHERE type = 'table'"),
  textColumns: values<string, [table: string]>("SELECT name FROM pragma_table_info(?) WHERE type = 'TEXT'"),
  deleteAllCodings: writes('DELETE FROM codings'),
  deleteMemosExceptOnNodes: writes("DELETE FROM memos WHERE target_kind <> 'node'"),
  deleteMemosOnDiagrams: writes("DELETE FROM memos WHERE target_kind = 'diagram'"),
  // sources left out: their codings, memos, segments, links and values, then the rows
  deleteCodingsOfSources: writes<[idsJson: string]>('DELETE FROM codings WHERE source_id IN (SELECT value FROM json_each(?))'),
  deleteMemosOnCodingsOfGoneSources: writes("DELETE FROM memos WHERE target_kind = 'coding' AND target_id NOT IN (SELECT id FROM codings)"),
  deleteMemosOnSources: writes<[idsJson: string]>("DELETE FROM memos WHERE target_kind = 'source' AND target_id IN (SELECT value FROM json_each(?))"),
  deleteSegmentsOfSources: writes<[idsJson: string]>('DELETE FROM segments WHERE source_id IN (SELECT value FROM json_each(?))'),
  deleteSourceCases: writes<[idsJson: string]>('DELETE FROM source_cases WHERE source_id IN (SELECT value FROM json_each(?))'),
  deleteSourceValues: writes<[idsJson: string]>('DELETE FROM source_attribute_values WHERE source_id IN (SELECT value FROM json_each(?))'),
  deleteSources: writes<[idsJson: string]>('DELETE FROM sources WHERE id IN (SELECT value FROM json_each(?))'),
  deleteSetting: writes<[key: string]>('DELETE FROM project_settings WHERE key = ?'),
  upsertSetting: writes<[key: string, value: string]>('INSERT INTO project_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'),
  sourceIds: values<number>('SELECT id FROM sources'),
  sources: rows<Pick<SourceRow, 'id' | 'name' | 'text' | 'description'>>('SELECT id, name, text, description FROM sources'),
  segmentsOf: rows<Pick<SegmentRow, 'id' | 'start' | 'end' | 'label_start' | 'label_end' | 'speaker_label'>, [sourceId: number]>(
    'SELECT id, start, end, label_start, label_end, speaker_label FROM segments WHERE source_id = ?',
  ),
  codingsOf: rows<{ id: number; start: number; end: number }, [sourceId: number]>('SELECT id, start, end FROM codings WHERE source_id = ?'),
  cases: rows<Pick<CaseRow, 'id' | 'label' | 'job_title' | 'description'>>('SELECT id, label, job_title, description FROM cases'),
  organisations: rows<Pick<OrganisationRow, 'id' | 'name' | 'provider_type' | 'region'>>('SELECT id, name, provider_type, region FROM organisations'),
  projects: rows<Pick<ProjectRow, 'id' | 'name' | 'title' | 'funder' | 'description'>>('SELECT id, name, title, funder, description FROM projects'),
  memos: rows<Pick<MemoRow, 'id' | 'title' | 'plain_text'>>('SELECT id, title, plain_text FROM memos'),
  nodes: rows<Pick<NodeRow, 'id' | 'name' | 'description'>>('SELECT id, name, description FROM nodes'),
  coders: rows<Pick<CoderRow, 'id' | 'name' | 'initials'>>('SELECT id, name, initials FROM coders'),
  setCoder: writes<[name: string, initials: string, id: number]>('UPDATE coders SET name = ?, initials = ? WHERE id = ?'),
  caseValues: rows<{ case_id: number; attribute_id: number; value: string }>('SELECT case_id, attribute_id, value FROM case_attribute_values'),
  sourceValues: rows<{ source_id: number; attribute_id: number; value: string }>('SELECT source_id, attribute_id, value FROM source_attribute_values'),
  settings: rows<{ key: string; value: string }>('SELECT key, value FROM project_settings'),
  clearSegmentsText: writes<[start: number, end: number, labelStart: number | null, labelEnd: number | null, label: string | null, id: number]>(
    'UPDATE segments SET start = ?, end = ?, label_start = ?, label_end = ?, speaker_label = ? WHERE id = ?',
  ),
  moveCoding: writes<[start: number, end: number, id: number]>('UPDATE codings SET start = ?, end = ? WHERE id = ?'),
  setSource: writes<[name: string, text: string, description: string, id: number]>('UPDATE sources SET name = ?, text = ?, description = ?, origin_file_name = NULL, media_path = NULL WHERE id = ?'),
  setCase: writes<[jobTitle: string, description: string, id: number]>('UPDATE cases SET real_name = label, job_title = ?, description = ? WHERE id = ?'),
  setOrganisation: writes<[name: string, providerType: string | null, region: string | null, id: number]>('UPDATE organisations SET name = ?, provider_type = ?, region = ? WHERE id = ?'),
  setProject: writes<[name: string, title: string, funder: string, description: string, id: number]>('UPDATE projects SET name = ?, title = ?, funder = ?, description = ? WHERE id = ?'),
  setMemo: writes<[title: string, plainText: string, contentJson: string, id: number]>('UPDATE memos SET title = ?, plain_text = ?, content_json = ? WHERE id = ?'),
  setNode: writes<[name: string, description: string, id: number]>('UPDATE nodes SET name = ?, description = ? WHERE id = ?'),
  setCaseValue: writes<[value: string, caseId: number, attributeId: number]>('UPDATE case_attribute_values SET value = ? WHERE case_id = ? AND attribute_id = ?'),
  setSourceValue: writes<[value: string, sourceId: number, attributeId: number]>('UPDATE source_attribute_values SET value = ? WHERE source_id = ? AND attribute_id = ?'),
  clearUndoLog: writes('DELETE FROM undo_log'),
  vacuum: writes('VACUUM'),
});

// Empties the tables a package never carries (and the register, when anonymising).
export function emptyLeftOutTables(store: Store, register: boolean): void {
  const present = new Set(packageQueries(store).tableNames.all());
  for (const table of [...LEFT_OUT_TABLES, ...(register ? REGISTER_TABLES : [])]) {
    if (present.has(table)) shapedStatement(store, writes(`DELETE FROM ${table}`)).run();
  }
}

// Every text value of every table (but the undo log and the full-text index), for the leak check.
export function allTextValues(store: Store): { where: string; text: string }[] {
  const q = packageQueries(store);
  const out: { where: string; text: string }[] = [];
  for (const table of q.tableNames.all()) {
    if (table === 'undo_log' || table.startsWith('segments_fts') || table.startsWith('sqlite_')) continue;
    const columns = q.textColumns.all(table).filter((c) => c !== 'guid' && !c.endsWith('_at'));
    for (const column of columns) {
      for (const text of shapedStatement(store, values<string | null>(`SELECT "${column}" FROM "${table}"`)).all()) {
        if (text) out.push({ where: `${table.replace(/_/g, ' ')}: ${column.replace(/_/g, ' ')}`, text });
      }
    }
  }
  return out;
}
