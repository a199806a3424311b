// The passages where two coders coded a node differently. For each source and node the two
// coders' codings are joined where they overlap or touch; each stretch of text that either
// coded (a cluster of overlapping runs of the two) is one passage, and it is a disagreement
// when the two coded different characters of it. Each comes with the review's decision.
import { mergeRanges } from '../../shared/analysis/ranges.ts';
import type { Span } from '../../shared/analysis/ranges.ts';
import type { Disagreement, DisagreementList } from '../../shared/model/team.ts';
import { createOffsetIndex } from '../../shared/text/code-points.ts';
import type { Store } from '../db/store.ts';
import { agreementQueries } from './agreement-queries.ts';
import { chosenCoders, prepareComparison } from './agreement.ts';
import { teamQueries } from './queries.ts';

// One passage of a source at a node and what each coder coded of it.
export interface PassageDifference {
  start: number;
  end: number;
  rangesA: Span[];
  rangesB: Span[];
}

const same = (a: readonly Span[], b: readonly Span[]): boolean => a.length === b.length && a.every((x, i) => x.start === b[i]?.start && x.end === b[i]?.end);

// The passages where two coders' runs (sorted, disjoint) at one node differ.
export function passageDifferences(runsA: readonly Span[], runsB: readonly Span[]): PassageDifference[] {
  const tagged = [...runsA.map((r) => ({ ...r, a: true })), ...runsB.map((r) => ({ ...r, a: false }))].sort((x, y) => x.start - y.start || x.end - y.end);
  const out: PassageDifference[] = [];
  let current: PassageDifference | null = null;
  for (const run of tagged) {
    if (!current || run.start > current.end) {
      if (current && !same(current.rangesA, current.rangesB)) out.push(current);
      current = { start: run.start, end: run.end, rangesA: [], rangesB: [] };
    }
    current.end = Math.max(current.end, run.end);
    (run.a ? current.rangesA : current.rangesB).push({ start: run.start, end: run.end });
  }
  if (current && !same(current.rangesA, current.rangesB)) out.push(current);
  return out;
}

const MAX_LISTED = 2000;
const EXCERPT = 400;

// The disagreements of two coders over the chosen sources and nodes, in source and text order.
export function listDisagreements(store: Store, input: { coderA: number; coderB: number; sourceIds?: number[]; nodeIds?: number[] }): DisagreementList {
  const [coderA, coderB] = chosenCoders(store, [input.coderA, input.coderB]);
  if (!coderA || !coderB) throw new Error('two coders were checked');
  const prepared = prepareComparison(store, { coderIds: [coderA.id, coderB.id], sourceIds: input.sourceIds, nodeIds: input.nodeIds });
  const runs = new Map<string, { a: Span[]; b: Span[] }>();
  for (const c of prepared.input.codings) {
    const key = `${String(c.source)}:${String(c.node)}`;
    const entry = runs.get(key) ?? { a: [], b: [] };
    (c.coder === coderA.id ? entry.a : entry.b).push({ start: c.start, end: c.end });
    runs.set(key, entry);
  }
  const decisions = new Map(teamQueries(store).decisionsOfPair.all(coderA.id, coderB.id, coderB.id, coderA.id).map((d) => [`${d.source_id}:${d.node_id}:${d.start}:${d.end}`, d]));
  const order = new Map(prepared.input.sources.map((s, i) => [Number(s.id), i]));
  const found: Omit<Disagreement, 'text' | 'sourceName' | 'nodePath'>[] = [];
  for (const [key, entry] of runs) {
    const [sourceId, nodeId] = key.split(':').map(Number) as [number, number];
    for (const p of passageDifferences(mergeRanges(entry.a), mergeRanges(entry.b))) {
      const decision = decisions.get(`${key}:${p.start}:${p.end}`);
      found.push({
        sourceId,
        nodeId,
        start: p.start,
        end: p.end,
        rangesA: p.rangesA.map((r) => [r.start, r.end]),
        rangesB: p.rangesB.map((r) => [r.start, r.end]),
        decision: decision?.decision ?? null,
        decisionId: decision?.id ?? null,
      });
    }
  }
  found.sort((x, y) => (order.get(x.sourceId) ?? 0) - (order.get(y.sourceId) ?? 0) || x.start - y.start || x.nodeId - y.nodeId);
  const listed = found.slice(0, MAX_LISTED);
  const texts = new Map<number, ReturnType<typeof createOffsetIndex>>();
  const textOf = (id: number) => {
    let index = texts.get(id);
    if (!index) texts.set(id, (index = createOffsetIndex(agreementQueries(store).sourceText.get(id) ?? '')));
    return index;
  };
  const items = listed.map((d): Disagreement => {
    const index = textOf(d.sourceId);
    const end = Math.min(d.end, d.start + EXCERPT, index.codePointLength);
    const excerpt = index.slice(Math.min(d.start, end), end);
    return { ...d, sourceName: prepared.sourceNames.get(d.sourceId) ?? '', nodePath: prepared.nodePaths.get(d.nodeId) ?? '', text: end < d.end ? `${excerpt}…` : excerpt };
  });
  return { coderA, coderB, total: found.length, decided: found.filter((d) => d.decision !== null).length, items };
}
