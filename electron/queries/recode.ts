// Re-coding and uncoding from a query's list of references, each as one undoable action.
import { ApiError } from '../../shared/errors.ts';
import type { Store } from '../db/store.ts';
import { runAction } from '../db/undo-log.ts';
import { codebookQueries } from '../codebook/queries.ts';
import { insertCoding } from '../codings/codings.ts';
import { codingQueries } from '../codings/queries.ts';
import type { CodingPlaceRow } from '../codings/queries.ts';
import { deleteMemosOn } from '../memos/memo-removal.ts';
import { memoQueries } from '../memos/queries.ts';

function codingsById(store: Store, ids: readonly number[]): CodingPlaceRow[] {
  const rows = codingQueries(store).placesAmong.all(JSON.stringify([...new Set(ids)]));
  if (rows.length < new Set(ids).size) throw new ApiError('NOT_FOUND', 'Some of those references no longer exist (they were uncoded or their source was deleted). Run the query again.');
  return rows;
}

export interface RecodeOutcome {
  created: number;
  // passages already coded at the target node
  skipped: number;
  // references removed from their old node (when moving)
  removed: number;
}

// Codes the passages of some references at another node too (copy), or instead (move).
export function recodeReferences(store: Store, input: { codingIds: number[]; nodeId: number; move: boolean; coderId?: number | null }): RecodeOutcome {
  const node = codebookQueries(store).name.get(input.nodeId);
  if (node === undefined) throw new ApiError('NOT_FOUND', 'The node to code at no longer exists.');
  const rows = codingsById(store, input.codingIds);
  const label = `${input.move ? 'Move' : 'Code'} ${rows.length} ${rows.length === 1 ? 'reference' : 'references'} ${input.move ? 'to' : 'at'} ${node}`;
  return runAction(store, label, (rec) => {
    let created = 0;
    let skipped = 0;
    let removed = 0;
    for (const row of rows) {
      if (row.node_id === input.nodeId) {
        skipped++;
        continue;
      }
      const existing = codingQueries(store).covering.get(row.source_id, input.nodeId, row.start, row.end);
      let target = existing;
      if (existing === undefined) {
        target = insertCoding(rec, { sourceId: row.source_id, nodeId: input.nodeId, start: row.start, end: row.end, coderId: input.coderId === undefined ? row.coder_id : input.coderId });
        created++;
      } else skipped++;
      if (input.move) {
        // memos on the reference follow it to its new node
        for (const memoId of memoQueries(store).idsOnTarget.all('coding', row.id)) rec.update('memos', memoId, { target_id: target ?? null });
        rec.delete('codings', row.id);
        removed++;
      }
    }
    return { created, skipped, removed };
  });
}

// Removes references (and the memos on them) as one action.
export function uncodeReferences(store: Store, codingIds: number[]): { removed: number } {
  const rows = codingsById(store, codingIds);
  return runAction(store, `Uncode ${rows.length} ${rows.length === 1 ? 'reference' : 'references'}`, (rec) => {
    for (const row of rows) {
      deleteMemosOn(rec, 'coding', row.id);
      rec.delete('codings', row.id);
    }
    return { removed: rows.length };
  });
}
