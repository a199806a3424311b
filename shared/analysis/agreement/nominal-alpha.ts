// Krippendorff's alpha for nominal values on predefined units, any number of coders, missing
// values allowed (Krippendorff 2011, "Computing Krippendorff's alpha-reliability", Annenberg
// School for Communication, sections A-C; Krippendorff 2004, Content Analysis: An
// Introduction to Its Methodology, 2nd ed., chapter 11, with worked examples on pp. 224-230).
//
// Each unit u with m_u >= 2 values contributes its pairs of values to the coincidence
// matrix, every ordered pair of values from different coders weighted 1/(m_u - 1); n_c is
// how often value c was paired, n the number of pairable values. Then
//   alpha = 1 - D_o / D_e = 1 - (n - 1) * sum_{c != k} o_ck / sum_{c != k} n_c n_k.
// It is undefined when no unit has two values, or when every pairable value is the same
// (there is no variation to be reliable about).

import { known, unknown } from './model.ts';
import type { Figure } from './model.ts';

// A coder's value for a unit, or null when it gave none.
export type NominalValue = string | number | boolean | null;

export interface NominalAlpha {
  readonly alpha: Figure;
  // values in units with at least two values (n)
  readonly pairableValues: number;
  // D_o: the share of pairable value pairs that disagree
  readonly observedDisagreement: number;
  // D_e: the share that would disagree if the same values were paired by chance
  readonly expectedDisagreement: number;
}

// Krippendorff's nominal alpha of units, each listing one value (or null) per coder.
export function nominalAlpha(units: readonly (readonly NominalValue[])[]): NominalAlpha {
  const totals = new Map<NominalValue, number>();
  let pairable = 0;
  let observed = 0;
  for (const unit of units) {
    const counts = new Map<NominalValue, number>();
    for (const value of unit) if (value !== null) counts.set(value, (counts.get(value) ?? 0) + 1);
    let size = 0;
    let sameSquares = 0;
    for (const count of counts.values()) {
      size += count;
      sameSquares += count * count;
    }
    if (size < 2) continue;
    pairable += size;
    // sum over c != k of n_cu n_ku / (m_u - 1)
    observed += (size * size - sameSquares) / (size - 1);
    for (const [value, count] of counts) totals.set(value, (totals.get(value) ?? 0) + count);
  }
  let totalSquares = 0;
  for (const count of totals.values()) totalSquares += count * count;
  const observedDisagreement = pairable > 0 ? observed / pairable : 0;
  const expectedDisagreement = pairable > 1 ? (pairable * pairable - totalSquares) / (pairable * (pairable - 1)) : 0;
  let alpha: Figure;
  if (pairable === 0) alpha = unknown('No unit has values from two coders.');
  else if (expectedDisagreement === 0) alpha = unknown('Every value given is the same, so there is no variation to agree on.');
  else alpha = known(1 - observedDisagreement / expectedDisagreement);
  return { alpha, pairableValues: pairable, observedDisagreement, expectedDisagreement };
}
