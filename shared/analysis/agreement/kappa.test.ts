// Cohen's kappa and Brennan and Prediger's kappa on published tables, and the two-by-two
// figures against their closed forms.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { binaryFigures, brennanPredigerKappa, cohenKappa } from './kappa.ts';
import { known } from './model.ts';

describe('cohenKappa', () => {
  it("reproduces Cohen's (1960) second example, p. 45: p_o = .70, p_e = .41, kappa = .492", () => {
    // 200 units in three categories. Row sums 120, 60, 20; column sums 100, 60, 40.
    // p_o = (88 + 40 + 12) / 200 = .70; p_e = (120*100 + 60*60 + 20*40) / 200^2 = 16400 / 40000 = .41;
    // kappa = (.70 - .41) / (1 - .41) = .29 / .59 = .4915.
    const kappa = cohenKappa([
      [88, 14, 18],
      [10, 40, 10],
      [2, 6, 12],
    ]);
    expect(kappa.value).toBeCloseTo(0.29 / 0.59, 12);
    expect(kappa.value).toBeCloseTo(0.492, 3);
  });

  it("gives a negative kappa on Cohen's (1960) first example, p. 37 (p_o = .29 below p_e = .35)", () => {
    // Rows 40, 30, 30; columns 50, 30, 20 (n = 100): p_e = (40*50 + 30*30 + 30*20) / 10000 = .35.
    const kappa = cohenKappa([
      [25, 12, 3],
      [13, 2, 15],
      [12, 16, 2],
    ]);
    expect(kappa.value).toBeCloseTo((0.29 - 0.35) / (1 - 0.35), 12);
  });

  it("reproduces Brennan and Prediger's (1981) first example, p. 689: kappa = .27, kappa_n = .40", () => {
    // Proportions x 100. p_o = (50 + 10 + 0) / 100 = .60. Rows 50, 30, 20; columns 80, 10, 10:
    // p_e = (50*80 + 30*10 + 20*10) / 10000 = .45, so Cohen's kappa = .15 / .55 = .2727.
    // With the chance term 1/k for k = 3: kappa_n = (.60 - 1/3) / (2/3) = .40.
    const table = [
      [50, 0, 0],
      [10, 10, 10],
      [20, 0, 0],
    ];
    expect(cohenKappa(table).value).toBeCloseTo(0.15 / 0.55, 12);
    expect(brennanPredigerKappa(known(0.6), 3).value).toBeCloseTo(0.4, 12);
  });

  it('is 0/0, with a reason, when both coders use one and the same category for every unit', () => {
    expect(cohenKappa([
      [0, 0],
      [0, 7],
    ])).toEqual({ value: null, reason: expect.stringContaining('0/0') as unknown });
    expect(cohenKappa([
      [0, 0],
      [0, 0],
    ]).value).toBeNull();
  });

  it('equals the closed form 2(ad - bc) / ((a + b)(b + d) + (a + c)(c + d)) on random 2 x 2 tables', () => {
    fc.assert(
      fc.property(fc.nat(1000), fc.nat(1000), fc.nat(1000), fc.nat(1000), (a, b, c, d) => {
        const kappa = cohenKappa([
          [a, b],
          [c, d],
        ]);
        const denominator = (a + b) * (b + d) + (a + c) * (c + d);
        if (denominator === 0) expect(kappa.value).toBeNull();
        else expect(kappa.value).toBeCloseTo((2 * (a * d - b * c)) / denominator, 9);
      }),
    );
  });
});

describe('brennanPredigerKappa', () => {
  it('has no value with fewer than two codes, and passes on an unknown agreement', () => {
    expect(brennanPredigerKappa(known(0.5), 1).value).toBeNull();
    expect(brennanPredigerKappa({ value: null, reason: 'none' }, 4)).toEqual({ value: null, reason: 'none' });
  });

  it('lies between -1/(k - 1) and 1', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 2, max: 50 }), (po, k) => {
        const value = brennanPredigerKappa(known(po), k).value ?? Number.NaN;
        expect(value).toBeGreaterThanOrEqual(-1 / (k - 1) - 1e-12);
        expect(value).toBeLessThanOrEqual(1 + 1e-12);
      }),
    );
  });
});

describe('binaryFigures', () => {
  it("works NVivo's documented example: 1000 characters, 50 coded by both, 150 by one, 800 by neither", () => {
    // Agreement (800 + 50) / 1000 = 85%. With A coding 100 of the 150 alone: p_A = .15, p_B = .10,
    // p_e = .15*.10 + .85*.90 = .78, kappa = (.85 - .78) / (1 - .78) = .3182.
    const figures = binaryFigures({ both: 50, onlyA: 100, onlyB: 50, neither: 800 });
    expect(figures.agreement.value).toBeCloseTo(0.85, 12);
    expect(figures.kappa.value).toBeCloseTo(0.07 / 0.22, 12);
    // Over the 200 coded characters: 50 / 200 = 25%.
    expect(figures.codedAgreement.value).toBeCloseTo(0.25, 12);
  });

  it('gives, on the coded units only, kappa = -2bc / (b^2 + c^2 + a(b + c)), never above 0', () => {
    fc.assert(
      fc.property(fc.nat(500), fc.nat(500), fc.nat(500), fc.nat(500), (a, b, c, d) => {
        const { codedKappa } = binaryFigures({ both: a, onlyA: b, onlyB: c, neither: d });
        const denominator = b * b + c * c + a * (b + c);
        if (denominator === 0) expect(codedKappa.value).toBeNull();
        else {
          expect(codedKappa.value).toBeCloseTo((-2 * b * c) / denominator, 9);
          expect(codedKappa.value ?? 1).toBeLessThanOrEqual(1e-12);
        }
      }),
    );
  });

  it('says why the coded-only kappa is missing', () => {
    expect(binaryFigures({ both: 5, onlyA: 0, onlyB: 0, neither: 9 }).codedKappa.reason).toContain('exactly the same');
    expect(binaryFigures({ both: 0, onlyA: 0, onlyB: 0, neither: 9 }).codedKappa.reason).toContain('Neither coder');
  });
});
