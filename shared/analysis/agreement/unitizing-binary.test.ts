// Krippendorff's alpha-binary (|uα of Krippendorff, Mathet, Bouvry & Widlöcher 2016) on
// hand-worked cases, on Krippendorff's 2004 unitizing example, and against sums taken
// character by character.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AgreementCoding, AgreementInput } from './model.ts';
import { arbitraryInput, CODERS, coverage, NODES, runsFromFlags } from './testing/agreement-arbitraries.ts';
import { alphaBinary, alphaBinaryOf } from './unitizing-binary.ts';

const coding = (coder: string | number, start: number, end: number, node: number | string = 1, source = 1): AgreementCoding => ({
  coder,
  source,
  node,
  start,
  end,
});

describe('alphaBinary', () => {
  it('works a two-coder case by hand', () => {
    // L = 20, A codes [0,10), B codes [0,8). l.. = 40, l_1 = 18, l_0 = 22.
    // o_10 = |A not B| + |B not A| = 2 + 0 = 2, so observed o_10 + o_01 = 4.
    // Self-pairing S = 10^2 + 8^2 + l_0 = 164 + 22 = 186; l.. - S/l.. = 40 - 4.65 = 35.35.
    // Expected e_10 + e_01 = 2 * 22 * 18 / 35.35 = 792 / 35.35; alpha = 1 - 4 * 35.35 / 792 = .8215.
    const result = alphaBinary({ sources: [{ id: 1, length: 20 }], codings: [coding('A', 0, 10), coding('B', 0, 8)] }, { coders: ['A', 'B'] });
    expect(result.overall.sums).toEqual({ pairable: 40, coded: 18, mismatched: 2, squaredRuns: 164 });
    expect(result.overall.observed).toBe(4);
    expect(result.overall.expected).toBeCloseTo(792 / 35.35, 12);
    expect(result.overall.alpha.value).toBeCloseTo(1 - (4 * 35.35) / 792, 12);
  });

  it('goes below 0 when the coders code opposite halves', () => {
    // L = 10, A [0,5), B [5,10): o_10 = 10, S = 25 + 25 + 10 = 60, l.. - S/l.. = 20 - 3 = 17;
    // expected = 2 * 10 * 10 / 17, alpha = 1 - 20 * 17 / 200 = -0.7.
    const result = alphaBinary({ sources: [{ id: 1, length: 10 }], codings: [coding('A', 0, 5), coding('B', 5, 10)] }, { coders: ['A', 'B'] });
    expect(result.overall.alpha.value).toBeCloseTo(-0.7, 12);
  });

  it('pairs every coder with every other, weighted 1/(m - 1), for three coders', () => {
    // L = 10; A [0,4), B [0,4), C [0,2). Ordered pairs coded-by-one-not-the-other: (A,C) 2, (B,C) 2,
    // so o_10 = 4 / 2 = 2 and observed = 4. l.. = 30, l_1 = 10, l_0 = 20, S = 16 + 16 + 4 + 20 = 56,
    // l.. - S/l.. = 30 - 56/30; expected = 2 * 20 * 10 / (30 - 56/30); alpha = 1 - 4 / expected = .7187.
    const result = alphaBinary(
      { sources: [{ id: 1, length: 10 }], codings: [coding('A', 0, 4), coding('B', 0, 4), coding('C', 0, 2)] },
      { coders: ['A', 'B', 'C'] },
    );
    expect(result.overall.sums.mismatched).toBe(2);
    expect(result.overall.alpha.value).toBeCloseTo(1 - 4 / (400 / (30 - 56 / 30)), 12);
  });

  it("takes Krippendorff's (2004, p. 254) unitizing example: category k agrees perfectly, as published", () => {
    // The continuum 150-450 (here 0-300). Observer i: c at 225+70 and 370+30, k at 180+60 and 300+50;
    // observer j: c at 220+80, 355+20 and 400+20, k at 180+60 and 300+50.
    // Category k is coded identically: alpha-binary is 1, as Krippendorff's 2004 coefficient (1.000).
    // Category c: l.. = 600, l_1 = 100 + 120 = 220, shared 70 + 5 = 75, o_10 = 25 + 45 = 70;
    // S = 70^2 + 30^2 + 80^2 + 20^2 + 20^2 + 380 = 13380, l.. - S/l.. = 577.7;
    // expected = 2 * 380 * 220 / 577.7, alpha = 1 - 140 * 577.7 / 167200 = .516. Krippendorff's 2004
    // coefficient for c is .7286: it measures squared distances between unit boundaries, which the
    // 2016 family replaced by the lengths of text on which the coders' values differ.
    const units: [number, number, string, string][] = [
      [225, 70, 'i', 'c'], [370, 30, 'i', 'c'], [220, 80, 'j', 'c'], [355, 20, 'j', 'c'], [400, 20, 'j', 'c'],
      [180, 60, 'i', 'k'], [300, 50, 'i', 'k'], [180, 60, 'j', 'k'], [300, 50, 'j', 'k'],
    ];
    const input: AgreementInput = {
      sources: [{ id: 1, length: 300 }],
      codings: units.map(([offset, length, coder, node]) => coding(coder, offset - 150, offset - 150 + length, node)),
    };
    const result = alphaBinary(input, { coders: ['i', 'j'] });
    const [c, k] = result.byNode;
    expect(k?.alpha.value).toBe(1);
    expect(c?.sums).toEqual({ pairable: 600, coded: 220, mismatched: 70, squaredRuns: 13000 });
    expect(c?.alpha.value).toBeCloseTo(1 - (140 * 577.7) / 167200, 12);
  });

  it('adds the cells of sources and nodes, and merges nodes into categories', () => {
    // Two sources; each cell sum adds to the per-source, per-node and overall sums.
    const input: AgreementInput = {
      sources: [{ id: 1, length: 10 }, { id: 2, length: 8 }],
      codings: [coding('A', 0, 4, 1, 1), coding('B', 0, 3, 1, 1), coding('A', 2, 6, 2, 2), coding('B', 2, 6, 2, 2), coding('B', 5, 9, 2, 1)],
    };
    const result = alphaBinary(input, { coders: ['A', 'B'] });
    const sum = (key: 'coded' | 'mismatched' | 'squaredRuns' | 'pairable'): number => result.cells.reduce((s, cell) => s + cell.sums[key], 0);
    expect(result.overall.sums.coded).toBe(sum('coded'));
    expect(result.overall.sums.mismatched).toBe(sum('mismatched'));
    expect(result.overall.sums.pairable).toBe(2 * 18 * 2);
    // Source 2 has one coded cell (node 2); node 1 adds only its 2 x 8 pairable, uncoded values.
    const cell = result.cells.find((c) => c.source === 2);
    expect(result.bySource[1]?.sums).toEqual({ ...cell?.sums, pairable: 2 * 8 * 2 });
    // One category for both nodes: source 1 has A [0,4), B [0,3) + [5,9); source 2 A [2,6), B [2,6).
    const merged = alphaBinary(input, { coders: ['A', 'B'] }, { categoryOf: () => 'question' });
    expect(merged.byNode.map((n) => n.node)).toEqual(['question']);
    expect(merged.overall.sums).toEqual({ pairable: 36, coded: 4 + 7 + 4 + 4, mismatched: 1 + 4, squaredRuns: 16 + 9 + 16 + 16 + 16 });
  });

  it('has no value where nobody coded, or everybody coded everything', () => {
    expect(alphaBinaryOf({ pairable: 20, coded: 0, mismatched: 0, squaredRuns: 0 }).alpha.value).toBeNull();
    expect(alphaBinaryOf({ pairable: 20, coded: 20, mismatched: 0, squaredRuns: 200 }).alpha.value).toBeNull();
  });

  it('adds up the same sums as a walk over every character', () => {
    fc.assert(
      fc.property(arbitraryInput(), fc.constantFrom(2, 3), (input, m) => {
        const coders = CODERS.slice(0, m);
        for (const cell of alphaBinary(input, { coders, nodes: [...NODES] }).cells) {
          const flags = coders.map((coder) => coverage(input, coder, cell.source, [cell.node]));
          let mismatched = 0;
          flags.forEach((mine, i) => flags.forEach((theirs, j) => {
            if (i !== j) mine.forEach((x, at) => (mismatched += x && !theirs[at] ? 1 : 0));
          }));
          const squares = flags.flatMap(runsFromFlags).reduce((s, r) => s + (r.end - r.start) ** 2, 0);
          const coded = flags.flat().filter(Boolean).length;
          expect(cell.sums.coded).toBe(coded);
          expect(cell.sums.squaredRuns).toBe(squares);
          expect(cell.sums.mismatched).toBeCloseTo(mismatched / (m - 1), 9);
        }
      }),
    );
  });
});
