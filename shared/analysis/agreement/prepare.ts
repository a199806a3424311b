// The common first step of every measure: checks the input, keeps the chosen coders,
// sources and nodes, and turns each coder's codings at a node in a source into runs, the
// union of those codings as sorted, disjoint, non-touching ranges. Overlapping (or touching)
// codings of one coder at one node therefore count once, as one stretch of coded text.

import { assertValidRange } from '../../text/range.ts';
import { mergeRanges } from '../ranges.ts';
import type { Span } from '../ranges.ts';
import { compareIds } from './model.ts';
import type { AgreementId, AgreementInput, AgreementSelection } from './model.ts';

// One chosen source: its length and, per node (or category) and coder, the coder's runs.
export interface PreparedSource {
  readonly id: AgreementId;
  readonly length: number;
  readonly runs: ReadonlyMap<AgreementId, ReadonlyMap<AgreementId, readonly Span[]>>;
}

// The chosen coders, nodes (or categories) and sources, in table order.
export interface PreparedAgreement {
  readonly coders: readonly AgreementId[];
  readonly nodes: readonly AgreementId[];
  readonly sources: readonly PreparedSource[];
}

// Maps a node to the category it counts for (a node itself, or e.g. its question).
export type CategoryOf = (node: AgreementId) => AgreementId;

const unique = (ids: readonly AgreementId[]): AgreementId[] => [...new Set(ids)];

function chosenCoders(selection: AgreementSelection): AgreementId[] {
  const coders = unique(selection.coders);
  if (coders.length < 2) throw new Error('Agreement needs at least two different coders.');
  return coders;
}

function sourceLengths(input: AgreementInput): Map<AgreementId, number> {
  const lengths = new Map<AgreementId, number>();
  for (const source of input.sources) {
    if (!Number.isInteger(source.length) || source.length < 0) {
      throw new RangeError(`source ${String(source.id)} has length ${String(source.length)}, not a whole number >= 0`);
    }
    lengths.set(source.id, source.length);
  }
  return lengths;
}

function chosenSources(input: AgreementInput, selection: AgreementSelection, lengths: Map<AgreementId, number>): AgreementId[] {
  const ids = unique(selection.sources ?? input.sources.map((s) => s.id));
  for (const id of ids) if (!lengths.has(id)) throw new Error(`source ${String(id)} is not in the input`);
  return ids;
}

type RunsBuilder = Map<AgreementId, Map<AgreementId, Map<AgreementId, Span[]>>>;

// Files one coding under source -> category -> coder.
function fileCoding(builder: RunsBuilder, source: AgreementId, category: AgreementId, coder: AgreementId, span: Span): void {
  let byCategory = builder.get(source);
  if (!byCategory) builder.set(source, (byCategory = new Map()));
  let byCoder = byCategory.get(category);
  if (!byCoder) byCategory.set(category, (byCoder = new Map()));
  const list = byCoder.get(coder);
  if (list) list.push(span);
  else byCoder.set(coder, [span]);
}

// Checks the input and groups the chosen codings into runs per source, category and coder.
export function prepareAgreement(input: AgreementInput, selection: AgreementSelection, categoryOf?: CategoryOf): PreparedAgreement {
  const coders = chosenCoders(selection);
  const lengths = sourceLengths(input);
  const sourceIds = chosenSources(input, selection, lengths);
  const coderSet = new Set(coders);
  const sourceSet = new Set(sourceIds);
  const nodeSet = selection.nodes ? new Set(selection.nodes) : null;
  const builder: RunsBuilder = new Map();
  const usedCategories = new Set<AgreementId>();
  for (const coding of input.codings) {
    const length = lengths.get(coding.source);
    if (length === undefined) throw new Error(`a coding is in source ${String(coding.source)}, which is not in the input`);
    assertValidRange(coding, length);
    if (!coderSet.has(coding.coder) || !sourceSet.has(coding.source)) continue;
    if (nodeSet && !nodeSet.has(coding.node)) continue;
    if (coding.end === coding.start) continue;
    const category = categoryOf ? categoryOf(coding.node) : coding.node;
    usedCategories.add(category);
    fileCoding(builder, coding.source, category, coding.coder, { start: coding.start, end: coding.end });
  }
  const nodes = selection.nodes ? unique(categoryOf ? selection.nodes.map(categoryOf) : selection.nodes) : [...usedCategories].sort(compareIds);
  const sources = sourceIds.map((id): PreparedSource => {
    const runs = new Map<AgreementId, Map<AgreementId, Span[]>>();
    for (const [category, byCoder] of builder.get(id) ?? []) {
      runs.set(category, new Map([...byCoder].map(([coder, spans]) => [coder, mergeRanges(spans)])));
    }
    return { id, length: lengths.get(id) ?? 0, runs };
  });
  return { coders, nodes, sources };
}

const NO_RUNS: readonly Span[] = [];

// A coder's runs at a node (or category) in a prepared source; empty when it coded none there.
export function runsOf(source: PreparedSource, node: AgreementId, coder: AgreementId): readonly Span[] {
  return source.runs.get(node)?.get(coder) ?? NO_RUNS;
}

// How many code points sorted, disjoint runs cover.
export function runsLength(runs: readonly Span[]): number {
  let total = 0;
  for (const run of runs) total += run.end - run.start;
  return total;
}

// How many code points two lists of sorted, disjoint runs share (a two-pointer sweep).
export function sharedLength(a: readonly Span[], b: readonly Span[]): number {
  let total = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as Span;
    const y = b[j] as Span;
    const overlap = Math.min(x.end, y.end) - Math.max(x.start, y.start);
    if (overlap > 0) total += overlap;
    if (x.end <= y.end) i++;
    else j++;
  }
  return total;
}
