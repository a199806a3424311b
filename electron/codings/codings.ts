// Codings: half-open code-point ranges of a source's text coded at a node.
import type { CodingRecord } from '../../shared/model/entities.ts';
import { ApiError } from '../../shared/errors.ts';
import type { Store } from '../db/store.ts';
import type { CodingRow } from '../db/table-rows.ts';
import { runAction } from '../db/undo-log.ts';
import type { ActionRecorder } from '../db/undo-log.ts';
import { notCodableMessage } from '../codebook/categories.ts';
import { codebookQueries } from '../codebook/queries.ts';
import { deleteMemosOn } from '../memos/memo-removal.ts';
import { projectQueries } from '../projects/queries.ts';
import { sourceQueries } from '../sources/queries.ts';
import { codingQueries } from './queries.ts';
import { joinTouchingCoding } from './recoding.ts';

// A coding row as the contract gives it.
export function codingRecord(r: CodingRow): CodingRecord {
  return { id: r.id, guid: r.guid, sourceId: r.source_id, nodeId: r.node_id, start: r.start, end: r.end, coderId: r.coder_id, createdAt: r.created_at };
}

// Codings, optionally of one source and/or one node, in text order.
export function listCodings(store: Store, filter: { sourceId?: number; nodeId?: number } = {}): CodingRecord[] {
  return codingQueries(store).filtered.all({ sourceId: filter.sourceId ?? null, nodeId: filter.nodeId ?? null }).map(codingRecord);
}

export interface NewCoding {
  sourceId: number;
  nodeId: number;
  start: number;
  end: number;
  coderId?: number | null;
}

// Refuses a coding whose source, node or coder is gone or whose range is not in the text.
function checkNewCoding(store: Store, input: NewCoding): void {
  const length = sourceQueries(store).textLength.get(input.sourceId);
  if (length === undefined) throw new ApiError('NOT_FOUND', 'That source no longer exists.');
  const codable = codebookQueries(store).codable.get(input.nodeId);
  if (codable === undefined) throw new ApiError('NOT_FOUND', 'That node no longer exists.');
  if (codable === 0) throw new ApiError('BAD_INPUT', notCodableMessage(codebookQueries(store).name.get(input.nodeId) ?? 'That node'));
  if (input.end > length || input.start >= input.end) throw new ApiError('BAD_INPUT', `The passage [${input.start}, ${input.end}) is not inside the source (${length} characters).`);
  if (input.coderId != null && projectQueries(store).coderExists.get(input.coderId) === undefined) throw new ApiError('NOT_FOUND', 'That coder no longer exists. Choose who is coding again.');
}

// Inserts a coding inside an action, checking the range lies in the source's text.
export function insertCoding(rec: ActionRecorder, input: NewCoding): number {
  const store = rec.store;
  checkNewCoding(store, input);
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

// Codes a passage at a node; a passage that overlaps or touches one the same coder already
// coded there joins it (one coding covering both, one undo step).
export function createCoding(store: Store, input: NewCoding): CodingRecord {
  const name = codebookQueries(store).name.get(input.nodeId);
  checkNewCoding(store, input);
  const id = runAction(store, `Code at ${name ?? 'node'}`, (rec) => joinTouchingCoding(rec, input) ?? insertCoding(rec, input));
  const row = codingQueries(store).byId.get(id);
  if (!row) throw new Error('the new coding vanished');
  return codingRecord(row);
}

// Removes a coding (and the memos on it).
export function deleteCoding(store: Store, id: number): void {
  if (codingQueries(store).exists.get(id) === undefined) throw new ApiError('NOT_FOUND', 'That coding no longer exists.');
  runAction(store, 'Uncode', (rec) => {
    deleteMemosOn(rec, 'coding', id);
    rec.delete('codings', id);
  });
}
