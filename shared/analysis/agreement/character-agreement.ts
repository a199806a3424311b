// Character-level agreement of two coders, as NVivo's coding comparison query computes it.
//
// For a node and a source every character is coded at the node by coder A or not, and by
// coder B or not; the four counts make a two-by-two table whose percentage agreement is
// (both + neither) / characters and whose Cohen's kappa follows from the coders' marginals
// (NVivo Help, "Run a coding comparison query": "How is the percentage agreement
// calculated?" and "How is the Kappa coefficient calculated?"). A coder's overlapping codings
// at one node count once. The same figures are also given over only the characters at least
// one coder coded (see binaryFigures in kappa.ts for what kappa means there).
//
// NVivo reports one row per node and source and leaves overall figures to the user, with
// averages weighted by source size. Here the per-node, per-source and overall figures pool
// the rows' tables (adding the characters). For the percentage this is exactly NVivo's
// size-weighted average; for kappa pooling and averaging differ, so meanKappa also gives
// NVivo's way: the mean of the rows' kappas weighted by source length, over the rows whose
// kappa is defined.
//
// Counts come from the runs' lengths and their shared length (a sweep over run endpoints),
// never from a walk over characters. With more than two coders every pair is compared.

import type { Span } from '../ranges.ts';
import { addCounts, binaryFigures, NO_COUNTS } from './kappa.ts';
import type { BinaryCounts, BinaryFigures } from './kappa.ts';
import { coderPairs, known, unknown } from './model.ts';
import type { AgreementId, AgreementInput, AgreementSelection, Figure } from './model.ts';
import { prepareAgreement, runsLength, runsOf, sharedLength } from './prepare.ts';
import type { PreparedAgreement } from './prepare.ts';

// One node in one source: its table and figures. Only cells at least one coder coded are listed.
export interface CharacterCell extends BinaryFigures {
  readonly node: AgreementId;
  readonly source: AgreementId;
  // the source's length in code points (the cell's weight in NVivo's averages)
  readonly characters: number;
}

// Pooled figures over several cells, with NVivo's size-weighted mean of the cells' kappas.
export interface CharacterSummary extends BinaryFigures {
  readonly characters: number;
  readonly meanKappa: Figure;
}

// The comparison of one pair of coders.
export interface CharacterPairAgreement {
  readonly coderA: AgreementId;
  readonly coderB: AgreementId;
  readonly cells: readonly CharacterCell[];
  readonly byNode: readonly (CharacterSummary & { readonly node: AgreementId })[];
  readonly bySource: readonly (CharacterSummary & { readonly source: AgreementId })[];
  readonly overall: CharacterSummary;
}

interface Pool {
  counts: BinaryCounts;
  kappaWeight: number;
  kappaSum: number;
}

const UNCODED_KAPPA = unknown('Neither coder coded this node in this source.');

const emptyPool = (): Pool => ({ counts: NO_COUNTS, kappaWeight: 0, kappaSum: 0 });

function addToPool(pool: Pool, counts: BinaryCounts, kappa: Figure, characters: number): void {
  pool.counts = addCounts(pool.counts, counts);
  if (kappa.value !== null) {
    pool.kappaWeight += characters;
    pool.kappaSum += kappa.value * characters;
  }
}

function summarise(pool: Pool): CharacterSummary {
  const { counts } = pool;
  return {
    ...binaryFigures(counts),
    characters: counts.both + counts.onlyA + counts.onlyB + counts.neither,
    meanKappa:
      pool.kappaWeight > 0 ? known(pool.kappaSum / pool.kappaWeight) : unknown('No node in a source here has a kappa to average.'),
  };
}

// The two-by-two table of characters of coder A's and coder B's runs in a source of a given length.
function characterCounts(runsA: readonly Span[], runsB: readonly Span[], length: number): BinaryCounts {
  const coded = { a: runsLength(runsA), b: runsLength(runsB) };
  const both = sharedLength(runsA, runsB);
  return { both, onlyA: coded.a - both, onlyB: coded.b - both, neither: length - coded.a - coded.b + both };
}

function comparePair(prepared: PreparedAgreement, coderA: AgreementId, coderB: AgreementId): CharacterPairAgreement {
  const byNode = new Map(prepared.nodes.map((node) => [node, emptyPool()]));
  const bySource = new Map(prepared.sources.map((source) => [source.id, emptyPool()]));
  const overall = emptyPool();
  const cells: CharacterCell[] = [];
  for (const source of prepared.sources) {
    const sourcePool = bySource.get(source.id) ?? emptyPool();
    for (const node of prepared.nodes) {
      const runsA = runsOf(source, node, coderA);
      const runsB = runsOf(source, node, coderB);
      const counts = characterCounts(runsA, runsB, source.length);
      // A cell neither coder coded agrees on every character and has no kappa (0/0).
      let kappa = UNCODED_KAPPA;
      if (runsA.length > 0 || runsB.length > 0) {
        const figures = binaryFigures(counts);
        cells.push({ ...figures, node, source: source.id, characters: source.length });
        kappa = figures.kappa;
      }
      for (const pool of [byNode.get(node) ?? emptyPool(), sourcePool, overall]) addToPool(pool, counts, kappa, source.length);
    }
  }
  return {
    coderA,
    coderB,
    cells,
    byNode: [...byNode].map(([node, pool]) => ({ ...summarise(pool), node })),
    bySource: [...bySource].map(([source, pool]) => ({ ...summarise(pool), source })),
    overall: summarise(overall),
  };
}

// Character-level percentage agreement and Cohen's kappa for every pair of the chosen coders.
export function characterAgreement(input: AgreementInput, selection: AgreementSelection): CharacterPairAgreement[] {
  const prepared = prepareAgreement(input, selection);
  return coderPairs(prepared.coders).map(([a, b]) => comparePair(prepared, a, b));
}
