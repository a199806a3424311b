// Writing segments' full-text rows from text already in memory. The insert trigger on
// segments cuts each row out of the stored source with substr(), re-reading the whole
// source per segment, and deletes the source's query-index rows, again per segment; a
// writer holding the text turns the trigger off for its own segment inserts (migrations
// 0008 and 0016), indexes every segment it inserts itself and deletes the source's
// query-index rows once.
// The rows are written after the segments, together: FTS5 flushes its pending rows to
// disk at the savepoint of every later write statement in the transaction, so one
// full-text row between two segment inserts costs a tiny on-disk index segment each.
import type { Store } from '../db/store.ts';
import { keptRows } from '../queries/index-queries.ts';
import { sourceQueries } from './queries.ts';

// Indexes one inserted segment: its text exactly as substr(source.text, start + 1, end - start) gives it.
export type IndexSegment = (segmentId: number, text: string) => void;

function clearFlag(store: Store): void {
  sourceQueries(store).directIndexOff.run();
}

// Runs `write` (inside the caller's transaction) with the segment insert trigger off; `write` inserts segments of `sourceId` only and indexes each.
export function withDirectSegmentIndex<T>(store: Store, sourceId: number, write: (indexSegment: IndexSegment) => T): T {
  if (!store.db.inTransaction) throw new Error('Full-text rows are written directly only inside a transaction.');
  sourceQueries(store).directIndexOn.run();
  const rows: { id: number; text: string }[] = [];
  let result: T;
  try {
    result = write((id, text) => {
      rows.push({ id, text });
    });
  } catch (error) {
    // the transaction is rolled back by whoever catches this; the trigger must not stay off meanwhile
    try {
      if (store.db.inTransaction) clearFlag(store);
    } catch {
      // the rollback clears it
    }
    throw error;
  }
  clearFlag(store);
  const insertFts = sourceQueries(store).indexSegment;
  for (const row of rows) insertFts.run(row.id, row.text);
  keptRows.forget(store, sourceId);
  return result;
}
