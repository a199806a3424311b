// Properties every agreement measure must have: identical coding agrees perfectly, the
// figures do not depend on which coder comes first or on where in a source the coding sits,
// and every figure stays within its range.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { characterAgreement } from './character-agreement.ts';
import {
  ALPHA_BINARY_EXPLANATION,
  CHARACTER_AGREEMENT_EXPLANATION,
  CU_ALPHA_EXPLANATION,
  PRESENCE_AGREEMENT_EXPLANATION,
  SEGMENT_AGREEMENT_EXPLANATION,
} from './explanations.ts';
import type { AgreementId, AgreementInput, Figure } from './model.ts';
import { presenceAgreement, presenceAlpha } from './presence-agreement.ts';
import { segmentAgreement } from './segment-agreement.ts';
import { arbitraryInput, copiedCoder, NODES, shifted } from './testing/agreement-arbitraries.ts';
import { alphaBinary } from './unitizing-binary.ts';
import { cuAlpha } from './unitizing-cu.ts';

type Named = [name: string, figure: Figure];

// Every figure of every measure for two coders, by name, in a fixed order.
function allFigures(input: AgreementInput, coders: [AgreementId, AgreementId]): Named[] {
  const selection = { coders, nodes: [...NODES] };
  const out: Named[] = [];
  const [character] = characterAgreement(input, selection);
  for (const row of [...(character?.byNode ?? []), ...(character?.bySource ?? []), ...(character ? [character.overall] : [])]) {
    out.push(['agreement', row.agreement], ['kappa', row.kappa], ['codedAgreement', row.codedAgreement], ['codedKappa', row.codedKappa], ['meanKappa', row.meanKappa]);
  }
  const [segment] = segmentAgreement(input, selection);
  for (const row of [...(segment?.byNode ?? []), ...(segment?.bySource ?? []), ...(segment ? [segment.overall] : [])]) out.push(['agreement', row.agreement]);
  for (const row of [...(segment?.bySource ?? []), ...(segment ? [segment.overall] : [])]) out.push(['bpKappa', row.kappa]);
  const [presence] = presenceAgreement(input, selection);
  for (const row of [...(presence?.byNode ?? []), ...(presence?.bySource ?? []), ...(presence ? [presence.overall] : [])]) {
    out.push(['agreement', row.agreement], ['kappa', row.kappa], ['codedAgreement', row.codedAgreement], ['codedKappa', row.codedKappa]);
  }
  const presenceAlphas = presenceAlpha(input, selection);
  for (const row of [...presenceAlphas.byNode, ...presenceAlphas.bySource, presenceAlphas.overall]) out.push(['alpha', row.alpha]);
  const binary = alphaBinary(input, selection);
  for (const row of [...binary.byNode, ...binary.bySource, binary.overall]) out.push(['alpha', row.alpha]);
  const cu = cuAlpha(input, selection);
  for (const row of [...cu.bySource, cu.overall]) out.push([row.multiCoded > 0 ? 'multiCodedAlpha' : 'alpha', row.alpha]);
  return out;
}

const values = (figures: Named[]): (number | null)[] => figures.map(([, f]) => (f.value === null ? null : Math.round(f.value * 1e9) / 1e9));

describe('agreement measures', () => {
  it('give 1 (or no value) when both coders coded identically', () => {
    fc.assert(
      fc.property(arbitraryInput(), (input) => {
        for (const [name, figure] of allFigures(copiedCoder(input, 'ann', 'ben'), ['ann', 'ben'])) {
          if (name === 'multiCodedAlpha') continue;
          if (figure.value !== null) expect([name, figure.value]).toEqual([name, expect.closeTo(1, 9) as unknown]);
        }
      }),
    );
  });

  it('do not depend on which coder is A', () => {
    fc.assert(
      fc.property(arbitraryInput(), (input) => {
        expect(values(allFigures(input, ['ben', 'ann']))).toEqual(values(allFigures(input, ['ann', 'ben'])));
      }),
    );
  });

  it('do not change when all ranges move by the same amount inside the sources', () => {
    fc.assert(
      fc.property(arbitraryInput(), fc.integer({ min: 1, max: 25 }), (input, move) => {
        // Both inputs have sources 25 code points longer; one has every range moved right.
        const before = allFigures(shifted(input, 0, 25), ['ann', 'ben']);
        const after = allFigures(shifted(input, move, 25), ['ann', 'ben']);
        expect(values(after)).toEqual(values(before));
      }),
    );
  });

  it('stay within their ranges', () => {
    fc.assert(
      fc.property(arbitraryInput(), (input) => {
        for (const [name, { value }] of allFigures(input, ['ann', 'cat'])) {
          if (value === null) continue;
          expect(value).toBeLessThanOrEqual(1 + 1e-9);
          if (name === 'agreement' || name === 'codedAgreement') expect(value).toBeGreaterThanOrEqual(0);
          if (name === 'kappa' || name === 'meanKappa' || name === 'bpKappa') expect(value).toBeGreaterThanOrEqual(-1 - 1e-9);
          if (name === 'codedKappa') expect(value).toBeLessThanOrEqual(1e-9);
        }
      }),
    );
  });
});

describe('explanations', () => {
  it('say for each table how its figures were computed and whose method they follow', () => {
    expect(CHARACTER_AGREEMENT_EXPLANATION).toMatch(/NVivo.*Cohen 1960/s);
    expect(SEGMENT_AGREEMENT_EXPLANATION).toMatch(/MAXQDA.*Brennan and Prediger/s);
    expect(PRESENCE_AGREEMENT_EXPLANATION).toMatch(/MAXQDA.*Krippendorff/s);
    expect(ALPHA_BINARY_EXPLANATION).toMatch(/Krippendorff.*2016.*ATLAS\.ti/s);
    expect(CU_ALPHA_EXPLANATION).toMatch(/Krippendorff.*2016.*ATLAS\.ti/s);
  });
});
