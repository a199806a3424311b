// The alignment matrix kept in the project (METHOD.md section 3): research objectives as
// rows, each with a note per question it addresses (the six questions as columns), and
// the columns of a thesis's alignment table: its research questions, the activity-system
// components it looks at (chosen, or those of its questions) and where it is presented.
import { ACTIVITY_COMPONENTS } from '../../shared/model/activity-components.ts';
import type { ActivityComponent } from '../../shared/model/activity-components.ts';
import { ACTIVITY_THEORY_CODEBOOK } from '../../shared/model/codebook-template.ts';
import type { AlignmentMatrix, AlignmentObjective, AlignmentQuestion } from '../../shared/model/workspace.ts';
import { ApiError } from '../../shared/errors.ts';
import type { Store } from '../db/store.ts';
import { runAction } from '../db/undo-log.ts';
import type { ActionRecorder } from '../db/undo-log.ts';
import { codebookQueries } from '../codebook/queries.ts';
import { alignmentQueries } from './queries.ts';

export const QUESTION_NUMBERS = [1, 2, 3, 4, 5, 6] as const;

// The columns: each question named by its top-level node in this codebook, else by the method's name.
export function alignmentQuestions(store: Store): AlignmentQuestion[] {
  return QUESTION_NUMBERS.map((question) => {
    const fromCodebook = codebookQueries(store).questionName.get(question);
    const fromTemplate = ACTIVITY_THEORY_CODEBOOK.find((n) => n.question === question)?.name;
    return { question, name: fromCodebook ?? fromTemplate ?? `Q${question}` };
  });
}

// The components a question points at (METHOD.md section 3).
export function questionComponents(question: number): readonly ActivityComponent[] {
  return ACTIVITY_THEORY_CODEBOOK.find((n) => n.question === question)?.components ?? [];
}

// A stored list of components (JSON), or null when none was chosen (or it is unreadable).
function storedComponents(json: string | null): ActivityComponent[] | null {
  if (json === null) return null;
  try {
    const parsed: unknown = JSON.parse(json);
    if (!Array.isArray(parsed)) return null;
    return ACTIVITY_COMPONENTS.filter((c) => parsed.includes(c));
  } catch {
    return null;
  }
}

// The whole matrix, rows in their order.
export function getAlignment(store: Store): AlignmentMatrix {
  const queries = alignmentQueries(store);
  const objectives = queries.objectives.all().map((o): AlignmentObjective & { chosen: ActivityComponent[] | null } => {
    const chosen = storedComponents(o.components);
    return { id: o.id, guid: o.guid, title: o.title, cells: {}, questions: [], researchQuestions: o.research_questions, components: [], componentsChosen: chosen !== null, presentedIn: o.presented_in, chosen };
  });
  const byId = new Map(objectives.map((o) => [o.id, o]));
  for (const cell of queries.cells.all()) {
    const row = byId.get(cell.objective_id);
    if (!row) continue;
    row.questions.push(cell.question);
    if (cell.text !== '') row.cells[String(cell.question)] = cell.text;
  }
  return {
    questions: alignmentQuestions(store),
    objectives: objectives.map(({ chosen, ...o }) => {
      const questions = [...o.questions].sort((a, b) => a - b);
      const followed = new Set(questions.flatMap((q) => questionComponents(q)));
      return { ...o, questions, components: chosen ?? ACTIVITY_COMPONENTS.filter((c) => followed.has(c)) };
    }),
  };
}

function objectiveTitle(store: Store, id: number): string {
  const title = alignmentQueries(store).objectiveTitle.get(id);
  if (title === undefined) throw new ApiError('NOT_FOUND', 'That objective is no longer in the matrix.');
  return title;
}

// The columns of a row a caller may set (each left as it is when not given).
export interface AlignmentRowFields {
  title?: string;
  researchQuestions?: string;
  // null: follow the row's questions
  components?: readonly ActivityComponent[] | null;
  presentedIn?: string;
  // the questions the row addresses: a cell is added for each new one, and removed (with its note) for each dropped
  questions?: readonly number[];
}

function rowColumns(fields: AlignmentRowFields): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  if (fields.title !== undefined) out.title = fields.title;
  if (fields.researchQuestions !== undefined) out.research_questions = fields.researchQuestions.replace(/\r\n?/g, '\n');
  if (fields.components !== undefined) out.components = fields.components === null ? null : JSON.stringify(ACTIVITY_COMPONENTS.filter((c) => fields.components?.includes(c)));
  if (fields.presentedIn !== undefined) out.presented_in = fields.presentedIn.replace(/\r\n?/g, '\n');
  return out;
}

function setQuestions(rec: ActionRecorder, objectiveId: number, questions: readonly number[]): void {
  const wanted = new Set(questions);
  const existing = alignmentQueries(rec.store).cellsOfObjective.all(objectiveId);
  for (const cell of existing) if (!wanted.has(cell.question)) rec.delete('alignment_cells', cell.id);
  const have = new Set(existing.map((c) => c.question));
  for (const question of [...wanted].sort((a, b) => a - b)) {
    if (!have.has(question)) rec.insert('alignment_cells', { guid: rec.store.newGuid(), objective_id: objectiveId, question, text: '' });
  }
}

// Adds a research objective as the last row, with any of its columns.
export function addObjective(store: Store, title: string, fields: Omit<AlignmentRowFields, 'title'> = {}): AlignmentMatrix {
  runAction(store, `Add objective "${title}"`, (rec) => {
    const order = Number(alignmentQueries(store).nextObjectiveOrder.get());
    const id = rec.insert('alignment_objectives', { guid: store.newGuid(), title, sort_order: order, created_at: store.now().toISOString(), research_questions: '', components: null, presented_in: '', ...rowColumns(fields) });
    if (fields.questions) setQuestions(rec, id, fields.questions);
  });
  return getAlignment(store);
}

// Sets columns of a row of the alignment table (one undoable step).
export function updateAlignmentRow(store: Store, id: number, fields: AlignmentRowFields): AlignmentMatrix {
  objectiveTitle(store, id);
  const columns = rowColumns(fields);
  if (Object.keys(columns).length === 0 && fields.questions === undefined) return getAlignment(store);
  runAction(store, 'Edit alignment row', (rec) => {
    if (Object.keys(columns).length > 0) rec.update('alignment_objectives', id, columns);
    if (fields.questions) setQuestions(rec, id, fields.questions);
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
    for (const cellId of alignmentQueries(store).cellIdsOfObjective.all(id)) rec.delete('alignment_cells', cellId);
    rec.delete('alignment_objectives', id);
  });
  return getAlignment(store);
}

// Moves an objective before another one (or last).
export function moveObjective(store: Store, id: number, beforeId: number | null): AlignmentMatrix {
  objectiveTitle(store, id);
  if (beforeId === id) return getAlignment(store);
  if (beforeId !== null) objectiveTitle(store, beforeId);
  const rows = alignmentQueries(store).objectiveIds.all().filter((r) => r !== id);
  rows.splice(beforeId === null ? rows.length : rows.indexOf(beforeId), 0, id);
  runAction(store, 'Reorder objectives', (rec) => rows.forEach((rowId, i) => rec.update('alignment_objectives', rowId, { sort_order: i + 1 })));
  return getAlignment(store);
}

// Sets the text of one cell (empty text clears it).
export function setAlignmentCell(store: Store, objectiveId: number, question: number, text: string): AlignmentMatrix {
  objectiveTitle(store, objectiveId);
  const existing = alignmentQueries(store).cell.get(objectiveId, question);
  const value = text.replace(/\r\n?/g, '\n');
  if ((existing?.text ?? '') === value) return getAlignment(store);
  runAction(store, `Edit matrix cell (Q${question})`, (rec) => {
    if (existing && value === '') rec.delete('alignment_cells', existing.id);
    else if (existing) rec.update('alignment_cells', existing.id, { text: value });
    else rec.insert('alignment_cells', { guid: store.newGuid(), objective_id: objectiveId, question, text: value });
  });
  return getAlignment(store);
}
