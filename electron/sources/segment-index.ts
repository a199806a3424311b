// Writing a new source's derived rows from text already in memory. The insert triggers cut
// each segment's full-text row out of the stored source with substr(), re-reading the whole
// source per segment, delete the source's query-index rows, again per segment, and write
// the source's trigram row from inside its insert. A writer holding the text turns them off
// for its own inserts (migrations 0008 and 0016) and writes those rows itself, once per
// source, after the segments.
// The full-text rows are written together: FTS5 flushes its pending rows to disk at the
// savepoint of every later write statement in the transaction, so one full-text row between
// two segment inserts costs a tiny on-disk index segment each.
import type { Store } from '../db/store.ts';
import { keptRows } from '../queries/index-queries.ts';
import { sourceQueries } from './queries.ts';

// Indexes one inserted segment: its text exactly as substr(source.text, start + 1, end - start) gives it.
export type IndexSegment = (segmentId: number, text: string) => void;

// The source a direct write inserted, and its text as stored.
export interface WrittenSource {
  sourceId: number;
  text: string;
}

function clearFlag(store: Store): void {
  sourceQueries(store).directIndexOff.run();
}

// Runs `write` (inside the caller's transaction) with the insert triggers off; `write` inserts one source and its segments, indexing each.
export function withDirectSegmentIndex<T extends WrittenSource>(store: Store, write: (indexSegment: IndexSegment) => T): T {
  if (!store.db.inTransaction) throw new Error('Full-text rows are written directly only inside a transaction.');
  const q = sourceQueries(store);
  q.directIndexOn.run();
  const rows: { id: number; text: string }[] = [];
  let result: T;
  try {
    result = write((id, text) => {
      rows.push({ id, text });
    });
  } catch (error) {
    // the transaction is rolled back by whoever catches this; the triggers must not stay off meanwhile
    try {
      if (store.db.inTransaction) clearFlag(store);
    } catch {
      // the rollback clears it
    }
    throw error;
  }
  clearFlag(store);
  for (const row of rows) q.indexSegment.run(row.id, row.text);
  q.indexSourceTrigrams.run(result.sourceId, result.text);
  keptRows.forget(store, result.sourceId);
  return result;
}
