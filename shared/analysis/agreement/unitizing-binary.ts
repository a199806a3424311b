// Krippendorff's alpha-binary (|uα) per node: how reliably coders tell the text that belongs
// to a node from the text that does not, on the continuum of the text itself. It is the
// coefficient ATLAS.ti reports as "alpha binary" for each code.
//
// Source: Krippendorff, Mathet, Bouvry & Widlöcher 2016, "On the reliability of unitizing
// textual continua: further developments", Quality & Quantity 50: 2347-2364: eqs. 1-4 (the
// observed and expected coincidences of unitized continua) and section 5.2 (|uα, eq. 6); the
// same family is in Krippendorff 2019, Content Analysis, 4th ed., section 12.6 (|uα in
// 12.6.4). Earlier forms of unitizing alpha: Krippendorff 1995, "On the reliability of
// unitizing contiguous data", Sociological Methodology 25: 47-76, and Krippendorff 2004,
// Content Analysis, 2nd ed., chapter 11 (worked example on p. 254).
//
// For one node, each of m coders splits a source of L characters into the runs it coded at
// the node (value 1) and the gaps between them (value 0). Every character of coder i is
// paired with the same character of every other coder j, weighted 1/(m - 1):
//   l.. = m L pairable values,  l_1 = coded characters summed over coders,  l_0 = l.. - l_1,
//   o_10 = o_01 = sum over ordered pairs (i, j) of |coded by i, not by j| / (m - 1).
// Expected coincidences remove each unit's pairing with itself: a coded run of length l
// removes l^2, while gaps, not being units anyone chose, count each character as a unit of
// its own and remove their length (eq. 4):
//   S = sum of l^2 over coded runs + l_0,   e_10 = e_01 = l_0 l_1 / (l.. - S / l..),
//   |uα = 1 - (o_10 + o_01) / (e_10 + e_01).
// Sources are laid end to end into one continuum, so per-node, per-source and overall
// figures add the cells' coincidences (units never cross a source, and a gap's term is its
// length, so joining gaps at source boundaries changes nothing); the overall figure lays
// every node's copy of the sources end to end.

import { known, unknown } from './model.ts';
import type { AgreementId, AgreementInput, AgreementSelection, Figure } from './model.ts';
import { prepareAgreement, runsLength, runsOf, sharedLength } from './prepare.ts';
import type { CategoryOf, PreparedAgreement, PreparedSource } from './prepare.ts';

// The sums alpha-binary is computed from (they add up across cells).
export interface BinaryUnitizingSums {
  // l..: characters times coders
  readonly pairable: number;
  // l_1: characters coded at the node, summed over coders
  readonly coded: number;
  // o_10: coincidences of "coded" by one coder with "not coded" by another
  readonly mismatched: number;
  // sum of l^2 over the coders' coded runs
  readonly squaredRuns: number;
}

export interface AlphaBinary {
  readonly sums: BinaryUnitizingSums;
  // o_10 + o_01
  readonly observed: number;
  // e_10 + e_01
  readonly expected: number;
  readonly alpha: Figure;
}

export interface AlphaBinaryResult {
  readonly coders: readonly AgreementId[];
  // nodes in sources where at least one coder coded
  readonly cells: readonly (AlphaBinary & { readonly node: AgreementId; readonly source: AgreementId })[];
  readonly byNode: readonly (AlphaBinary & { readonly node: AgreementId })[];
  readonly bySource: readonly (AlphaBinary & { readonly source: AgreementId })[];
  readonly overall: AlphaBinary;
}

const NO_SUMS: BinaryUnitizingSums = { pairable: 0, coded: 0, mismatched: 0, squaredRuns: 0 };

const addSums = (a: BinaryUnitizingSums, b: BinaryUnitizingSums): BinaryUnitizingSums => ({
  pairable: a.pairable + b.pairable,
  coded: a.coded + b.coded,
  mismatched: a.mismatched + b.mismatched,
  squaredRuns: a.squaredRuns + b.squaredRuns,
});

// Alpha-binary from its sums.
export function alphaBinaryOf(sums: BinaryUnitizingSums): AlphaBinary {
  const { pairable, coded, mismatched, squaredRuns } = sums;
  const uncoded = pairable - coded;
  const observed = 2 * mismatched;
  if (coded === 0) return { sums, observed, expected: 0, alpha: unknown('No coder coded anything at this node here.') };
  if (uncoded === 0) return { sums, observed, expected: 0, alpha: unknown('Every coder coded all of the text at this node: nothing is left to tell apart.') };
  const selfPairing = squaredRuns + uncoded;
  const expected = (2 * uncoded * coded) / (pairable - selfPairing / pairable);
  return { sums, observed, expected, alpha: known(1 - observed / expected) };
}

// The sums of one node (or category) in one source, over all the chosen coders.
function cellSums(source: PreparedSource, node: AgreementId, coders: readonly AgreementId[]): BinaryUnitizingSums {
  const runs = coders.map((coder) => runsOf(source, node, coder));
  const lengths = runs.map(runsLength);
  let coded = 0;
  let squaredRuns = 0;
  runs.forEach((list, i) => {
    coded += lengths[i] ?? 0;
    for (const run of list) squaredRuns += (run.end - run.start) ** 2;
  });
  // sum over ordered pairs of |coded by i, not by j| = sum over i < j of (a_i + a_j - 2 shared)
  let notShared = 0;
  for (let i = 0; i < runs.length; i++) {
    for (let j = i + 1; j < runs.length; j++) {
      notShared += (lengths[i] ?? 0) + (lengths[j] ?? 0) - 2 * sharedLength(runs[i] ?? [], runs[j] ?? []);
    }
  }
  return { pairable: coders.length * source.length, coded, mismatched: notShared / (coders.length - 1), squaredRuns };
}

// A cell no coder coded in adds only its pairable values (coders times the source's length),
// so those are counted up front and only the cells with codings are visited.
function tabulate(prepared: PreparedAgreement): AlphaBinaryResult {
  const m = prepared.coders.length;
  const totalLength = prepared.sources.reduce((sum, source) => sum + source.length, 0);
  const uncodedCell = (pairable: number): BinaryUnitizingSums => ({ ...NO_SUMS, pairable });
  const byNode = new Map<AgreementId, BinaryUnitizingSums>(prepared.nodes.map((node) => [node, uncodedCell(m * totalLength)]));
  const cells: (AlphaBinary & { node: AgreementId; source: AgreementId })[] = [];
  const bySource: (AlphaBinary & { source: AgreementId })[] = [];
  let overall = uncodedCell(m * totalLength * prepared.nodes.length);
  for (const source of prepared.sources) {
    let sourceSums = uncodedCell(m * source.length * prepared.nodes.length);
    for (const node of prepared.nodes) {
      if (!source.runs.has(node)) continue;
      const sums = cellSums(source, node, prepared.coders);
      if (sums.coded > 0) cells.push({ ...alphaBinaryOf(sums), node, source: source.id });
      const coded = { ...sums, pairable: 0 };
      byNode.set(node, addSums(byNode.get(node) ?? NO_SUMS, coded));
      sourceSums = addSums(sourceSums, coded);
      overall = addSums(overall, coded);
    }
    bySource.push({ ...alphaBinaryOf(sourceSums), source: source.id });
  }
  return {
    coders: prepared.coders,
    cells,
    byNode: [...byNode].map(([node, sums]) => ({ ...alphaBinaryOf(sums), node })),
    bySource,
    overall: alphaBinaryOf(overall),
  };
}

// Krippendorff's alpha-binary per node, per source and overall, over all the chosen coders.
// With categoryOf, nodes are first merged into categories (e.g. a question's nodes into the
// question, giving the alpha-binary of a semantic domain).
export function alphaBinary(input: AgreementInput, selection: AgreementSelection, options: { readonly categoryOf?: CategoryOf } = {}): AlphaBinaryResult {
  return tabulate(prepareAgreement(input, selection, options.categoryOf));
}

// Alpha-binary of input already prepared (so several measures can share one preparation).
export const alphaBinaryOfPrepared = tabulate;
