// Krippendorff's nominal alpha on his published worked examples.
import { describe, expect, it } from 'vitest';
import { nominalAlpha } from './nominal-alpha.ts';

describe('nominalAlpha', () => {
  it('reproduces the binary example of Krippendorff 2004, pp. 224-226 (as in ATLAS.ti\'s manual): alpha = .095', () => {
    // Ten units, two coders. Coder 1: 1 1 0 0 0 0 0 0 0 0; coder 2: 0 1 1 0 0 1 0 1 0 0.
    // 20 pairable values: n_1 = 2 + 4 = 6, n_0 = 14; four units disagree, so o_01 = o_10 = 4.
    // alpha = 1 - (n - 1) o_01 / (n_0 n_1) = 1 - 19 * 4 / (14 * 6) = 1 - 76/84 = .0952.
    // Expected agreement (14*13 + 6*5) / (20*19) = .558 ("56% = (9.6 + 1.6) / 20" in ATLAS.ti's manual).
    const coder1 = [1, 1, 0, 0, 0, 0, 0, 0, 0, 0];
    const coder2 = [0, 1, 1, 0, 0, 1, 0, 1, 0, 0];
    const result = nominalAlpha(coder1.map((v, u) => [v, coder2[u] ?? null]));
    expect(result.alpha.value).toBeCloseTo(1 - 76 / 84, 12);
    expect(result.alpha.value).toBeCloseTo(0.095, 3);
    expect(1 - result.expectedDisagreement).toBeCloseTo(212 / 380, 12);
    expect(result.observedDisagreement).toBeCloseTo(0.4, 12);
  });

  it('reproduces the two-coder nominal example of Krippendorff 2004, p. 227: alpha = .734', () => {
    // Pairs a-a, a-b, b-b x4, b-c, c-c x5 (12 units, 24 values): n_a = 3, n_b = 10, n_c = 11;
    // disagreements 2 units, o_ab = o_bc = 1 each way.
    // alpha = 1 - 23 * (1 + 1) / (3*10 + 3*11 + 10*11) = 1 - 46 / 173 = .734.
    const pairs = ['aa', 'ab', 'bb', 'bb', 'bb', 'bb', 'bc', 'cc', 'cc', 'cc', 'cc', 'cc'];
    const result = nominalAlpha(pairs.map((p) => [p[0] ?? null, p[1] ?? null]));
    expect(result.alpha.value).toBeCloseTo(1 - 46 / 173, 12);
    expect(result.alpha.value).toBeCloseTo(0.734, 3);
  });

  it('reproduces the example with four coders and missing values of Krippendorff 2004, p. 230, and 2011, section C: alpha = .743', () => {
    // 12 units, coders A-D, null where a coder gave no value; unit 12 has a single value and is not pairable.
    // 40 pairable values; Krippendorff reports D_o, D_e and alpha = .743.
    const units = [
      ['B', 'B', null, 'B'],
      ['L', 'L', 'P', 'L'],
      ['P', 'P', 'P', 'P'],
      ['P', 'P', 'P', 'P'],
      ['L', 'L', 'L', 'L'],
      ['B', 'L', 'P', 'C'],
      ['C', 'C', 'C', 'C'],
      ['B', 'B', 'L', 'B'],
      ['L', 'L', 'L', 'L'],
      [null, 'F', 'F', 'F'],
      [null, null, 'B', 'B'],
      [null, null, 'P', null],
    ];
    const result = nominalAlpha(units);
    expect(result.pairableValues).toBe(40);
    expect(result.alpha.value).toBeCloseTo(0.743, 3);
  });

  it('is 1 for identical values that vary, and undefined without variation or pairs', () => {
    expect(nominalAlpha([[1, 1], [0, 0], [1, 1]]).alpha.value).toBe(1);
    expect(nominalAlpha([[1, 1], [1, 1]]).alpha.reason).toContain('same');
    expect(nominalAlpha([[1, null], [null, 0]]).alpha.reason).toContain('two coders');
  });
});
