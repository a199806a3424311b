// Chance-corrected agreement of two coders on a table of counts.
//
// Cohen's kappa (Cohen 1960, "A coefficient of agreement for nominal scales", Educational
// and Psychological Measurement 20: 37-46): with n units, p_o the share on the diagonal and
// p_e the chance agreement from the two coders' own marginals,
//   p_o = sum_k n_kk / n,  p_e = sum_k (n_k. / n) (n_.k / n),  kappa = (p_o - p_e) / (1 - p_e).
// Brennan and Prediger's kappa (Brennan & Prediger 1981, "Coefficient kappa: some uses,
// misuses, and alternatives", Educational and Psychological Measurement 41: 687-699, their
// kappa_n for free marginals) replaces p_e by 1/k for k categories open to every unit:
//   kappa_n = (p_o - 1/k) / (1 - 1/k).

import { known, share, unknown } from './model.ts';
import type { Figure } from './model.ts';

// A two-by-two table of two coders A and B, in units (characters, or source x node cells).
export interface BinaryCounts {
  readonly both: number;
  readonly onlyA: number;
  readonly onlyB: number;
  readonly neither: number;
}

// The figures of a two-by-two table, over all units and over the units at least one coder marked.
export interface BinaryFigures {
  readonly counts: BinaryCounts;
  // (both + neither) / all units
  readonly agreement: Figure;
  // Cohen's kappa over all units
  readonly kappa: Figure;
  // both / (both + onlyA + onlyB): the units at least one coder marked, on which both did
  readonly codedAgreement: Figure;
  // Cohen's kappa over the units at least one coder marked (see binaryFigures)
  readonly codedKappa: Figure;
}

export const NO_COUNTS: BinaryCounts = { both: 0, onlyA: 0, onlyB: 0, neither: 0 };

// Adds two two-by-two tables cell by cell.
export function addCounts(a: BinaryCounts, b: BinaryCounts): BinaryCounts {
  return { both: a.both + b.both, onlyA: a.onlyA + b.onlyA, onlyB: a.onlyB + b.onlyB, neither: a.neither + b.neither };
}

// Cohen's kappa of a square table of counts: rows are coder A's categories, columns coder B's.
export function cohenKappa(table: readonly (readonly number[])[]): Figure {
  const size = table.length;
  const rows = table.map((row) => row.reduce((sum, count) => sum + count, 0));
  const columns = Array.from({ length: size }, (_, k) => table.reduce((sum, row) => sum + (row[k] ?? 0), 0));
  const n = rows.reduce((sum, count) => sum + count, 0);
  if (n === 0) return unknown('There is nothing to compare: the table is empty.');
  // p_e = 1 exactly when both coders put every unit in one and the same category.
  if (rows.some((count, k) => count === n && columns[k] === n)) {
    return unknown('Chance agreement is 100%: both coders put every unit in the same single category, so kappa is 0/0.');
  }
  // In counts, kappa = (n * diagonal - sum_k n_k. n_.k) / (n^2 - sum_k n_k. n_.k): exact for small tables.
  const diagonal = table.reduce((sum, row, k) => sum + (row[k] ?? 0), 0);
  const chance = rows.reduce((sum, count, k) => sum + count * (columns[k] ?? 0), 0);
  return known((n * diagonal - chance) / (n * n - chance));
}

// Brennan and Prediger's kappa of an observed agreement among k equally available categories.
export function brennanPredigerKappa(observed: Figure, categories: number): Figure {
  if (observed.value === null) return observed;
  if (categories < 2) return unknown('The chance term 1/k needs at least two codes in the table; with one code it is 1 and kappa is 0/0.');
  const chance = 1 / categories;
  return known((observed.value - chance) / (1 - chance));
}

// Percentage agreement and Cohen's kappa of a two-by-two table, over all units and over the
// units at least one coder marked.
//
// Over only the marked units the "neither" cell is empty by construction, and Cohen's kappa
// then measures nothing useful: with a = both, b = onlyA, c = onlyB it reduces to
//   kappa = -2bc / (b^2 + c^2 + a(b + c)),
// which is 0 when one coder's marks contain the other's and negative otherwise; it can never
// be positive, however well the coders agree. It is undefined (0/0) when both marked exactly
// the same units; we then report null with that reason rather than invent a 1. The share of
// the marked units that both marked (both / (a + b + c), the Jaccard index) is the figure to
// read there.
export function binaryFigures(counts: BinaryCounts): BinaryFigures {
  const { both, onlyA, onlyB, neither } = counts;
  const all = both + onlyA + onlyB + neither;
  const marked = both + onlyA + onlyB;
  const codedKappa =
    marked > 0 && onlyA === 0 && onlyB === 0
      ? unknown('Both coders coded exactly the same text: with no text left that neither coded, kappa is 0/0.')
      : cohenKappa([
          [both, onlyA],
          [onlyB, 0],
        ]);
  return {
    counts,
    agreement: share(both + neither, all, 'There is no text to compare.'),
    kappa: cohenKappa([
      [both, onlyA],
      [onlyB, neither],
    ]),
    codedAgreement: share(both, marked, 'Neither coder coded anything here.'),
    codedKappa: marked > 0 ? codedKappa : unknown('Neither coder coded anything here.'),
  };
}
