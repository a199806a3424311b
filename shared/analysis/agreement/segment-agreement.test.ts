// Segment-level agreement (MAXQDA's minimum overlap of segments) on hand-worked cases and
// against a comparison of every pair of segments.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AgreementCoding, AgreementInput } from './model.ts';
import { DEFAULT_MIN_OVERLAP, matchSegments, overlapShare, segmentAgreement } from './segment-agreement.ts';
import { arbitraryInput, CODERS, coverage, NODES, runsFromFlags } from './testing/agreement-arbitraries.ts';

const coding = (coder: string, start: number, end: number, node = 1, source = 1): AgreementCoding => ({ coder, source, node, start, end });

describe('overlapShare', () => {
  it('measures the shared text against the text the two segments cover together', () => {
    // [21, 30) and [20, 30): 9 shared of 10 covered. [0, 10) and [0, 100): 10 of 100. Apart: 0.
    expect(overlapShare({ start: 21, end: 30 }, { start: 20, end: 30 })).toBeCloseTo(0.9, 12);
    expect(overlapShare({ start: 0, end: 10 }, { start: 0, end: 100 })).toBeCloseTo(0.1, 12);
    expect(overlapShare({ start: 0, end: 10 }, { start: 10, end: 20 })).toBe(0);
  });
});

describe('segmentAgreement', () => {
  // Node 1: A [0,10) [20,30) [50,60); B [0,10) [21,30) [52,60) [80,90).
  //   [0,10) = [0,10): share 1, matched. [20,30) ~ [21,30): 9/10 = 90%, matched at 90%.
  //   [50,60) ~ [52,60): 8/10 = 80%, not matched at 90%. [80,90): B alone.
  //   A 3 segments, 2 matched; B 4 segments, 2 matched: agreement 4/7.
  // Node 2: A [0,5), B [0,5): 2 of 2.
  // Total: 6 matched of 9 segments, p_o = 2/3; k = 2 codes: kappa = (2/3 - 1/2) / (1 - 1/2) = 1/3.
  const input: AgreementInput = {
    sources: [{ id: 1, length: 100 }],
    codings: [
      coding('A', 0, 10), coding('A', 20, 30), coding('A', 50, 60),
      coding('B', 0, 10), coding('B', 21, 30), coding('B', 52, 60), coding('B', 80, 90),
      coding('A', 0, 5, 2), coding('B', 0, 5, 2),
    ],
  };

  it('matches segments overlapping by at least 90% by default and gives MAXQDA\'s kappa', () => {
    const [pair] = segmentAgreement(input, { coders: ['A', 'B'] });
    expect(pair?.minOverlap).toBe(DEFAULT_MIN_OVERLAP);
    expect(pair?.byNode[0]?.counts).toEqual({ segmentsA: 3, segmentsB: 4, matchedA: 2, matchedB: 2 });
    expect(pair?.byNode[0]?.agreement.value).toBeCloseTo(4 / 7, 12);
    expect(pair?.byNode[1]?.agreement.value).toBe(1);
    expect(pair?.overall.agreement.value).toBeCloseTo(6 / 9, 12);
    expect(pair?.overall.codes).toBe(2);
    expect(pair?.overall.kappa.value).toBeCloseTo(1 / 3, 12);
    expect(pair?.bySource[0]?.kappa.value).toBeCloseTo(1 / 3, 12);
  });

  it('takes a lower minimum overlap', () => {
    // At 80% [50,60) ~ [52,60) matches too: node 1 has 6 of 7, the total 8 of 9.
    const [pair] = segmentAgreement(input, { coders: ['A', 'B'] }, { minOverlap: 0.8 });
    expect(pair?.byNode[0]?.agreement.value).toBeCloseTo(6 / 7, 12);
    expect(pair?.overall.agreement.value).toBeCloseTo(8 / 9, 12);
    expect(() => segmentAgreement(input, { coders: ['A', 'B'] }, { minOverlap: 0 })).toThrow(RangeError);
  });

  it('joins a coder\'s touching codings of a node into one segment, and has no kappa for a single node', () => {
    // A's [0,5) and [5,10) make one segment [0,10). B has [0,18), which shares 10 of the 18
    // characters the two cover (56%), and [19,20): no match. With one code there is no kappa.
    const [pair] = segmentAgreement(
      { sources: [{ id: 1, length: 20 }], codings: [coding('A', 0, 5), coding('A', 5, 10), coding('B', 0, 18), coding('B', 19, 20)] },
      { coders: ['A', 'B'] },
    );
    expect(pair?.overall.counts).toEqual({ segmentsA: 1, segmentsB: 2, matchedA: 0, matchedB: 0 });
    expect(pair?.overall.kappa.value).toBeNull();
  });

  it('lets one segment be matched while its other neighbours are not', () => {
    // A [0,20); B [0,18) shares 18/20 = 90%: both matched; B [19,20) shares 1/20: not matched.
    expect(matchSegments([{ start: 0, end: 20 }], [{ start: 0, end: 18 }, { start: 19, end: 20 }], 0.9)).toEqual({
      segmentsA: 1,
      segmentsB: 2,
      matchedA: 1,
      matchedB: 1,
    });
  });

  it('counts as a comparison of every pair of segments does', () => {
    fc.assert(
      fc.property(arbitraryInput(), fc.constantFrom(0.5, 0.9, 1), (input, minOverlap) => {
        for (const pair of segmentAgreement(input, { coders: [...CODERS], nodes: [...NODES] }, { minOverlap })) {
          for (const cell of pair.cells) {
            const a = runsFromFlags(coverage(input, pair.coderA, cell.source, [cell.node]));
            const b = runsFromFlags(coverage(input, pair.coderB, cell.source, [cell.node]));
            const matched = (mine: typeof a, theirs: typeof a): number =>
              mine.filter((s) => theirs.some((t) => overlapShare(s, t) >= minOverlap - 1e-12)).length;
            expect(cell.counts).toEqual({ segmentsA: a.length, segmentsB: b.length, matchedA: matched(a, b), matchedB: matched(b, a) });
          }
        }
      }),
    );
  });
});
