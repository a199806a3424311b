// Krippendorff's cu-alpha (cuα of Krippendorff, Mathet, Bouvry & Widlöcher 2016) on
// hand-worked cases and against coincidences counted character by character.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AgreementCoding, AgreementId, AgreementInput } from './model.ts';
import { arbitraryInput, CODERS, coverage, NODES, runsFromFlags } from './testing/agreement-arbitraries.ts';
import { cuAlpha } from './unitizing-cu.ts';

const coding = (coder: string, node: number, start: number, end: number, source = 1): AgreementCoding => ({ coder, source, node, start, end });

describe('cuAlpha', () => {
  // L = 20. A: node 1 [0,10), node 2 [10,20). B: node 1 [0,8), node 2 [8,20).
  // Coincidences (both orders): [0,8) o_11 += 16; [8,10) o_12 += 2, o_21 += 2; [10,20) o_22 += 20.
  // l* = 40, margins o_1 = 18, o_2 = 22. Self-pairing (each run's length the other coder coded, squared):
  // A 10^2 + 10^2, B 8^2 + 12^2: C_1 = 100 + 64 = 164, C_2 = 100 + 144 = 244, C = 408;
  // l* - C/l* = 29.8. e_11 = (18^2 - 164) / 29.8, e_22 = (22^2 - 244) / 29.8, together 400/29.8.
  // D_o = 40 - 36 = 4, D_e = 40 - 400/29.8; cu-alpha = 1 - 4 / (40 - 400/29.8) = .8495.
  const twoCoders: AgreementInput = {
    sources: [{ id: 1, length: 40 }],
    codings: [coding('A', 1, 0, 10), coding('A', 2, 10, 20), coding('B', 1, 0, 8), coding('B', 2, 8, 20)],
  };

  it('works a two-coder case by hand', () => {
    const result = cuAlpha(twoCoders, { coders: ['A', 'B'] });
    expect(result.overall.pairable).toBe(40);
    expect(result.overall.observed).toBe(4);
    expect(result.overall.alpha.value).toBeCloseTo(1 - 4 / (40 - 400 / 29.8), 12);
    expect(result.bySource[0]?.alpha).toEqual(result.overall.alpha);
  });

  it('ignores text only one coder coded', () => {
    // A also codes node 1 on [25,35), where B coded nothing: no pairs, no self-pairing, same alpha.
    const more = { ...twoCoders, codings: [...twoCoders.codings, coding('A', 1, 25, 35)] };
    expect(cuAlpha(more, { coders: ['A', 'B'] }).overall).toEqual(cuAlpha(twoCoders, { coders: ['A', 'B'] }).overall);
  });

  it('reads the self-pairing term pairwise for three coders', () => {
    // L = 4. A: node 1 [0,2), node 2 [2,4); B: node 1 [0,4); C: node 2 [0,4). Each ordered pair adds 1/2 per character.
    // [0,2): values A 1, B 1, C 2 -> o_11 += 2, o_12 += 2, o_21 += 2. [2,4): A 2, B 1, C 2 -> o_12 += 2, o_21 += 2, o_22 += 2.
    // l* = 12, margins 6 and 6. Self-pairing, sum over other coders of (length they coded)^2 / 2:
    // A's runs (2^2 + 2^2) / 2 = 4 each, B's and C's runs (4^2 + 4^2) / 2 = 16: C_1 = C_2 = 20, C = 40.
    // e_11 = e_22 = (36 - 20) / (12 - 40/12); D_o = 12 - 4 = 8; cu-alpha = 1 - 8 / (12 - 32 / (12 - 40/12)).
    const input: AgreementInput = {
      sources: [{ id: 1, length: 4 }],
      codings: [coding('A', 1, 0, 2), coding('A', 2, 2, 4), coding('B', 1, 0, 4), coding('C', 2, 0, 4)],
    };
    const result = cuAlpha(input, { coders: ['A', 'B', 'C'] });
    expect(result.overall.pairable).toBe(12);
    expect(result.overall.alpha.value).toBeCloseTo(1 - 8 / (12 - 32 / (12 - 40 / 12)), 12);
  });

  it("gives ATLAS.ti's Cu-alpha when nodes are mapped to their questions", () => {
    // Nodes 1 and 2 belong to question Q1, node 3 to Q2. A codes node 1 on [0,10), B node 2 there;
    // both code node 3 on [10,20). Over nodes: o_12 = o_21 = 10, o_33 = 20, l* = 40; self-pairing
    // C_1 = C_2 = 10^2, C_3 = 2 * 10^2, l* - C/l* = 30; e_11 = e_22 = 0, e_33 = (20^2 - 200) / 30;
    // cu-alpha = 1 - 20 / (40 - 200/30) = .4. Over questions they agree everywhere: 1.
    const input: AgreementInput = {
      sources: [{ id: 1, length: 20 }],
      codings: [coding('A', 1, 0, 10), coding('B', 2, 0, 10), coding('A', 3, 10, 20), coding('B', 3, 10, 20)],
    };
    const question = (node: AgreementId): AgreementId => (node === 3 ? 'Q2' : 'Q1');
    expect(cuAlpha(input, { coders: ['A', 'B'] }).overall.alpha.value).toBeCloseTo(1 - 20 / (40 - 200 / 30), 12);
    const byQuestion = cuAlpha(input, { coders: ['A', 'B'] }, { categoryOf: question });
    expect(byQuestion.categories).toEqual(['Q1', 'Q2']);
    expect(byQuestion.overall.alpha.value).toBe(1);
  });

  it('counts characters a coder gave two nodes, and has no value without shared text or variety', () => {
    // A codes nodes 1 and 2 on [0,10), B node 1: 10 multi-coded characters; the double coding disagrees with itself.
    const multi = cuAlpha(
      { sources: [{ id: 1, length: 10 }], codings: [coding('A', 1, 0, 10), coding('A', 2, 0, 10), coding('B', 1, 0, 10)] },
      { coders: ['A', 'B'] },
    );
    expect(multi.overall.multiCoded).toBe(10);
    expect(multi.overall.alpha.value ?? 1).toBeLessThan(1);
    const apart = cuAlpha({ sources: [{ id: 1, length: 10 }], codings: [coding('A', 1, 0, 5), coding('B', 1, 5, 10)] }, { coders: ['A', 'B'] });
    expect(apart.overall.alpha.reason).toContain('never coded the same text');
    const same = cuAlpha({ sources: [{ id: 1, length: 10 }], codings: [coding('A', 1, 0, 5), coding('B', 1, 0, 5)] }, { coders: ['A', 'B'] });
    expect(same.overall.alpha.reason).toContain('Only one node');
  });

  it('equals cu-alpha from coincidences counted character by character', () => {
    fc.assert(
      fc.property(arbitraryInput(), fc.constantFrom(2, 3), (input, m) => {
        const coders = CODERS.slice(0, m);
        const result = cuAlpha(input, { coders, nodes: [...NODES] });
        const reference = referenceCuAlpha(input, coders);
        if (reference === null) expect(result.overall.alpha.value).toBeNull();
        else expect(result.overall.alpha.value).toBeCloseTo(reference, 9);
      }),
    );
  });
});

// cu-alpha over all sources from a walk over every character (null when it has no value).
function referenceCuAlpha(input: AgreementInput, coders: readonly AgreementId[]): number | null {
  const m = coders.length;
  const o = new Map<string, number>();
  const selfPairing = new Map<AgreementId, number>();
  for (const source of input.sources) {
    const flags = coders.map((coder) => NODES.map((node) => coverage(input, coder, source.id, [node])));
    const valued = coders.map((coder) => coverage(input, coder, source.id, [...NODES]));
    for (let x = 0; x < source.length; x++) {
      coders.forEach((_, i) => coders.forEach((__, j) => {
        if (i === j) return;
        NODES.forEach((c, ci) => NODES.forEach((k, ki) => {
          if (flags[i]?.[ci]?.[x] && flags[j]?.[ki]?.[x]) o.set(`${c}-${k}`, (o.get(`${c}-${k}`) ?? 0) + 1 / (m - 1));
        }));
      }));
    }
    coders.forEach((_, i) => NODES.forEach((c, ci) => {
      for (const run of runsFromFlags(flags[i]?.[ci] ?? [])) {
        coders.forEach((__, j) => {
          if (i === j) return;
          let covered = 0;
          for (let x = run.start; x < run.end; x++) if (valued[j]?.[x]) covered++;
          selfPairing.set(c, (selfPairing.get(c) ?? 0) + covered ** 2 / (m - 1));
        });
      }
    }));
  }
  const pairable = [...o.values()].reduce((s, v) => s + v, 0);
  if (pairable === 0) return null;
  const margin = (c: number): number => NODES.reduce((s, k) => s + (o.get(`${c}-${k}`) ?? 0), 0);
  const total = [...selfPairing.values()].reduce((s, v) => s + v, 0);
  const scale = pairable - total / pairable;
  if (!(scale > 0)) return null;
  const expected = pairable - NODES.reduce((s, c) => s + (margin(c) ** 2 - (selfPairing.get(c) ?? 0)) / scale, 0);
  if (expected <= 1e-9 * pairable) return null;
  const observed = pairable - NODES.reduce((s, c) => s + (o.get(`${c}-${c}`) ?? 0), 0);
  return 1 - observed / expected;
}
