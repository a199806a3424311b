// Every SQL statement on the queries' own tables: saved_queries, framework_matrices and
// framework_cells.
import { defineQueries, rows, values } from '../db/query-layer.ts';
import type { FrameworkCellRow, FrameworkMatrixRow, SavedQueryRow } from '../db/table-rows.ts';

// A framework cell as the matrix reads it.
type FrameworkCellListRow = Omit<FrameworkCellRow, 'guid' | 'framework_id'>;

// The statements, prepared once per connection.
export const queryQueries = defineQueries({
  savedList: rows<SavedQueryRow>('SELECT * FROM saved_queries ORDER BY name COLLATE NOCASE, id'),
  saved: rows<SavedQueryRow, [id: number]>('SELECT * FROM saved_queries WHERE id = ?'),
  savedNamed: rows<SavedQueryRow, [name: string]>('SELECT * FROM saved_queries WHERE name = ? COLLATE NOCASE'),
  savedExists: values<1, [id: number]>('SELECT 1 FROM saved_queries WHERE id = ?'),
  savedName: values<string, [id: number]>('SELECT name FROM saved_queries WHERE id = ?'),
  // another saved query of that name (any but exceptId; null: any)
  savedNameClash: values<number, [name: string, exceptId: number | null]>('SELECT id FROM saved_queries WHERE name = ? COLLATE NOCASE AND id IS NOT ?'),
  frameworkList: rows<FrameworkMatrixRow>('SELECT * FROM framework_matrices ORDER BY name COLLATE NOCASE, id'),
  framework: rows<FrameworkMatrixRow, [id: number]>('SELECT * FROM framework_matrices WHERE id = ?'),
  // another framework matrix of that name (any but exceptId; null: any)
  frameworkNameClash: values<number, [name: string, exceptId: number | null]>('SELECT id FROM framework_matrices WHERE name = ? COLLATE NOCASE AND id IS NOT ?'),
  cellIds: values<number, [frameworkId: number]>('SELECT id FROM framework_cells WHERE framework_id = ?'),
  cells: rows<FrameworkCellListRow, [frameworkId: number]>('SELECT id, case_id, node_id, summary, coding_ids_json, updated_at FROM framework_cells WHERE framework_id = ?'),
  cellId: values<number, [frameworkId: number, caseId: number, nodeId: number]>('SELECT id FROM framework_cells WHERE framework_id = ? AND case_id = ? AND node_id = ?'),
  // the cells linked to at least one reference (codings folded into another are relinked)
  linkedCells: rows<Pick<FrameworkCellRow, 'id' | 'coding_ids_json'>>("SELECT id, coding_ids_json FROM framework_cells WHERE coding_ids_json <> '[]'"),
});
