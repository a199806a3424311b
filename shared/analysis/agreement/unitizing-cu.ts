// Krippendorff's cu-alpha (cuα): how reliably coders tell the nodes apart on the text they
// all took to be relevant, ignoring the text one of them left uncoded. With nodes as the
// categories it is what ATLAS.ti reports as cu-alpha for a semantic domain (pass that
// domain's nodes); with each node mapped to its domain (categoryOf) it is ATLAS.ti's
// Cu-alpha, the agreement on which domain applies.
//
// Source: Krippendorff, Mathet, Bouvry & Widlöcher 2016, "On the reliability of unitizing
// textual continua: further developments", Quality & Quantity 50: 2347-2364, section 5.3
// (cuα, eqs. 10-11), on the coincidences of eq. 1; Krippendorff 2019, Content Analysis, 4th
// ed., section 12.6.5.
//
// Coincidences: wherever coder i has category c and another coder j has category k on the
// same character, o_ck grows by 1/(m - 1) per character; gaps take no part. With l* = sum of
// o_ck and margins o_c = sum_k o_ck, each unit (run) g of coder i removes its pairing with
// itself, using the length l_igj of g that coder j also coded (at any of the categories):
//   C_c = sum over units g of category c, coders i, j != i of l_igj^2 / (m - 1),  C = sum C_c,
//   e_cc = (o_c^2 - C_c) / (l* - C / l*),
//   cuα = 1 - (l* - sum_c o_cc) / (l* - sum_c e_cc).
// For two coders the self-pairing term is exactly the paper's squared overlap of a unit with
// the other coder's relevant text; for more coders we read it pairwise, as above.
//
// The coefficient assumes a coder gives each character at most one category. Our coders may
// code a passage at two nodes; such a character then pairs each of its categories with each
// of the other coder's (an agreement and a disagreement at once), and multiCoded counts
// those characters (per coder) so the table can warn. Sources are laid end to end: per-source
// sums add up to the overall figure. The work is one sweep over run endpoints per source.

import { known, unknown } from './model.ts';
import type { AgreementId, AgreementInput, AgreementSelection, Figure } from './model.ts';
import { prepareAgreement, runsOf } from './prepare.ts';
import type { CategoryOf, PreparedAgreement, PreparedSource } from './prepare.ts';

export interface CuAlpha {
  // l*: pairable values on the text coded by two coders
  readonly pairable: number;
  // D_o = l* - sum_c o_cc
  readonly observed: number;
  // D_e = l* - sum_c e_cc
  readonly expected: number;
  // characters (counted per coder) that a coder gave two or more of the categories
  readonly multiCoded: number;
  readonly alpha: Figure;
}

export interface CuAlphaResult {
  readonly coders: readonly AgreementId[];
  readonly categories: readonly AgreementId[];
  readonly bySource: readonly (CuAlpha & { readonly source: AgreementId })[];
  readonly overall: CuAlpha;
}

// The sums cu-alpha is computed from: coincidences keyed c * categories + k, and C_c.
interface CuSums {
  readonly coincidences: Map<number, number>;
  readonly selfPairing: Map<number, number>;
  multiCoded: number;
}

interface OpenRun {
  readonly category: number;
  readonly end: number;
  // per other coder j: how much of the run j coded
  readonly coveredBy: number[];
}

const newSums = (): CuSums => ({ coincidences: new Map(), selfPairing: new Map(), multiCoded: 0 });
const bump = (map: Map<number, number>, key: number, by: number): void => void map.set(key, (map.get(key) ?? 0) + by);

function addInto(target: CuSums, sums: CuSums): void {
  for (const [key, value] of sums.coincidences) bump(target.coincidences, key, value);
  for (const [key, value] of sums.selfPairing) bump(target.selfPairing, key, value);
  target.multiCoded += sums.multiCoded;
}

// Cu-alpha from its sums.
function cuAlphaOf(sums: CuSums, categories: number): CuAlpha {
  let pairable = 0;
  let agreeing = 0;
  const margins = new Map<number, number>();
  for (const [key, value] of sums.coincidences) {
    pairable += value;
    const c = Math.floor(key / categories);
    if (key % categories === c) agreeing += value;
    bump(margins, c, value);
  }
  const observed = pairable - agreeing;
  const base = { pairable, observed, multiCoded: sums.multiCoded };
  if (pairable === 0) return { ...base, expected: 0, alpha: unknown('The coders never coded the same text at any of these nodes.') };
  let selfPairing = 0;
  for (const value of sums.selfPairing.values()) selfPairing += value;
  const scale = pairable - selfPairing / pairable;
  let expectedAgreeing = 0;
  for (const [c, margin] of margins) expectedAgreeing += (margin * margin - (sums.selfPairing.get(c) ?? 0)) / scale;
  const expected = pairable - expectedAgreeing;
  if (!(scale > 0)) {
    return { ...base, expected: 0, alpha: unknown('Too little text was coded by two coders to tell chance agreement: each unit could only pair with itself.') };
  }
  if (expected <= 1e-9 * pairable) {
    return { ...base, expected, alpha: unknown('Only one node was used on the text the coders both coded, so there is nothing to tell apart.') };
  }
  return { ...base, expected, alpha: known(1 - observed / expected) };
}

// Adds one stretch of text where the open runs stay the same.
function addStretch(open: readonly OpenRun[][], length: number, categories: number, sums: CuSums): void {
  let coding = 0;
  for (const runs of open) {
    if (runs.length > 0) coding++;
    if (runs.length > 1) sums.multiCoded += length;
  }
  if (coding < 2) return;
  const weight = length / (open.length - 1);
  for (let i = 0; i < open.length; i++) {
    const mine = open[i] ?? [];
    for (let j = 0; j < open.length; j++) {
      const theirs = open[j] ?? [];
      if (j === i || mine.length === 0 || theirs.length === 0) continue;
      for (const run of mine) {
        run.coveredBy[j] = (run.coveredBy[j] ?? 0) + length;
        for (const other of theirs) bump(sums.coincidences, run.category * categories + other.category, weight);
      }
    }
  }
}

function closeRun(run: OpenRun, coders: number, sums: CuSums): void {
  let squares = 0;
  for (const covered of run.coveredBy) squares += covered * covered;
  if (squares > 0) bump(sums.selfPairing, run.category, squares / (coders - 1));
}

// A run of a coder (by index) at a category (by index).
interface IndexedRun {
  readonly coder: number;
  readonly category: number;
  readonly start: number;
  readonly end: number;
}

// A source's runs, coder by coder and category by category, sorted by where they start.
function runsByStart(source: PreparedSource, prepared: PreparedAgreement): IndexedRun[] {
  const runs: IndexedRun[] = [];
  for (let i = 0; i < prepared.coders.length; i++) {
    for (let c = 0; c < prepared.nodes.length; c++) {
      for (const run of runsOf(source, prepared.nodes[c] as AgreementId, prepared.coders[i] as AgreementId)) {
        runs.push({ coder: i, category: c, start: run.start, end: run.end });
      }
    }
  }
  return runs.sort((a, b) => a.start - b.start);
}

// Every run endpoint once, in order (a typed array sorts numbers without a comparator).
function endpoints(runs: readonly IndexedRun[]): Float64Array {
  const all = new Float64Array(runs.length * 2);
  runs.forEach((run, k) => {
    all[2 * k] = run.start;
    all[2 * k + 1] = run.end;
  });
  all.sort();
  let kept = 0;
  for (let k = 0; k < all.length; k++) if (k === 0 || all[k] !== all[kept - 1]) all[kept++] = all[k] as number;
  return all.subarray(0, kept);
}

// Closes a coder's runs that end at or before the point, keeping the others in place.
function closeEndedRuns(mine: OpenRun[], point: number, coders: number, sums: CuSums): void {
  let kept = 0;
  for (const run of mine) {
    if (run.end <= point) closeRun(run, coders, sums);
    else mine[kept++] = run;
  }
  if (kept !== mine.length) mine.length = kept;
}

// One sweep over a source's run endpoints.
function sourceSums(source: PreparedSource, prepared: PreparedAgreement): CuSums {
  const m = prepared.coders.length;
  const runs = runsByStart(source, prepared);
  const points = endpoints(runs);
  const open: OpenRun[][] = prepared.coders.map(() => []);
  const sums = newSums();
  let next = 0;
  for (let p = 0; p < points.length; p++) {
    const point = points[p] as number;
    for (const mine of open) closeEndedRuns(mine, point, m, sums);
    for (; next < runs.length && (runs[next]?.start ?? Infinity) === point; next++) {
      const run = runs[next] as IndexedRun;
      open[run.coder]?.push({ category: run.category, end: run.end, coveredBy: new Array<number>(m).fill(0) });
    }
    const following = points[p + 1];
    if (following !== undefined) addStretch(open, following - point, prepared.nodes.length, sums);
  }
  return sums;
}

// Krippendorff's cu-alpha per source and overall, over all the chosen coders, with the chosen
// nodes (or, through categoryOf, the categories they map to) as the values.
export function cuAlpha(input: AgreementInput, selection: AgreementSelection, options: { readonly categoryOf?: CategoryOf } = {}): CuAlphaResult {
  return cuAlphaOfPrepared(prepareAgreement(input, selection, options.categoryOf));
}

// Cu-alpha of input already prepared (so several measures can share one preparation).
export function cuAlphaOfPrepared(prepared: PreparedAgreement): CuAlphaResult {
  const categories = Math.max(prepared.nodes.length, 1);
  const overall = newSums();
  const bySource = prepared.sources.map((source) => {
    const sums = sourceSums(source, prepared);
    addInto(overall, sums);
    return { ...cuAlphaOf(sums, categories), source: source.id };
  });
  return { coders: prepared.coders, categories: prepared.nodes, bySource, overall: cuAlphaOf(overall, categories) };
}
