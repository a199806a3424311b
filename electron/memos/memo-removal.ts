// Removing the memos written on a thing that is being deleted, inside the caller's action.
import type { MemoTarget } from '../../shared/model/entities.ts';
import type { ActionRecorder } from '../db/undo-log.ts';
import { memoQueries } from './queries.ts';

// Deletes every memo on one source, node, coding, case or diagram (undoably, in the caller's action).
export function deleteMemosOn(rec: ActionRecorder, kind: MemoTarget, targetId: number): void {
  for (const memoId of memoQueries(rec.store).idsOnTarget.all(kind, targetId)) rec.delete('memos', memoId);
}

// Moves every memo on one thing to another (a coding or node merged into another), inside the caller's action; returns how many moved.
export function moveMemosOn(rec: ActionRecorder, kind: MemoTarget, fromId: number, toId: number): number {
  const memoIds = memoQueries(rec.store).idsOnTarget.all(kind, fromId);
  for (const memoId of memoIds) rec.update('memos', memoId, { target_id: toId });
  return memoIds.length;
}
