// Co-occurrence queries: which pairs of nodes (or questions) are coded on overlapping
// text, or in the same turn, how often and in how many sources; and the passages behind
// a pair (a hint of where tensions between components lie).
import { forEachCooccurrence } from '../../shared/analysis/cooccurrence.ts';
import type { CoCoding } from '../../shared/analysis/cooccurrence.ts';
import { ApiError } from '../../shared/errors.ts';
import type { CooccurrenceDefinition, CooccurrenceInstance, CooccurrenceResult, MatrixRow } from '../../shared/model/queries.ts';
import type { Store } from '../db/store.ts';
import { projectIndex } from './index-cache.ts';
import { loadLookups } from './lookup.ts';
import type { Lookups } from './lookup.ts';
import { nodeSetRows, rowsByNode, uniqueCaseLabels } from './matrix.ts';
import { countCooccurrenceRows } from './cooccurrence-counts.ts';
import { referenceRows } from './reference-rows.ts';
import { factOfRow, loadSourceTexts, sliceText } from './references.ts';

interface Prepared {
  lookups: Lookups;
  items: MatrixRow[];
  codings: CoCoding[];
  segments: Map<number, { id: number; start: number; end: number; textStart: number }>;
  caseOf: Map<number, number | null>;
  nodeOf: Map<number, number>;
}

// The references of a co-occurrence query as coding-table rows, with the items and their nodes.
function referencesOf(store: Store, def: CooccurrenceDefinition): { lookups: Lookups; items: MatrixRow[]; byNode: Map<number, number[]>; refRows: Int32Array } {
  const lookups = loadLookups(store);
  const items = nodeSetRows(lookups, def.items);
  if (items.length < 2) throw new ApiError('BAD_INPUT', 'Choose at least two nodes to look for co-occurrence between.');
  const byNode = rowsByNode(items);
  return { lookups, items, byNode, refRows: referenceRows(store, lookups, { nodeIds: [...byNode.keys()], scope: def.scope }) };
}

// The codings of the references that count for one of the wanted items (all items: null),
// in the order forEachCooccurrence would meet them among all of them.
function prepare(store: Store, def: CooccurrenceDefinition, wanted: ReadonlySet<number> | null): Prepared {
  const { lookups, items, byNode, refRows } = referencesOf(store, def);
  const { codings: c, segments: seg } = projectIndex(store);
  // the codings in id order, but sources in the order of their first coding among all the
  // references, so that leaving codings out changes no order forEachCooccurrence keeps
  const firstOf = new Map<number, number>();
  for (const i of refRows) {
    const sourceId = c.sourceId[i] as number;
    firstOf.set(sourceId, Math.min(firstOf.get(sourceId) ?? Infinity, c.id[i] as number));
  }
  const kept = Array.from(refRows).filter((i) => !wanted || (byNode.get(c.nodeId[i] as number) ?? []).some((item) => wanted.has(item)));
  kept.sort((x, y) => (firstOf.get(c.sourceId[x] as number) as number) - (firstOf.get(c.sourceId[y] as number) as number) || (c.id[x] as number) - (c.id[y] as number));
  const facts = kept.map((i) => factOfRow(c, i));
  const segments = new Map<number, { id: number; start: number; end: number; textStart: number }>();
  const bySource = new Map<number, { id: number; start: number; end: number }[]>();
  for (const sourceId of new Set(facts.map((f) => f.sourceId))) {
    const list: { id: number; start: number; end: number }[] = [];
    for (const r of seg.bySource.get(sourceId) ?? []) {
      const s = { id: seg.id[r] as number, start: seg.start[r] as number, end: seg.end[r] as number, textStart: seg.textStart[r] as number };
      segments.set(s.id, s);
      list.push(s);
    }
    bySource.set(sourceId, list);
  }
  const caseOf = new Map<number, number | null>();
  const nodeOf = new Map<number, number>();
  const codings: CoCoding[] = facts.map((f) => {
    caseOf.set(f.codingId, f.caseId);
    nodeOf.set(f.codingId, f.nodeId);
    const list = bySource.get(f.sourceId) ?? [];
    // first segment that ends after the coding starts (binary search), then every one it touches
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((list[mid] as { end: number }).end <= f.start) lo = mid + 1;
      else hi = mid;
    }
    const segmentIds: number[] = [];
    for (let i = lo; i < list.length && (list[i] as { start: number }).start < Math.max(f.end, f.start + 1); i++) segmentIds.push((list[i] as { id: number }).id);
    return { id: f.codingId, items: byNode.get(f.nodeId) ?? [], sourceId: f.sourceId, start: f.start, end: f.end, segmentIds };
  });
  return { lookups, items, codings, segments, caseOf, nodeOf };
}

// Counts co-occurring pairs, commonest first.
export function runCooccurrence(store: Store, def: CooccurrenceDefinition): CooccurrenceResult {
  const { items, byNode, refRows } = referencesOf(store, def);
  const { codings, segments } = projectIndex(store);
  const pairs = countCooccurrenceRows({ codings, segments, refRows, itemsOfNode: byNode, itemCount: items.length }, def.mode).map((p) => ({ a: items[p.a]?.key ?? '', b: items[p.b]?.key ?? '', count: p.count, sources: p.sources }));
  return { items, pairs };
}

// The passages where two items co-occur (both codings, the text they span or the shared turn).
export function cooccurrenceInstances(store: Store, def: CooccurrenceDefinition, a: string, b: string, limit = 500): { total: number; instances: CooccurrenceInstance[] } {
  const { items } = referencesOf(store, def);
  const ia = items.findIndex((i) => i.key === a);
  const ib = items.findIndex((i) => i.key === b);
  if (ia < 0 || ib < 0 || ia === ib) throw new ApiError('NOT_FOUND', 'That pair is no longer in the result. Run the query again.');
  const [lo, hi] = ia < ib ? [ia, ib] : [ib, ia];
  const { lookups, codings, segments, caseOf, nodeOf } = prepare(store, def, new Set([lo, hi]));
  const found: { sourceId: number; start: number; end: number; codingA: CoCoding; codingB: CoCoding }[] = [];
  forEachCooccurrence(codings, def.mode, (inst) => {
    if (inst.a !== lo || inst.b !== hi) return;
    const seg = inst.segmentId === null ? undefined : segments.get(inst.segmentId);
    const start = seg ? seg.textStart : Math.min(inst.codingA.start, inst.codingB.start);
    const end = seg ? seg.end : Math.max(inst.codingA.end, inst.codingB.end);
    found.push({ sourceId: inst.sourceId, start, end, codingA: inst.codingA, codingB: inst.codingB });
  });
  const names = new Map([...lookups.sources.values()].map((s) => [s.id, s.name]));
  found.sort((x, y) => (names.get(x.sourceId) ?? '').localeCompare(names.get(y.sourceId) ?? '') || x.start - y.start);
  const shown = found.slice(0, limit);
  const texts = loadSourceTexts(store, shown.map((f) => f.sourceId));
  const labels = uniqueCaseLabels(lookups);
  const pathOf = (c: CoCoding) => lookups.nodes.get(nodeOf.get(c.id) ?? 0)?.path ?? '';
  // the coding in the lower item belongs to `a` as asked
  const swap = ia > ib;
  return {
    total: found.length,
    instances: shown.map((f) => {
      const caseId = caseOf.get(f.codingA.id) ?? null;
      const first = swap ? f.codingB : f.codingA;
      const second = swap ? f.codingA : f.codingB;
      return {
        sourceId: f.sourceId,
        sourceName: names.get(f.sourceId) ?? '',
        caseLabel: caseId === null ? null : (labels.get(caseId) ?? null),
        start: f.start,
        end: f.end,
        text: sliceText(texts.get(f.sourceId), f.start, f.end),
        codingA: { id: first.id, nodePath: pathOf(first), start: first.start, end: first.end },
        codingB: { id: second.id, nodePath: pathOf(second), start: second.start, end: second.end },
      };
    }),
  };
}
