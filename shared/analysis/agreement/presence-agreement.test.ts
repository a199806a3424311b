// Agreement on whether a node is present in a source (MAXQDA's code existence).
import { describe, expect, it } from 'vitest';
import type { AgreementCoding, AgreementInput } from './model.ts';
import { presenceAgreement, presenceAlpha } from './presence-agreement.ts';

const coding = (coder: string, node: number, source: number): AgreementCoding => ({ coder, source, node, start: 0, end: 1 });

// Three sources x two nodes. Presence (A / B):
//   source 1: node 1 yes/yes, node 2 yes/no
//   source 2: node 1 yes/yes, node 2 no/no
//   source 3: node 1 no/yes,  node 2 no/no
const input: AgreementInput = {
  sources: [1, 2, 3].map((id) => ({ id, length: 5 })),
  codings: [coding('A', 1, 1), coding('B', 1, 1), coding('A', 2, 1), coding('A', 1, 2), coding('B', 1, 2), coding('B', 1, 3)],
};

describe('presenceAgreement', () => {
  it('tabulates the source x node cells for a pair of coders', () => {
    // Overall: both 2, only A 1, only B 1, neither 2 (6 cells): agreement 4/6.
    // p_e = (3*3 + 3*3) / 36 = 1/2, kappa = (4/6 - 1/2) / (1/2) = 1/3.
    // Node 1 over the sources: both 2, only B 1: agreement 2/3. B finds it in every source, so
    // p_e = (2*3 + 1*0) / 9 = 2/3 and kappa = (2/3 - 2/3) / (1 - 2/3) = 0.
    const [pair] = presenceAgreement(input, { coders: ['A', 'B'] });
    expect(pair?.overall.counts).toEqual({ both: 2, onlyA: 1, onlyB: 1, neither: 2 });
    expect(pair?.overall.agreement.value).toBeCloseTo(4 / 6, 12);
    expect(pair?.overall.kappa.value).toBeCloseTo(1 / 3, 12);
    expect(pair?.overall.codedAgreement.value).toBeCloseTo(2 / 4, 12);
    expect(pair?.byNode[0]?.counts).toEqual({ both: 2, onlyA: 0, onlyB: 1, neither: 0 });
    expect(pair?.byNode[0]?.kappa.value).toBeCloseTo(0, 12);
    expect(pair?.bySource.map((s) => s.agreement.value)).toEqual([0.5, 1, 0.5]);
  });

  it("gives Krippendorff's alpha over all coders on the same cells", () => {
    // 12 values, n_1 = 6, n_0 = 6; two cells disagree (o_01 = 2):
    // alpha = 1 - 11 * 2 / (6 * 6) = 1 - 22/36.
    const alpha = presenceAlpha(input, { coders: ['A', 'B'] });
    expect(alpha.overall.alpha.value).toBeCloseTo(1 - 22 / 36, 12);
    expect(alpha.byNode).toHaveLength(2);
    expect(alpha.bySource).toHaveLength(3);
  });
});
