// Whether a node is present in a source: agreement on the source x node table of presence,
// as MAXQDA's intercoder agreement option "code existence in the document" compares it.
//
// A coder finds a node present in a source when it coded the node there at least once. Each
// (source, node) cell is one unit; for two coders the cells make a two-by-two table (both
// found it, only A, only B, neither), whose percentage agreement and Cohen's kappa are given
// per node (over the chosen sources), per source (over the chosen nodes) and overall, also
// over only the cells at least one coder found present (see binaryFigures in kappa.ts). Unlike
// the segment-level table this one has a "neither" cell, so Cohen's kappa applies as it is.
// Krippendorff's nominal alpha on the same cells covers any number of coders at once.

import { addCounts, binaryFigures, NO_COUNTS } from './kappa.ts';
import type { BinaryCounts, BinaryFigures } from './kappa.ts';
import { coderPairs } from './model.ts';
import type { AgreementId, AgreementInput, AgreementSelection } from './model.ts';
import { nominalAlpha } from './nominal-alpha.ts';
import type { NominalAlpha } from './nominal-alpha.ts';
import { prepareAgreement, runsOf } from './prepare.ts';
import type { PreparedAgreement } from './prepare.ts';

// The presence table of one pair of coders.
export interface PresencePairAgreement {
  readonly coderA: AgreementId;
  readonly coderB: AgreementId;
  readonly byNode: readonly (BinaryFigures & { readonly node: AgreementId })[];
  readonly bySource: readonly (BinaryFigures & { readonly source: AgreementId })[];
  readonly overall: BinaryFigures;
}

// Krippendorff's alpha of presence over all chosen coders.
export interface PresenceAlpha {
  readonly byNode: readonly (NominalAlpha & { readonly node: AgreementId })[];
  readonly bySource: readonly (NominalAlpha & { readonly source: AgreementId })[];
  readonly overall: NominalAlpha;
}

function cellCounts(presentA: boolean, presentB: boolean): BinaryCounts {
  if (presentA && presentB) return { ...NO_COUNTS, both: 1 };
  if (presentA) return { ...NO_COUNTS, onlyA: 1 };
  if (presentB) return { ...NO_COUNTS, onlyB: 1 };
  return { ...NO_COUNTS, neither: 1 };
}

function comparePair(prepared: PreparedAgreement, coderA: AgreementId, coderB: AgreementId): PresencePairAgreement {
  const byNode = new Map<AgreementId, BinaryCounts>(prepared.nodes.map((node) => [node, NO_COUNTS]));
  const bySource: (BinaryFigures & { source: AgreementId })[] = [];
  let overall = NO_COUNTS;
  for (const source of prepared.sources) {
    let sourceCounts = NO_COUNTS;
    for (const node of prepared.nodes) {
      const counts = cellCounts(runsOf(source, node, coderA).length > 0, runsOf(source, node, coderB).length > 0);
      byNode.set(node, addCounts(byNode.get(node) ?? NO_COUNTS, counts));
      sourceCounts = addCounts(sourceCounts, counts);
    }
    bySource.push({ ...binaryFigures(sourceCounts), source: source.id });
    overall = addCounts(overall, sourceCounts);
  }
  return {
    coderA,
    coderB,
    byNode: [...byNode].map(([node, counts]) => ({ ...binaryFigures(counts), node })),
    bySource,
    overall: binaryFigures(overall),
  };
}

// Percentage agreement and Cohen's kappa on node presence, for every pair of the chosen coders.
export function presenceAgreement(input: AgreementInput, selection: AgreementSelection): PresencePairAgreement[] {
  const prepared = prepareAgreement(input, selection);
  return coderPairs(prepared.coders).map(([a, b]) => comparePair(prepared, a, b));
}

// Krippendorff's nominal alpha on node presence over all the chosen coders together.
export function presenceAlpha(input: AgreementInput, selection: AgreementSelection): PresenceAlpha {
  return presenceAlphaOfPrepared(prepareAgreement(input, selection));
}

// The presence alpha of input already prepared: each (source, node) is a unit whose values
// are, per coder, whether it coded the node there.
export function presenceAlphaOfPrepared(prepared: PreparedAgreement): PresenceAlpha {
  const grid = prepared.sources.map((source) => prepared.nodes.map((node) => prepared.coders.map((coder) => runsOf(source, node, coder).length > 0)));
  return {
    byNode: prepared.nodes.map((node, n) => ({ ...nominalAlpha(grid.map((row) => row[n] ?? [])), node })),
    bySource: prepared.sources.map((source, s) => ({ ...nominalAlpha(grid[s] ?? []), source: source.id })),
    overall: nominalAlpha(grid.flat()),
  };
}
