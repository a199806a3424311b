// Character-level agreement (NVivo's coding comparison) on hand-worked and published cases,
// and against a character-by-character count.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { characterAgreement } from './character-agreement.ts';
import type { AgreementCoding, AgreementInput } from './model.ts';
import { arbitraryInput, CODERS, coverage, NODES } from './testing/agreement-arbitraries.ts';

const coding = (coder: string, start: number, end: number, node = 1, source = 1): AgreementCoding => ({ coder, source, node, start, end });

describe('characterAgreement', () => {
  it("works NVivo's documented example: 1000 characters, 50 coded by both, 150 by one of them", () => {
    // A codes [0, 150), B codes [100, 200): both 50, only A 100, only B 50, neither 800.
    // Agreement (50 + 800) / 1000 = .85; p_e = .15 * .10 + .85 * .90 = .78; kappa = .07 / .22 = .318.
    const input: AgreementInput = { sources: [{ id: 1, length: 1000 }], codings: [coding('A', 0, 150), coding('B', 100, 200)] };
    const [pair] = characterAgreement(input, { coders: ['A', 'B'] });
    expect(pair?.cells).toHaveLength(1);
    expect(pair?.overall.counts).toEqual({ both: 50, onlyA: 100, onlyB: 50, neither: 800 });
    expect(pair?.overall.agreement.value).toBeCloseTo(0.85, 12);
    expect(pair?.overall.kappa.value).toBeCloseTo(0.07 / 0.22, 12);
    expect(pair?.overall.codedAgreement.value).toBeCloseTo(50 / 200, 12);
  });

  it("reproduces Cohen's kappa on the digitized example A of Krippendorff 1995, p. 57 (Bertha and Bill): .385", () => {
    // 24 characters. Bertha codes [2, 10) and [14, 20); Bill codes [4, 8) and [15, 17).
    // both 4 + 2 = 6, only Bertha 14 - 6 = 8, only Bill 0, neither 10. p_o = 16/24;
    // p_e = (14*6 + 10*18) / 24^2 = 264/576; kappa = (384 - 264) / (576 - 264) = 120/312 = .385.
    const input: AgreementInput = {
      sources: [{ id: 1, length: 24 }],
      codings: [coding('Bertha', 2, 10), coding('Bertha', 14, 20), coding('Bill', 4, 8), coding('Bill', 15, 17)],
    };
    const [pair] = characterAgreement(input, { coders: ['Bertha', 'Bill'] });
    expect(pair?.overall.counts).toEqual({ both: 6, onlyA: 8, onlyB: 0, neither: 10 });
    expect(pair?.overall.kappa.value).toBeCloseTo(120 / 312, 12);
    expect(pair?.overall.kappa.value).toBeCloseTo(0.385, 3);
    // Bill's coding lies inside Bertha's: on the coded characters kappa is 0 (b*c = 0).
    expect(pair?.overall.codedKappa.value).toBe(0);
  });

  it("reproduces Cohen's kappa on the digitized example C of Krippendorff 1995, p. 57 (Gerret and Gill): .314", () => {
    // both 10, only Gerret 4, only Gill 4, neither 6: p_o = 16/24, p_e = (14*14 + 10*10) / 576 = 296/576;
    // kappa = (384 - 296) / (576 - 296) = 88/280 = .314.
    const gerret = [[2, 8], [10, 12], [14, 18], [20, 22]] as const;
    const gill = [[0, 2], [4, 8], [10, 14], [16, 18], [20, 22]] as const;
    const input: AgreementInput = {
      sources: [{ id: 1, length: 24 }],
      codings: [...gerret.map(([s, e]) => coding('Gerret', s, e)), ...gill.map(([s, e]) => coding('Gill', s, e))],
    };
    const [pair] = characterAgreement(input, { coders: ['Gerret', 'Gill'] });
    expect(pair?.overall.counts).toEqual({ both: 10, onlyA: 4, onlyB: 4, neither: 6 });
    expect(pair?.overall.kappa.value).toBeCloseTo(88 / 280, 12);
  });

  it("counts a coder's overlapping codings at one node once", () => {
    // A codes [0, 6) and [4, 10) (union [0, 10)), B codes [0, 10): complete agreement on 20 characters.
    const input: AgreementInput = { sources: [{ id: 1, length: 20 }], codings: [coding('A', 0, 6), coding('A', 4, 10), coding('B', 0, 10)] };
    const [pair] = characterAgreement(input, { coders: ['A', 'B'] });
    expect(pair?.overall.counts).toEqual({ both: 10, onlyA: 0, onlyB: 0, neither: 10 });
    expect(pair?.overall.kappa.value).toBe(1);
  });

  it('pools cells by adding characters, and gives the source-size-weighted mean kappa beside it', () => {
    // Source 1 (10 chars), node 1: A [0, 5), B [0, 5): kappa 1.
    // Source 2 (30 chars), node 1: A [0, 10), B [5, 15): both 5, only A 5, only B 5, neither 15;
    //   p_o = 20/30, p_e = (10*10 + 20*20) / 900 = 500/900, kappa = (600 - 500) / (900 - 500) = .25.
    // Pooled: both 10, only A 5, only B 5, neither 20 (40 chars): p_o = 30/40,
    //   p_e = (15*15 + 25*25) / 1600 = 850/1600, kappa = (1200 - 850) / (1600 - 850) = 350/750.
    // Mean kappa weighted by source length: (10 * 1 + 30 * .25) / 40 = 17.5/40.
    const input: AgreementInput = {
      sources: [{ id: 1, length: 10 }, { id: 2, length: 30 }],
      codings: [coding('A', 0, 5, 1, 1), coding('B', 0, 5, 1, 1), coding('A', 0, 10, 1, 2), coding('B', 5, 15, 1, 2)],
    };
    const [pair] = characterAgreement(input, { coders: ['A', 'B'] });
    expect(pair?.cells.map((c) => c.kappa.value)).toEqual([1, 0.25]);
    expect(pair?.overall.agreement.value).toBeCloseTo(30 / 40, 12);
    expect(pair?.overall.kappa.value).toBeCloseTo(350 / 750, 12);
    expect(pair?.overall.meanKappa.value).toBeCloseTo(17.5 / 40, 12);
    expect(pair?.byNode[0]?.characters).toBe(40);
    expect(pair?.bySource.map((s) => s.kappa.value)).toEqual([1, 0.25]);
  });

  it('counts a node neither coder used as full agreement on its characters, with no kappa', () => {
    // Nodes 1 and 2 in a 10-char source; only node 1 is coded (both [0, 5)).
    // Node 2: neither 10, kappa 0/0. Source pools both nodes: both 5, neither 15.
    const input: AgreementInput = { sources: [{ id: 1, length: 10 }], codings: [coding('A', 0, 5), coding('B', 0, 5)] };
    const [pair] = characterAgreement(input, { coders: ['A', 'B'], nodes: [1, 2] });
    expect(pair?.cells).toHaveLength(1);
    const node2 = pair?.byNode.find((n) => n.node === 2);
    expect(node2?.agreement.value).toBe(1);
    expect(node2?.kappa.value).toBeNull();
    expect(pair?.bySource[0]?.counts).toEqual({ both: 5, onlyA: 0, onlyB: 0, neither: 15 });
  });

  it('compares every pair of three coders and keeps only the chosen coders, sources and nodes', () => {
    const input: AgreementInput = {
      sources: [{ id: 1, length: 10 }, { id: 2, length: 10 }],
      codings: [coding('A', 0, 5), coding('B', 0, 5), coding('C', 5, 10), coding('D', 0, 10), coding('A', 0, 5, 2), coding('A', 0, 5, 1, 2)],
    };
    const pairs = characterAgreement(input, { coders: ['A', 'B', 'C'], sources: [1], nodes: [1] });
    expect(pairs.map((p) => [p.coderA, p.coderB])).toEqual([['A', 'B'], ['A', 'C'], ['B', 'C']]);
    expect(pairs[0]?.overall.characters).toBe(10);
    expect(pairs[1]?.overall.counts).toEqual({ both: 0, onlyA: 5, onlyB: 5, neither: 0 });
  });

  it('refuses fewer than two coders, unknown sources and ranges outside a source', () => {
    const input: AgreementInput = { sources: [{ id: 1, length: 10 }], codings: [coding('A', 0, 11)] };
    expect(() => characterAgreement({ ...input, codings: [] }, { coders: ['A', 'A'] })).toThrow(/two different coders/);
    expect(() => characterAgreement({ ...input, codings: [] }, { coders: ['A', 'B'], sources: [2] })).toThrow(/not in the input/);
    expect(() => characterAgreement(input, { coders: ['A', 'B'] })).toThrow(RangeError);
  });

  it('counts the same tables as a walk over every character', () => {
    fc.assert(
      fc.property(arbitraryInput(), (input) => {
        const pairs = characterAgreement(input, { coders: [...CODERS], nodes: [...NODES] });
        for (const pair of pairs) {
          for (const cell of pair.cells) {
            const a = coverage(input, pair.coderA, cell.source, [cell.node]);
            const b = coverage(input, pair.coderB, cell.source, [cell.node]);
            const counts = { both: 0, onlyA: 0, onlyB: 0, neither: 0 };
            a.forEach((x, i) => {
              if (x && b[i]) counts.both++;
              else if (x) counts.onlyA++;
              else if (b[i]) counts.onlyB++;
              else counts.neither++;
            });
            expect(cell.counts).toEqual(counts);
          }
          const total = pair.overall.counts;
          const characters = input.sources.reduce((sum, s) => sum + s.length, 0) * NODES.length;
          expect(total.both + total.onlyA + total.onlyB + total.neither).toBe(characters);
        }
      }),
    );
  });
});
