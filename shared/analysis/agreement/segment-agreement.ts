// Segment-level agreement of two coders, as MAXQDA's intercoder agreement computes it with
// the option of a minimum overlap of coded segments ("segment agreement").
//
// A coder's segments at a node are its runs there: MAXQDA never lets a code overlap itself in
// a document (MAXQDA Manual, "How to code": segments assigned the same code never overlap),
// so a coder's overlapping or touching codings at a node are joined into one segment first.
// A segment of one coder is matched when the other coder coded the same node on a segment
// that overlaps it by at least the chosen share, measured against the text the two segments
// cover together: |s ∩ t| / |s ∪ t| >= minOverlap (default 90%, MAXQDA's default). Then, as
// in MAXQDA's code-specific results table,
//   agreement = matched segments / all segments of both coders
// per node, per source and in total. For kappa MAXQDA takes the Total row's agreement as
// P_observed and, after Brennan and Prediger (1981), P_chance = 1/k, where k is the number of
// codes in that table, i.e. the codes either coder used (MAXQDA Manual, "Intercoder
// agreement", calculating kappa for the segment-level results):
//   kappa = (P_observed - 1/k) / (1 - 1/k).
// It is given in total and per source (k counted in that source); a single node's row has no
// kappa, since with one code the chance term is 1.
//
// Matching is a sweep over the two coders' sorted segments; each overlapping pair is looked
// at once. With more than two coders every pair is compared.

import type { Span } from '../ranges.ts';
import { brennanPredigerKappa } from './kappa.ts';
import { coderPairs, share } from './model.ts';
import type { AgreementId, AgreementInput, AgreementSelection, Figure } from './model.ts';
import { prepareAgreement, runsOf } from './prepare.ts';
import type { PreparedAgreement } from './prepare.ts';

// MAXQDA's default minimum overlap of two segments.
export const DEFAULT_MIN_OVERLAP = 0.9;

export interface SegmentCounts {
  readonly segmentsA: number;
  readonly segmentsB: number;
  readonly matchedA: number;
  readonly matchedB: number;
}

// matched / all segments of both coders
export interface SegmentFigures {
  readonly counts: SegmentCounts;
  readonly agreement: Figure;
}

// A row with a kappa: k is the number of nodes either coder used there.
export interface SegmentSummary extends SegmentFigures {
  readonly codes: number;
  readonly kappa: Figure;
}

export interface SegmentPairAgreement {
  readonly coderA: AgreementId;
  readonly coderB: AgreementId;
  readonly minOverlap: number;
  // nodes in sources where at least one of the two coded
  readonly cells: readonly (SegmentFigures & { readonly node: AgreementId; readonly source: AgreementId })[];
  readonly byNode: readonly (SegmentFigures & { readonly node: AgreementId })[];
  readonly bySource: readonly (SegmentSummary & { readonly source: AgreementId })[];
  readonly overall: SegmentSummary;
}

// How much two segments overlap, as a share of the text they cover together (0 when apart).
export function overlapShare(a: Span, b: Span): number {
  const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  if (shared <= 0) return 0;
  return shared / (a.end - a.start + (b.end - b.start) - shared);
}

// Whether the overlap reaches the minimum share (with a tolerance for binary fractions).
const reaches = (a: Span, b: Span, minOverlap: number): boolean => overlapShare(a, b) >= minOverlap - 1e-12;

// Counts the segments of A and B (each sorted and disjoint) that the other coder matches.
export function matchSegments(a: readonly Span[], b: readonly Span[], minOverlap: number): SegmentCounts {
  const matchedB = new Uint8Array(b.length);
  let matchedA = 0;
  let first = 0;
  for (const segment of a) {
    while (first < b.length && (b[first] as Span).end <= segment.start) first++;
    let matched = false;
    for (let k = first; k < b.length && (b[k] as Span).start < segment.end; k++) {
      if (reaches(segment, b[k] as Span, minOverlap)) {
        matched = true;
        matchedB[k] = 1;
      }
    }
    if (matched) matchedA++;
  }
  return { segmentsA: a.length, segmentsB: b.length, matchedA, matchedB: matchedB.reduce((sum, m) => sum + m, 0) };
}

const NO_SEGMENTS: SegmentCounts = { segmentsA: 0, segmentsB: 0, matchedA: 0, matchedB: 0 };

const add = (x: SegmentCounts, y: SegmentCounts): SegmentCounts => ({
  segmentsA: x.segmentsA + y.segmentsA,
  segmentsB: x.segmentsB + y.segmentsB,
  matchedA: x.matchedA + y.matchedA,
  matchedB: x.matchedB + y.matchedB,
});

function figures(counts: SegmentCounts): SegmentFigures {
  const all = counts.segmentsA + counts.segmentsB;
  return { counts, agreement: share(counts.matchedA + counts.matchedB, all, 'Neither coder coded a segment here.') };
}

function summary(counts: SegmentCounts, codes: number): SegmentSummary {
  const row = figures(counts);
  return { ...row, codes, kappa: brennanPredigerKappa(row.agreement, codes) };
}

function comparePair(prepared: PreparedAgreement, coderA: AgreementId, coderB: AgreementId, minOverlap: number): SegmentPairAgreement {
  const byNode = new Map<AgreementId, SegmentCounts>(prepared.nodes.map((node) => [node, NO_SEGMENTS]));
  const cells: (SegmentFigures & { node: AgreementId; source: AgreementId })[] = [];
  const bySource: (SegmentSummary & { source: AgreementId })[] = [];
  let total = NO_SEGMENTS;
  const codesUsed = new Set<AgreementId>();
  for (const source of prepared.sources) {
    let sourceCounts = NO_SEGMENTS;
    let sourceCodes = 0;
    for (const node of prepared.nodes) {
      const a = runsOf(source, node, coderA);
      const b = runsOf(source, node, coderB);
      if (a.length === 0 && b.length === 0) continue;
      const counts = matchSegments(a, b, minOverlap);
      cells.push({ ...figures(counts), node, source: source.id });
      byNode.set(node, add(byNode.get(node) ?? NO_SEGMENTS, counts));
      sourceCounts = add(sourceCounts, counts);
      sourceCodes++;
      codesUsed.add(node);
    }
    bySource.push({ ...summary(sourceCounts, sourceCodes), source: source.id });
    total = add(total, sourceCounts);
  }
  return {
    coderA,
    coderB,
    minOverlap,
    cells,
    byNode: [...byNode].map(([node, counts]) => ({ ...figures(counts), node })),
    bySource,
    overall: summary(total, codesUsed.size),
  };
}

// Segment-level agreement (matched share and MAXQDA's kappa) for every pair of the chosen coders.
export function segmentAgreement(input: AgreementInput, selection: AgreementSelection, options: { readonly minOverlap?: number } = {}): SegmentPairAgreement[] {
  const minOverlap = options.minOverlap ?? DEFAULT_MIN_OVERLAP;
  if (!(minOverlap > 0 && minOverlap <= 1)) throw new RangeError(`minOverlap ${String(minOverlap)} is not a share in (0, 1]`);
  const prepared = prepareAgreement(input, selection);
  return coderPairs(prepared.coders).map(([a, b]) => comparePair(prepared, a, b, minOverlap));
}
