// Co-occurrence counts from the coding table's rows, without an object per coding: the
// same pairs, counts and sources as shared/analysis/cooccurrence.ts's countCooccurrences
// (overlap: pairs of codings whose ranges share text; same-segment: segments holding a
// coding at each item), commonest first.
import type { CoPairCount } from '../../shared/analysis/cooccurrence.ts';
import type { CodingTable, SegmentTable } from './index-cache.ts';
import { positionalRows } from './coding-table.ts';
import { rowsByNodeId, sourceGroups } from './matrix-counts.ts';

export interface CooccurrenceInput {
  codings: CodingTable;
  segments: SegmentTable;
  // coding-table rows of the references
  refRows: Int32Array;
  // the items each node counts for, by node id
  itemsOfNode: ReadonlyMap<number, readonly number[]>;
  itemCount: number;
}

interface PairTally {
  // the items each node counts for, as a table by node id
  itemsOf: (readonly number[] | undefined)[];
  counts: Float64Array;
  sources: Float64Array;
  lastGroup: Int32Array;
  n: number;
}

function tally(t: PairTally, a: number, b: number, group: number): void {
  const key = a < b ? a * t.n + b : b * t.n + a;
  t.counts[key] = (t.counts[key] as number) + 1;
  if (t.lastGroup[key] !== group) {
    t.lastGroup[key] = group;
    t.sources[key] = (t.sources[key] as number) + 1;
  }
}

// Pairs of codings of one source (in text order) whose ranges share text (as forEachCooccurrence's overlap mode finds them).
function overlapPairs(m: CooccurrenceInput, rows: number[], group: number, t: PairTally): void {
  const c = m.codings;
  const active: number[] = [];
  const seen: number[] = [];
  for (const i of rows) {
    const start = c.start[i] as number;
    const end = c.end[i] as number;
    for (let k = active.length - 1; k >= 0; k--) if ((c.end[active[k] as number] as number) <= start) active.splice(k, 1);
    const items = t.itemsOf[c.nodeId[i] as number] ?? [];
    for (const other of active) {
      const otherEnd = c.end[other] as number;
      if (otherEnd <= start || end <= start || otherEnd <= (c.start[other] as number)) continue;
      seen.length = 0;
      for (const a of t.itemsOf[c.nodeId[other] as number] ?? []) {
        for (const b of items) {
          const key = a < b ? a * t.n + b : b * t.n + a;
          if (a === b || seen.includes(key)) continue;
          seen.push(key);
          tally(t, a, b, group);
        }
      }
    }
    active.push(i);
  }
}

// Segments of one source holding a coding at each of two items (as forEachCooccurrence's same-segment mode finds them).
function segmentPairs(m: CooccurrenceInput, sourceId: number, rows: number[], group: number, t: PairTally): void {
  const c = m.codings;
  const seg = m.segments;
  const list = seg.bySource.get(sourceId) ?? new Int32Array(0);
  const itemsIn = new Map<number, Set<number>>();
  for (const i of rows) {
    const start = c.start[i] as number;
    const stop = Math.max(c.end[i] as number, start + 1);
    // first segment that ends after the coding starts, then every one it touches
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((seg.end[list[mid] as number] as number) <= start) lo = mid + 1;
      else hi = mid;
    }
    const items = t.itemsOf[c.nodeId[i] as number] ?? [];
    for (let k = lo; k < list.length && (seg.start[list[k] as number] as number) < stop; k++) {
      const row = list[k] as number;
      let present = itemsIn.get(row);
      if (!present) itemsIn.set(row, (present = new Set()));
      for (const item of items) present.add(item);
    }
  }
  for (const present of itemsIn.values()) {
    const sorted = [...present].sort((x, y) => x - y);
    for (let x = 0; x < sorted.length; x++) for (let y = x + 1; y < sorted.length; y++) tally(t, sorted[x] as number, sorted[y] as number, group);
  }
}

// Counts co-occurring item pairs, commonest first.
export function countCooccurrenceRows(m: CooccurrenceInput, mode: 'overlap' | 'same-segment'): CoPairCount[] {
  const n = m.itemCount;
  const t: PairTally = { itemsOf: rowsByNodeId(m.itemsOfNode), counts: new Float64Array(n * n), sources: new Float64Array(n * n), lastGroup: new Int32Array(n * n).fill(-1), n };
  const groupStarts = sourceGroups(m.codings, m.refRows);
  for (let g = 0; g + 1 < groupStarts.length; g++) {
    const from = groupStarts[g] as number;
    const to = groupStarts[g + 1] as number;
    const sourceId = m.codings.sourceId[m.refRows[from] as number] as number;
    if (mode === 'overlap') overlapPairs(m, inTextOrder(m, sourceId, from, to), g, t);
    else segmentPairs(m, sourceId, Array.from(m.refRows.subarray(from, to)), g, t);
  }
  const out: CoPairCount[] = [];
  for (let a = 0; a < n; a++) for (let b = a + 1; b < n; b++) if ((t.counts[a * n + b] as number) > 0) out.push({ a, b, count: t.counts[a * n + b] as number, sources: t.sources[a * n + b] as number });
  return out.sort((x, y) => y.count - x.count || x.a - y.a || x.b - y.b);
}

// A source's references (refRows[from, to)) in text order: start, end, id (the table's own
// order of the source when every coding of it is a reference, else sorted).
function inTextOrder(m: CooccurrenceInput, sourceId: number, from: number, to: number): number[] {
  const c = m.codings;
  const run = c.runs.get(sourceId);
  if (run && run.to - run.from === to - from) return Array.from(positionalRows(c, sourceId));
  const rows = Array.from(m.refRows.subarray(from, to));
  return rows.sort((x, y) => (c.start[x] as number) - (c.start[y] as number) || (c.end[x] as number) - (c.end[y] as number) || (c.id[x] as number) - (c.id[y] as number));
}
