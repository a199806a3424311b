// Codings: half-open code-point ranges of a source's text coded at a node.
import type { CodingRecord } from '../../shared/model/entities.ts';
import { ApiError } from '../../shared/errors.ts';
import { sql } from '../db/statements.ts';
import type { Store } from '../db/store.ts';
import { runAction } from '../db/undo-log.ts';
import type { ActionRecorder } from '../db/undo-log.ts';

interface CodingRow {
  id: number;
  guid: string;
  source_id: number;
  node_id: number;
  start: number;
  end: number;
  coder_id: number | null;
  created_at: string;
}

function toRecord(r: CodingRow): CodingRecord {
  return { id: r.id, guid: r.guid, sourceId: r.source_id, nodeId: r.node_id, start: r.start, end: r.end, coderId: r.coder_id, createdAt: r.created_at };
}

// Codings, optionally of one source and/or one node, in text order.
export function listCodings(store: Store, filter: { sourceId?: number; nodeId?: number } = {}): CodingRecord[] {
  const rows = sql(
    store,
    'SELECT * FROM codings WHERE (@sourceId IS NULL OR source_id = @sourceId) AND (@nodeId IS NULL OR node_id = @nodeId) ORDER BY source_id, start, end, id',
  ).all({ sourceId: filter.sourceId ?? null, nodeId: filter.nodeId ?? null }) as CodingRow[];
  return rows.map(toRecord);
}

export interface NewCoding {
  sourceId: number;
  nodeId: number;
  start: number;
  end: number;
  coderId?: number | null;
}

// Inserts a coding inside an action, checking the range lies in the source's text.
export function insertCoding(rec: ActionRecorder, input: NewCoding): number {
  const store = rec.store;
  const length = sql(store, 'SELECT length(text) FROM sources WHERE id = ?').pluck().get(input.sourceId) as number | undefined;
  if (length === undefined) throw new ApiError('NOT_FOUND', 'That source no longer exists.');
  if (!sql(store, 'SELECT 1 FROM nodes WHERE id = ?').get(input.nodeId)) throw new ApiError('NOT_FOUND', 'That node no longer exists.');
  if (input.end > length || input.start >= input.end) throw new ApiError('BAD_INPUT', `The passage [${input.start}, ${input.end}) is not inside the source (${length} characters).`);
  if (input.coderId != null && !sql(store, 'SELECT 1 FROM coders WHERE id = ?').get(input.coderId)) throw new ApiError('NOT_FOUND', 'That coder no longer exists. Choose who is coding again.');
  return rec.insert('codings', {
    guid: store.newGuid(),
    source_id: input.sourceId,
    node_id: input.nodeId,
    start: input.start,
    end: input.end,
    coder_id: input.coderId ?? null,
    created_at: store.now().toISOString(),
  });
}

// Codes a passage at a node.
export function createCoding(store: Store, input: NewCoding): CodingRecord {
  const name = sql(store, 'SELECT name FROM nodes WHERE id = ?').pluck().get(input.nodeId) as string | undefined;
  const id = runAction(store, `Code at ${name ?? 'node'}`, (rec) => insertCoding(rec, input));
  return toRecord(sql(store, 'SELECT * FROM codings WHERE id = ?').get(id) as CodingRow);
}

// Removes a coding (and the memos on it).
export function deleteCoding(store: Store, id: number): void {
  if (!sql(store, 'SELECT 1 FROM codings WHERE id = ?').get(id)) throw new ApiError('NOT_FOUND', 'That coding no longer exists.');
  runAction(store, 'Uncode', (rec) => {
    for (const memoId of sql(store, "SELECT id FROM memos WHERE target_kind = 'coding' AND target_id = ?").pluck().all(id) as number[]) rec.delete('memos', memoId);
    rec.delete('codings', id);
  });
}
