// Re-coding and uncoding from a query's list of references, each as one undoable action.
import { ApiError } from '../../shared/errors.ts';
import { sql } from '../db/statements.ts';
import type { Store } from '../db/store.ts';
import { runAction } from '../db/undo-log.ts';
import { insertCoding } from '../codings/codings.ts';

interface CodingRow {
  id: number;
  source_id: number;
  node_id: number;
  start: number;
  end: number;
  coder_id: number | null;
}

function codingsById(store: Store, ids: readonly number[]): CodingRow[] {
  const rows = sql(store, 'SELECT id, source_id, node_id, start, end, coder_id FROM codings WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id').all(JSON.stringify([...new Set(ids)])) as CodingRow[];
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
  const node = sql(store, 'SELECT name FROM nodes WHERE id = ?').pluck().get(input.nodeId) as string | undefined;
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
      const existing = sql(store, 'SELECT id FROM codings WHERE source_id = ? AND node_id = ? AND start <= ? AND end >= ? LIMIT 1').pluck().get(row.source_id, input.nodeId, row.start, row.end) as number | undefined;
      let target = existing;
      if (existing === undefined) {
        target = insertCoding(rec, { sourceId: row.source_id, nodeId: input.nodeId, start: row.start, end: row.end, coderId: input.coderId === undefined ? row.coder_id : input.coderId });
        created++;
      } else skipped++;
      if (input.move) {
        // memos on the reference follow it to its new node
        for (const memoId of sql(store, "SELECT id FROM memos WHERE target_kind = 'coding' AND target_id = ?").pluck().all(row.id) as number[]) rec.update('memos', memoId, { target_id: target ?? null });
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
      for (const memoId of sql(store, "SELECT id FROM memos WHERE target_kind = 'coding' AND target_id = ?").pluck().all(row.id) as number[]) rec.delete('memos', memoId);
      rec.delete('codings', row.id);
    }
    return { removed: rows.length };
  });
}
