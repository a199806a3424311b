// Coding a passage that overlaps or touches one the same coder already coded at the same
// node: the codings become one, covering both (as NVivo does), so a passage is never counted
// twice. Memos, diagram evidence and framework-cell links on the codings folded in move to
// the one that stays.
import type { ActionRecorder } from '../db/undo-log.ts';
import type { NewCoding } from './codings.ts';
import { foldCodingInto, relinkFrameworkCells } from './coding-folds.ts';
import { codingQueries } from './queries.ts';

// The coding that a new one joins, widened to cover it and every other coding it touches,
// or null when it touches none (then the caller inserts it). Inside the caller's action.
export function joinTouchingCoding(rec: ActionRecorder, input: NewCoding): number | null {
  const touching = codingQueries(rec.store).touchingSameCoder.all({ sourceId: input.sourceId, nodeId: input.nodeId, coderId: input.coderId ?? null, start: input.start, end: input.end });
  const [kept, ...others] = touching;
  if (kept === undefined) return null;
  const start = Math.min(input.start, ...touching.map((c) => c.start));
  const end = Math.max(input.end, ...touching.map((c) => c.end));
  for (const other of others) foldCodingInto(rec, kept, other);
  relinkFrameworkCells(rec, new Map(others.map((o) => [o.id, kept.id])));
  if (start !== kept.start || end !== kept.end) rec.update('codings', kept.id, { start, end });
  return kept.id;
}
