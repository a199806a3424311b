// Every SQL statement on the alignment matrix's tables: alignment_objectives and alignment_cells.
import { defineQueries, rows, values } from '../db/query-layer.ts';
import type { AlignmentCellRow, AlignmentObjectiveRow } from '../db/table-rows.ts';

// The statements, prepared once per connection.
export const alignmentQueries = defineQueries({
  objectives: rows<Pick<AlignmentObjectiveRow, 'id' | 'guid' | 'title' | 'research_questions' | 'components' | 'presented_in'>>(
    'SELECT id, guid, title, research_questions, components, presented_in FROM alignment_objectives ORDER BY sort_order, id',
  ),
  objectiveIds: values<number>('SELECT id FROM alignment_objectives ORDER BY sort_order, id'),
  objectiveTitle: values<string, [id: number]>('SELECT title FROM alignment_objectives WHERE id = ?'),
  nextObjectiveOrder: values<number>('SELECT coalesce(max(sort_order), 0) + 1 FROM alignment_objectives'),
  cells: rows<Pick<AlignmentCellRow, 'objective_id' | 'question' | 'text'>>('SELECT objective_id, question, text FROM alignment_cells'),
  cell: rows<Pick<AlignmentCellRow, 'id' | 'text'>, [objectiveId: number, question: number]>('SELECT id, text FROM alignment_cells WHERE objective_id = ? AND question = ?'),
  cellIdsOfObjective: values<number, [objectiveId: number]>('SELECT id FROM alignment_cells WHERE objective_id = ?'),
  cellsOfObjective: rows<Pick<AlignmentCellRow, 'id' | 'question' | 'text'>, [objectiveId: number]>('SELECT id, question, text FROM alignment_cells WHERE objective_id = ?'),
});
