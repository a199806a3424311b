// The rows the queries index keeps in the project per source (migration 0013), so that the
// first query after opening reads one small row per source instead of every segment and
// coding: a source's segments, and its codings with their speaker's case, as 32-bit
// integers. Triggers delete a source's rows whenever what they were made from changes
// (its segments, codings, text or linked cases), so a row that is there is right;
// the index writes the missing ones back when it has read them, on its own (never inside
// an action, never when the project is read-only or not yet checked).
import { endianness } from 'node:os';
import { writesAllowedNow } from '../db/integrity.ts';
import { appMigrations, schemaVersionOf } from '../db/migrate.ts';
import { schemaProblem } from '../db/schema-check.ts';
import type { Store } from '../db/store.ts';
import { keptRows } from './index-queries.ts';
import type { CodingTable } from './coding-table.ts';
import type { SourceSegments } from './index-tables.ts';
import { SEGMENT_FIELDS } from './index-tables.ts';

// The layout of the kept rows; a row of another format is read again from the tables.
export const KEPT_FORMAT = 1;
// the integers of a kept coding: id, node, start, end, coder, case, interviewer
export const CODING_FIELDS = 7;
// the blobs hold the machine's own integers; every platform the app runs on is little-endian
const USABLE = endianness() === 'LE';

// The integers of a blob (copied: SQLite's buffers need not be aligned).
export function int32sOf(blob: Buffer): Int32Array {
  const out = new Int32Array(Math.floor(blob.length / 4));
  new Uint8Array(out.buffer).set(blob.subarray(0, out.length * 4));
  return out;
}

// A blob holding integers.
export function blobOf(values: Int32Array): Buffer {
  return Buffer.from(values.buffer, values.byteOffset, values.byteLength);
}

function decodeSegments(blob: Buffer, labels: string, timestamps: boolean): SourceSegments | null {
  const fields = int32sOf(blob);
  if (fields.length % SEGMENT_FIELDS !== 0) return null;
  const parsed: unknown = JSON.parse(labels);
  if (!Array.isArray(parsed) || !parsed.every((l): l is string => typeof l === 'string')) return null;
  return { fields, labels: parsed, timestamps };
}

const trusted = new WeakMap<object, boolean>();

// Tells whether the kept rows can be believed: a project opened for writing had its schema
// (with the triggers that delete stale rows) checked on open; one opened read-only is checked here once.
export function keptRowsTrusted(store: Store): boolean {
  if (!USABLE) return false;
  if (!store.readOnly) return true;
  let verdict = trusted.get(store.db);
  if (verdict === undefined) {
    verdict = schemaProblem(store.db, schemaVersionOf(store.db), appMigrations()) === null;
    trusted.set(store.db, verdict);
  }
  return verdict;
}

// The segments the project keeps per source (sources whose row is missing or stale are not in the map).
export function readKeptSegments(store: Store): Map<number, SourceSegments> {
  const out = new Map<number, SourceSegments>();
  if (!keptRowsTrusted(store)) return out;
  for (const row of keptRows.segments(store)) {
    if (row.format !== KEPT_FORMAT) continue;
    const block = decodeSegments(row.segments, row.labels, row.timestamps === 1);
    if (block) out.set(row.source_id, block);
  }
  return out;
}

// The codings the project keeps per source, with their speaker's case (CODING_FIELDS integers a coding, in id order).
export function readKeptCodings(store: Store): Map<number, Int32Array> {
  const out = new Map<number, Int32Array>();
  if (!keptRowsTrusted(store)) return out;
  for (const row of keptRows.codings(store)) {
    if (row.format === KEPT_FORMAT && row.codings.length % (CODING_FIELDS * 4) === 0) out.set(row.source_id, int32sOf(row.codings));
  }
  return out;
}

// Tells whether the index may write its rows now (a writable, checked project, outside any transaction).
export function mayKeep(store: Store): boolean {
  return USABLE && !store.readOnly && store.db.open && !store.db.inTransaction && writesAllowedNow(store);
}

// Runs some writes of kept rows in one transaction of their own; a failure (a full disk) only means they are read again next time.
export function keepInOwnTransaction(store: Store, write: () => void): void {
  if (!mayKeep(store)) return;
  try {
    store.db.transaction(write)();
  } catch {
    // derived rows only: nothing is lost
  }
}

// Writes the kept segments of some sources.
export function keepSegments(store: Store, blocks: ReadonlyMap<number, SourceSegments>, sourceIds: Iterable<number>): void {
  for (const sourceId of sourceIds) {
    const b = blocks.get(sourceId);
    if (!b) continue;
    keptRows.keepSegments(store, { source_id: sourceId, format: KEPT_FORMAT, segments: blobOf(b.fields), labels: JSON.stringify(b.labels), timestamps: b.timestamps ? 1 : 0 });
  }
}

// Writes the kept codings of some sources from the coding table.
export function keepCodings(store: Store, c: CodingTable, sourceIds: Iterable<number>): void {
  for (const sourceId of sourceIds) {
    const run = c.runs.get(sourceId) ?? { from: 0, to: 0 };
    const v = new Int32Array((run.to - run.from) * CODING_FIELDS);
    for (let i = run.from, k = 0; i < run.to; i++, k += CODING_FIELDS) {
      v[k] = c.id[i] as number;
      v[k + 1] = c.nodeId[i] as number;
      v[k + 2] = c.start[i] as number;
      v[k + 3] = c.end[i] as number;
      v[k + 4] = c.coderId[i] as number;
      v[k + 5] = c.caseId[i] as number;
      v[k + 6] = c.interviewer[i] as number;
    }
    keptRows.keepCodings(store, { source_id: sourceId, format: KEPT_FORMAT, codings: blobOf(v) });
  }
}
