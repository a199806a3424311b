// Correcting transcripts from the coding view: several edits of one source saved as one
// undoable action through editSourceText (so codings and segments follow the text), a
// preview that tells which codings would lose all their text before anything is saved,
// and removal of those codings only when the user confirmed each of them.
import type { CodingBrief, EditApplyResult, EditPreview, PlainEdit } from '../../shared/model/workspace.ts';
import { ApiError } from '../../shared/errors.ts';
import { getSourceRow } from './queries.ts';
import type { Store } from '../db/store.ts';
import { runAction } from '../db/undo-log.ts';
import type { ActionRecorder } from '../db/undo-log.ts';
import { nodePaths } from '../codebook/codebook.ts';
import { editSourceText } from './source-edits.ts';
import { codingQueries } from '../codings/queries.ts';
import { deleteMemosOn } from '../memos/memo-removal.ts';

class Rollback extends Error {}

// Runs `fn` in a transaction that is always rolled back: what it returns, nothing it wrote.
export function withRollback<T>(store: Store, fn: () => T): T {
  let out: { value: T } | null = null;
  try {
    store.db.transaction(() => {
      out = { value: fn() };
      throw new Rollback();
    })();
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
  if (out === null) throw new Error('rolled-back work returned nothing');
  return (out as { value: T }).value;
}

// The codings named by ids as a researcher recognises them (node path, source, words).
export function codingBriefs(store: Store, ids: readonly number[]): CodingBrief[] {
  if (ids.length === 0) return [];
  const paths = nodePaths(store);
  const { brief } = codingQueries(store);
  return ids.flatMap((id) => {
    const r = brief.get(id);
    return r ? [{ id: r.id, nodeId: r.node_id, nodePath: paths.get(r.node_id) ?? '', sourceId: r.source_id, sourceName: r.source_name, start: r.start, end: r.end, text: r.text }] : [];
  });
}

function checkEdits(store: Store, sourceId: number, baseRevision: number, edits: readonly PlainEdit[]): void {
  const row = getSourceRow(store, sourceId);
  if (!row) throw new ApiError('NOT_FOUND', 'That source no longer exists.');
  if (row.revision !== baseRevision) {
    throw new ApiError('CONFLICT', 'The source changed since this correction was started (another edit or an undo). Your typing is kept: cancel, and correct the turn again.', { revision: row.revision });
  }
  for (let i = 1; i < edits.length; i++) {
    const prev = edits[i - 1] as PlainEdit;
    const next = edits[i] as PlainEdit;
    if (prev.end > next.start) throw new ApiError('BAD_INPUT', 'The edits overlap; send them in text order.');
  }
}

// Applies edits (in text order, against one revision) from the last to the first inside an action; returns the codings they emptied.
export function applyEditsWithin(rec: ActionRecorder, sourceId: number, baseRevision: number, edits: readonly PlainEdit[]): { revision: number; emptied: number[] } {
  checkEdits(rec.store, sourceId, baseRevision, edits);
  let revision = baseRevision;
  const emptied = new Set<number>();
  // last first: each edit leaves the positions before it as they were, so all stay valid
  for (let i = edits.length - 1; i >= 0; i--) {
    const edit = edits[i] as PlainEdit;
    const result = editSourceText(rec.store, sourceId, { ...edit, baseRevision: revision }, rec);
    revision = result.revision;
    for (const id of result.emptiedCodings) emptied.add(id);
  }
  return { revision, emptied: [...emptied] };
}

// Removes codings (and memos on them) that a correction emptied, refusing any the user did not confirm.
export function removeConfirmedEmptied(rec: ActionRecorder, emptied: readonly number[], confirmed: readonly number[]): number[] {
  const allowed = new Set(confirmed);
  const unconfirmed = emptied.filter((id) => !allowed.has(id));
  if (unconfirmed.length > 0) {
    throw new ApiError('CONFLICT', `This change would delete all the text of ${unconfirmed.length === 1 ? 'a coding' : `${unconfirmed.length} codings`} you have not confirmed. Nothing was saved; review the change and confirm again.`, {
      unconfirmed,
    });
  }
  for (const id of emptied) {
    deleteMemosOn(rec, 'coding', id);
    rec.delete('codings', id);
  }
  return [...emptied];
}

// Tells what saving the edits would do (codings emptied, codings moved or resized) without writing.
export function previewEdits(store: Store, sourceId: number, baseRevision: number, edits: readonly PlainEdit[]): EditPreview {
  checkEdits(store, sourceId, baseRevision, edits);
  const before = new Map(codingQueries(store).rangesOfSource.all(sourceId).map((c) => [c.id, c]));
  const briefs = codingBriefs(store, [...before.keys()]);
  return withRollback(store, () => {
    let emptied: number[] = [];
    runAction(store, 'Preview correction', (rec) => {
      emptied = applyEditsWithin(rec, sourceId, baseRevision, edits).emptied;
    });
    const gone = new Set(emptied);
    let changed = 0;
    for (const c of codingQueries(store).rangesOfSource.all(sourceId)) {
      const old = before.get(c.id);
      if (old && !gone.has(c.id) && (old.start !== c.start || old.end !== c.end)) changed++;
    }
    return { revision: baseRevision, emptied: briefs.filter((b) => gone.has(b.id)), changedCodings: changed };
  });
}

// Saves the edits as one undoable correction; codings they empty are removed only if listed in removeEmptied.
export function applyEdits(store: Store, sourceId: number, baseRevision: number, edits: readonly PlainEdit[], removeEmptied: readonly number[]): EditApplyResult {
  checkEdits(store, sourceId, baseRevision, edits);
  return runAction(store, 'Correct transcript', (rec) => {
    const { revision, emptied } = applyEditsWithin(rec, sourceId, baseRevision, edits);
    return { revision, removedCodings: removeConfirmedEmptied(rec, emptied, removeEmptied) };
  });
}
