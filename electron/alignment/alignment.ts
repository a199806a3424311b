// The objectives x questions alignment matrix kept in the project (METHOD.md section 3):
// research objectives as rows, the six questions as columns, free text in each cell.
import { ACTIVITY_THEORY_CODEBOOK } from '../../shared/model/codebook-template.ts';
import type { AlignmentMatrix, AlignmentQuestion } from '../../shared/model/workspace.ts';
import { ApiError } from '../../shared/errors.ts';
import { sql } from '../db/statements.ts';
import type { Store } from '../db/store.ts';
import { runAction } from '../db/undo-log.ts';

export const QUESTION_NUMBERS = [1, 2, 3, 4, 5, 6] as const;

// The columns: each question named by its top-level node in this codebook, else by the method's name.
export function alignmentQuestions(store: Store): AlignmentQuestion[] {
  return QUESTION_NUMBERS.map((question) => {
    const fromCodebook = sql(store, 'SELECT name FROM nodes WHERE parent_id IS NULL AND question = ? ORDER BY sort_order, id LIMIT 1').pluck().get(question) as string | undefined;
    const fromTemplate = ACTIVITY_THEORY_CODEBOOK.find((n) => n.question === question)?.name;
    return { question, name: fromCodebook ?? fromTemplate ?? `Q${question}` };
  });
}

// The whole matrix, rows in their order.
export function getAlignment(store: Store): AlignmentMatrix {
  const objectives = (sql(store, 'SELECT id, guid, title FROM alignment_objectives ORDER BY sort_order, id').all() as { id: number; guid: string; title: string }[]).map((o) => ({
    ...o,
    cells: {} as Record<string, string>,
  }));
  const byId = new Map(objectives.map((o) => [o.id, o]));
  for (const cell of sql(store, 'SELECT objective_id, question, text FROM alignment_cells').all() as { objective_id: number; question: number; text: string }[]) {
    const row = byId.get(cell.objective_id);
    if (row && cell.text !== '') row.cells[String(cell.question)] = cell.text;
  }
  return { questions: alignmentQuestions(store), objectives };
}

function objectiveTitle(store: Store, id: number): string {
  const title = sql(store, 'SELECT title FROM alignment_objectives WHERE id = ?').pluck().get(id) as string | undefined;
  if (title === undefined) throw new ApiError('NOT_FOUND', 'That objective is no longer in the matrix.');
  return title;
}

// Adds a research objective as the last row.
export function addObjective(store: Store, title: string): AlignmentMatrix {
  runAction(store, `Add objective "${title}"`, (rec) => {
    const order = Number(sql(store, 'SELECT coalesce(max(sort_order), 0) + 1 FROM alignment_objectives').pluck().get());
    rec.insert('alignment_objectives', { guid: store.newGuid(), title, sort_order: order, created_at: store.now().toISOString() });
  });
  return getAlignment(store);
}

// Renames an objective.
export function updateObjective(store: Store, id: number, title: string): AlignmentMatrix {
  objectiveTitle(store, id);
  runAction(store, 'Rename objective', (rec) => rec.update('alignment_objectives', id, { title }));
  return getAlignment(store);
}

// Deletes an objective with its cells.
export function deleteObjective(store: Store, id: number): AlignmentMatrix {
  const title = objectiveTitle(store, id);
  runAction(store, `Delete objective "${title}"`, (rec) => {
    for (const cellId of sql(store, 'SELECT id FROM alignment_cells WHERE objective_id = ?').pluck().all(id) as number[]) rec.delete('alignment_cells', cellId);
    rec.delete('alignment_objectives', id);
  });
  return getAlignment(store);
}

// Moves an objective before another one (or last).
export function moveObjective(store: Store, id: number, beforeId: number | null): AlignmentMatrix {
  objectiveTitle(store, id);
  if (beforeId === id) return getAlignment(store);
  if (beforeId !== null) objectiveTitle(store, beforeId);
  const rows = (sql(store, 'SELECT id FROM alignment_objectives ORDER BY sort_order, id').pluck().all() as number[]).filter((r) => r !== id);
  rows.splice(beforeId === null ? rows.length : rows.indexOf(beforeId), 0, id);
  runAction(store, 'Reorder objectives', (rec) => rows.forEach((rowId, i) => rec.update('alignment_objectives', rowId, { sort_order: i + 1 })));
  return getAlignment(store);
}

// Sets the text of one cell (empty text clears it).
export function setAlignmentCell(store: Store, objectiveId: number, question: number, text: string): AlignmentMatrix {
  objectiveTitle(store, objectiveId);
  const existing = sql(store, 'SELECT id, text FROM alignment_cells WHERE objective_id = ? AND question = ?').get(objectiveId, question) as { id: number; text: string } | undefined;
  const value = text.replace(/\r\n?/g, '\n');
  if ((existing?.text ?? '') === value) return getAlignment(store);
  runAction(store, `Edit matrix cell (Q${question})`, (rec) => {
    if (existing && value === '') rec.delete('alignment_cells', existing.id);
    else if (existing) rec.update('alignment_cells', existing.id, { text: value });
    else rec.insert('alignment_cells', { guid: store.newGuid(), objective_id: objectiveId, question, text: value });
  });
  return getAlignment(store);
}
