// The coding table of the shared queries index: every coding in typed arrays, source by
// source (sources in id order, each source's codings in id order), with the speaker's case
// of each. An action's changed rows are patched in place: the runs of the few sources they
// belong to are rewritten and the rest moved along, so coding a passage allocates nothing
// and reads nothing but the rows it changed.
import type { CodingTuple } from './index-queries.ts';
import { SEGMENT_CASE, SEGMENT_END, SEGMENT_FIELDS, SEGMENT_INTERVIEWER, SEGMENT_START } from './index-tables.ts';
import type { SourceSegments } from './index-tables.ts';
import type { Lookups } from './lookup-read.ts';

export interface CodingTable {
  // rows in use (the arrays have room for more)
  count: number;
  id: Int32Array;
  nodeId: Int32Array;
  sourceId: Int32Array;
  start: Int32Array;
  end: Int32Array;
  // -1 = none
  coderId: Int32Array;
  // the speaker's case: the case of the turn the coding starts in, else the source's only case (-1 = none)
  caseId: Int32Array;
  // the coding starts in an interviewer turn
  interviewer: Uint8Array;
  // the rows [from, to) of each source
  runs: Map<number, { from: number; to: number }>;
  // the row of each coding id (-1 = none)
  rowOf: Int32Array;
  // per source, its rows (counted from the run's first) in text order: start, end, id (made when first asked)
  positional: Map<number, Int32Array>;
}

// One coding as the table holds it: id, node, source, start, end, coder (-1 = none), case, interviewer.
type Row = [id: number, nodeId: number, sourceId: number, start: number, end: number, coderId: number, caseId: number, interviewer: number];

// More than this many sources changed at once: the table is made again instead of patched.
const MOST_PATCHED_SOURCES = 32;

// An empty table with room for `capacity` rows.
export function emptyCodingTable(capacity: number): CodingTable {
  const n = Math.max(16, capacity);
  return { count: 0, id: new Int32Array(n), nodeId: new Int32Array(n), sourceId: new Int32Array(n), start: new Int32Array(n), end: new Int32Array(n), coderId: new Int32Array(n), caseId: new Int32Array(n), interviewer: new Uint8Array(n), runs: new Map(), rowOf: new Int32Array(0), positional: new Map() };
}

// Room for a table of n rows that will grow.
export function capacityFor(n: number): number {
  return n + Math.max(1024, n >> 3);
}

// Appends one coding (sources must come in id order, each source's codings in id order).
export function appendCoding(t: CodingTable, row: Row | CodingTuple, caseId = -1, interviewer = 0): void {
  const k = t.count++;
  const sourceId = row[2];
  t.id[k] = row[0];
  t.nodeId[k] = row[1];
  t.sourceId[k] = sourceId;
  t.start[k] = row[3];
  t.end[k] = row[4];
  t.coderId[k] = row[5] ?? -1;
  t.caseId[k] = row.length > 6 ? (row[6] as number) : caseId;
  t.interviewer[k] = row.length > 7 ? (row[7] as number) : interviewer;
  const run = t.runs.get(sourceId);
  if (run) run.to = k + 1;
  else t.runs.set(sourceId, { from: k, to: k + 1 });
}

// Appends a source's kept codings (id, node, start, end, coder, case, interviewer a coding, in id order).
export function appendKeptRun(t: CodingTable, sourceId: number, ints: Int32Array, fields: number): void {
  const from = t.count;
  const { id, nodeId, sourceId: sources, start, end, coderId, caseId, interviewer } = t;
  let k = from;
  for (let j = 0; j < ints.length; j += fields, k++) {
    id[k] = ints[j] as number;
    nodeId[k] = ints[j + 1] as number;
    sources[k] = sourceId;
    start[k] = ints[j + 2] as number;
    end[k] = ints[j + 3] as number;
    coderId[k] = ints[j + 4] as number;
    caseId[k] = ints[j + 5] as number;
    interviewer[k] = ints[j + 6] as number;
  }
  t.count = k;
  if (k > from) t.runs.set(sourceId, { from, to: k });
}

// Makes the row of each coding id again.
export function indexCodingIds(t: CodingTable): void {
  let maxId = 0;
  for (let i = 0; i < t.count; i++) if ((t.id[i] as number) > maxId) maxId = t.id[i] as number;
  const rowOf = t.rowOf.length > maxId ? t.rowOf.fill(-1) : new Int32Array(capacityFor(maxId + 1)).fill(-1);
  for (let i = 0; i < t.count; i++) rowOf[t.id[i] as number] = i;
  t.rowOf = rowOf;
}

// The row of a coding id (-1 when there is none).
export function rowOfCoding(t: CodingTable, id: number): number {
  return id >= 0 && id < t.rowOf.length ? (t.rowOf[id] as number) : -1;
}

// Works out the speaker's case and interviewer flag of a source's rows: the case of the turn a
// coding starts in (the last segment starting at or before it, if it reaches the start;
// segments never overlap), else the source's only case.
function deriveRun(t: CodingTable, from: number, to: number, block: SourceSegments | undefined, single: number): void {
  const f = block?.fields ?? new Int32Array(0);
  const n = f.length / SEGMENT_FIELDS;
  const { start: starts, caseId, interviewer } = t;
  for (let i = from; i < to; i++) {
    const start = starts[i] as number;
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((f[mid * SEGMENT_FIELDS + SEGMENT_START] as number) <= start) lo = mid + 1;
      else hi = mid;
    }
    const at = (lo - 1) * SEGMENT_FIELDS;
    const inTurn = lo > 0 && (f[at + SEGMENT_END] as number) >= start;
    const turnCase = inTurn ? (f[at + SEGMENT_CASE] as number) : -1;
    caseId[i] = turnCase >= 0 ? turnCase : single;
    interviewer[i] = lo > 0 ? (f[at + SEGMENT_INTERVIEWER] as number) : 0;
  }
}

// Works out the speaker's case and interviewer flag of the codings of some sources (null: of all).
export function deriveCodingCases(t: CodingTable, blocks: ReadonlyMap<number, SourceSegments>, lookups: Lookups, onlySources: Iterable<number> | null = null): void {
  const sources = onlySources ?? t.runs.keys();
  for (const sourceId of sources) {
    const run = t.runs.get(sourceId);
    if (run) deriveRun(t, run.from, run.to, blocks.get(sourceId), lookups.sources.get(sourceId)?.singleCaseId ?? -1);
  }
}

// The rows of a source as the table holds them.
function rowsOfRun(t: CodingTable, from: number, to: number): Row[] {
  const out: Row[] = [];
  for (let i = from; i < to; i++) out.push([t.id[i] as number, t.nodeId[i] as number, t.sourceId[i] as number, t.start[i] as number, t.end[i] as number, t.coderId[i] as number, t.caseId[i] as number, t.interviewer[i] as number]);
  return out;
}

const COLUMNS = ['id', 'nodeId', 'sourceId', 'start', 'end', 'coderId', 'caseId', 'interviewer'] as const;

// Rewrites the run of one source with new rows, moving the rows after it along.
function replaceRun(t: CodingTable, sourceId: number, at: number, oldLength: number, rows: readonly Row[]): void {
  const delta = rows.length - oldLength;
  const tail = at + oldLength;
  if (delta !== 0) {
    for (const col of COLUMNS) t[col].copyWithin(tail + delta, tail, t.count);
    for (const [other, run] of t.runs) {
      if (other === sourceId || run.from < tail || (oldLength === 0 && run.from === at && other < sourceId)) continue;
      run.from += delta;
      run.to += delta;
    }
  }
  rows.forEach((r, j) => {
    const k = at + j;
    t.id[k] = r[0];
    t.nodeId[k] = r[1];
    t.sourceId[k] = r[2];
    t.start[k] = r[3];
    t.end[k] = r[4];
    t.coderId[k] = r[5];
    t.caseId[k] = r[6];
    t.interviewer[k] = r[7];
  });
  t.count += delta;
  if (rows.length === 0) t.runs.delete(sourceId);
  else t.runs.set(sourceId, { from: at, to: at + rows.length });
  t.positional.delete(sourceId);
}

// Where a source's run is, or would go (before the first source with a higher id).
function placeOf(t: CodingTable, sourceId: number): { at: number; length: number } {
  const run = t.runs.get(sourceId);
  if (run) return { at: run.from, length: run.to - run.from };
  let at = t.count;
  for (const [other, r] of t.runs) if (other > sourceId && r.from < at) at = r.from;
  return { at, length: 0 };
}

// Brings the table up to date: the changed coding ids replaced by their rows as they are now
// (`fresh`, in id order; a changed id missing from it was deleted). Returns the table (the same
// one, patched, or a new one when many sources changed or there is no room) and the sources changed.
export function patchCodings(t: CodingTable, changed: ReadonlySet<number>, fresh: readonly CodingTuple[]): { table: CodingTable; touched: Set<number> } {
  const freshBySource = new Map<number, CodingTuple[]>();
  for (const row of fresh) {
    const list = freshBySource.get(row[2]);
    if (list) list.push(row);
    else freshBySource.set(row[2], [row]);
  }
  const touched = new Set<number>(freshBySource.keys());
  for (const id of changed) {
    const row = rowOfCoding(t, id);
    if (row >= 0) touched.add(t.sourceId[row] as number);
  }
  // each changed source's rows: those kept, and the fresh ones, in id order (cases worked out after)
  const newRuns = new Map<number, Row[]>();
  let growth = 0;
  for (const sourceId of touched) {
    const run = t.runs.get(sourceId);
    const kept = run ? rowsOfRun(t, run.from, run.to).filter((r) => !changed.has(r[0])) : [];
    const rows = [...kept, ...(freshBySource.get(sourceId) ?? []).map((r): Row => [r[0], r[1], r[2], r[3], r[4], r[5] ?? -1, -1, 0])].sort((a, b) => a[0] - b[0]);
    newRuns.set(sourceId, rows);
    growth += rows.length - (run ? run.to - run.from : 0);
  }
  if (touched.size > MOST_PATCHED_SOURCES || t.count + growth > t.id.length) return { table: rebuilt(t, newRuns, growth), touched };
  // the furthest run first, so the places of those before it stay as they are
  const places = [...touched].map((sourceId) => ({ sourceId, ...placeOf(t, sourceId) })).sort((a, b) => b.at - a.at || b.length - a.length || b.sourceId - a.sourceId);
  for (const p of places) replaceRun(t, p.sourceId, p.at, p.length, newRuns.get(p.sourceId) ?? []);
  indexCodingIds(t);
  return { table: t, touched };
}

// A new table holding the old one's runs but the changed ones, which are replaced.
function rebuilt(t: CodingTable, newRuns: ReadonlyMap<number, Row[]>, growth: number): CodingTable {
  const out = emptyCodingTable(capacityFor(t.count + growth));
  const sources = [...new Set([...t.runs.keys(), ...newRuns.keys()])].sort((a, b) => a - b);
  for (const sourceId of sources) {
    const replaced = newRuns.get(sourceId);
    if (replaced) {
      for (const r of replaced) appendCoding(out, r);
      continue;
    }
    const run = t.runs.get(sourceId);
    if (!run) continue;
    const at = out.count;
    const n = run.to - run.from;
    for (const col of COLUMNS) out[col].set(t[col].subarray(run.from, run.to), at);
    out.count += n;
    out.runs.set(sourceId, { from: at, to: at + n });
    const order = t.positional.get(sourceId);
    if (order) out.positional.set(sourceId, order);
  }
  indexCodingIds(out);
  return out;
}

// A source's rows in text order (start, then end, then id), as row numbers.
export function positionalRows(t: CodingTable, sourceId: number): Int32Array {
  const run = t.runs.get(sourceId);
  if (!run) return new Int32Array(0);
  let order = t.positional.get(sourceId);
  if (!order) {
    const { start, end, id } = t;
    const from = run.from;
    order = Int32Array.from({ length: run.to - from }, (_, k) => k).sort((x, y) => (start[from + x] as number) - (start[from + y] as number) || (end[from + x] as number) - (end[from + y] as number) || (id[from + x] as number) - (id[from + y] as number));
    t.positional.set(sourceId, order);
  }
  return order.map((k) => k + run.from);
}
