// Co-occurrence of codes: pairs of items (nodes, or questions with their nodes) coded on
// overlapping text, or in the same segment (turn or paragraph). Counted as
//   overlap:       pairs of codings (one at each item) whose ranges share text
//   same-segment:  segments holding a coding at each item
// with the number of sources each pair occurs in.

export interface CoCoding {
  id: number;
  // items this coding counts for
  items: readonly number[];
  sourceId: number;
  start: number;
  end: number;
  // segments the coding touches (for same-segment mode)
  segmentIds: readonly number[];
}

export interface CoInstance {
  a: number;
  b: number;
  sourceId: number;
  codingA: CoCoding;
  codingB: CoCoding;
  // the segment both are in (same-segment mode), else null
  segmentId: number | null;
}

export interface CoPairCount {
  a: number;
  b: number;
  count: number;
  sources: number;
}

// Visits every co-occurrence (each item pair once per overlapping coding pair or shared segment).
export function forEachCooccurrence(codings: readonly CoCoding[], mode: 'overlap' | 'same-segment', visit: (instance: CoInstance) => void): void {
  const bySource = new Map<number, CoCoding[]>();
  for (const c of codings) {
    const list = bySource.get(c.sourceId);
    if (list) list.push(c);
    else bySource.set(c.sourceId, [c]);
  }
  for (const [sourceId, list] of bySource) {
    if (mode === 'overlap') {
      list.sort((x, y) => x.start - y.start || x.end - y.end || x.id - y.id);
      const active: CoCoding[] = [];
      for (const c of list) {
        // drop codings that end at or before this one starts
        for (let i = active.length - 1; i >= 0; i--) if ((active[i] as CoCoding).end <= c.start) active.splice(i, 1);
        for (const other of active) {
          if (other.end <= c.start || c.end <= c.start || other.end <= other.start) continue;
          const seen = new Set<string>();
          for (const a of other.items) {
            for (const b of c.items) {
              const key = a < b ? `${a}:${b}` : `${b}:${a}`;
              if (a === b || seen.has(key)) continue;
              seen.add(key);
              visit(pairOf(a, b, sourceId, other, c, null));
            }
          }
        }
        active.push(c);
      }
    } else {
      // segment -> item -> first coding there
      const bySegment = new Map<number, Map<number, CoCoding>>();
      for (const c of list) {
        for (const segmentId of c.segmentIds) {
          let items = bySegment.get(segmentId);
          if (!items) bySegment.set(segmentId, (items = new Map()));
          for (const item of c.items) if (!items.has(item)) items.set(item, c);
        }
      }
      for (const [segmentId, items] of bySegment) {
        const entries = [...items.entries()].sort((x, y) => x[0] - y[0]);
        for (let i = 0; i < entries.length; i++) {
          for (let j = i + 1; j < entries.length; j++) {
            const [a, ca] = entries[i] as [number, CoCoding];
            const [b, cb] = entries[j] as [number, CoCoding];
            visit(pairOf(a, b, sourceId, ca, cb, segmentId));
          }
        }
      }
    }
  }
}

function pairOf(a: number, b: number, sourceId: number, ca: CoCoding, cb: CoCoding, segmentId: number | null): CoInstance {
  return a < b ? { a, b, sourceId, codingA: ca, codingB: cb, segmentId } : { a: b, b: a, sourceId, codingA: cb, codingB: ca, segmentId };
}

// Counts co-occurrences per item pair, commonest first.
export function countCooccurrences(codings: readonly CoCoding[], mode: 'overlap' | 'same-segment'): CoPairCount[] {
  const counts = new Map<string, { a: number; b: number; count: number; sources: Set<number> }>();
  forEachCooccurrence(codings, mode, (inst) => {
    const key = `${inst.a}:${inst.b}`;
    let entry = counts.get(key);
    if (!entry) counts.set(key, (entry = { a: inst.a, b: inst.b, count: 0, sources: new Set() }));
    entry.count++;
    entry.sources.add(inst.sourceId);
  });
  return [...counts.values()]
    .map((e) => ({ a: e.a, b: e.b, count: e.count, sources: e.sources.size }))
    .sort((x, y) => y.count - x.count || x.a - y.a || x.b - y.b);
}
