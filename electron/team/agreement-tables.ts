// The agreement measures of shared/analysis/agreement laid out as tables: a row for the
// whole comparison, one per node and one per source, with how each figure was computed
// written under each table (explanations.ts).
import { characterAgreement } from '../../shared/analysis/agreement/character-agreement.ts';
import {
  ALPHA_BINARY_EXPLANATION,
  CHARACTER_AGREEMENT_EXPLANATION,
  CU_ALPHA_EXPLANATION,
  PRESENCE_AGREEMENT_EXPLANATION,
  SEGMENT_AGREEMENT_EXPLANATION,
} from '../../shared/analysis/agreement/explanations.ts';
import type { BinaryFigures } from '../../shared/analysis/agreement/kappa.ts';
import type { AgreementId, AgreementInput, AgreementSelection, Figure } from '../../shared/analysis/agreement/model.ts';
import { presenceAgreement, presenceAlphaOfPrepared } from '../../shared/analysis/agreement/presence-agreement.ts';
import { prepareAgreement } from '../../shared/analysis/agreement/prepare.ts';
import { segmentAgreement } from '../../shared/analysis/agreement/segment-agreement.ts';
import type { SegmentFigures } from '../../shared/analysis/agreement/segment-agreement.ts';
import { alphaBinaryOfPrepared } from '../../shared/analysis/agreement/unitizing-binary.ts';
import { cuAlphaOfPrepared } from '../../shared/analysis/agreement/unitizing-cu.ts';
import type { AgreementColumn, AgreementRow, AgreementTable } from '../../shared/model/team.ts';

// Names of what the rows and titles mention.
export interface TableNames {
  coder(id: AgreementId): string;
  node(id: AgreementId): string;
  source(id: AgreementId): string;
}

type Cell = Figure | number;

function row(kind: AgreementRow['kind'], label: string, cells: readonly Cell[]): AgreementRow {
  return {
    kind,
    label,
    values: cells.map((c) => (typeof c === 'number' ? c : c.value)),
    reasons: cells.map((c) => (typeof c === 'number' ? null : c.reason)),
  };
}

const NO_KAPPA: Figure = { value: null, reason: 'A single node has no kappa: with one code the chance term is 1.' };

// Rows for the overall figures, each node and each source, from one cell-maker.
function rowsOf<O, N, S>(overall: O, byNode: readonly (N & { node: AgreementId })[], bySource: readonly (S & { source: AgreementId })[], names: TableNames, cells: (t: O | N | S) => Cell[]): AgreementRow[] {
  return [
    row('overall', 'All nodes and sources', cells(overall)),
    ...byNode.map((n) => row('node', names.node(n.node), cells(n))),
    ...bySource.map((s) => row('source', names.source(s.source), cells(s))),
  ];
}

const percent = (label: string): AgreementColumn => ({ label, format: 'percent' });
const coefficient = (label: string): AgreementColumn => ({ label, format: 'coefficient' });
const count = (label: string): AgreementColumn => ({ label, format: 'count' });

// Character level (NVivo): over all text and over coded text only, with the counts the figures come from.
export function characterTables(input: AgreementInput, selection: AgreementSelection, names: TableNames, codedOnly: boolean): AgreementTable[] {
  return characterAgreement(input, selection).map((pair) => {
    const a = names.coder(pair.coderA);
    const b = names.coder(pair.coderB);
    const all = [percent('Agreement'), coefficient('Kappa'), coefficient('Mean kappa (NVivo)')];
    const coded = [percent('Agreement on coded text'), coefficient('Kappa on coded text')];
    const counts = [count('Both coded'), count(`Only ${a}`), count(`Only ${b}`), ...(codedOnly ? [] : [count('Neither coded')])];
    const cells = (f: BinaryFigures & { meanKappa?: Figure }): Cell[] => [
      ...(codedOnly ? [] : [f.agreement, f.kappa, f.meanKappa ?? NO_KAPPA]),
      f.codedAgreement,
      f.codedKappa,
      f.counts.both,
      f.counts.onlyA,
      f.counts.onlyB,
      ...(codedOnly ? [] : [f.counts.neither]),
    ];
    return {
      title: `Character level: ${a} and ${b}`,
      columns: [...(codedOnly ? [] : all), ...coded, ...counts],
      rows: rowsOf(pair.overall, pair.byNode, pair.bySource, names, (f) => cells(f)),
      explanation: CHARACTER_AGREEMENT_EXPLANATION,
    };
  });
}

// Segment level (MAXQDA), and node presence per source, for every pair.
export function segmentTables(input: AgreementInput, selection: AgreementSelection, names: TableNames, minOverlap: number): AgreementTable[] {
  const presence = presenceAgreement(input, selection);
  return segmentAgreement(input, selection, { minOverlap }).flatMap((pair, i) => {
    const a = names.coder(pair.coderA);
    const b = names.coder(pair.coderB);
    const cells = (f: SegmentFigures & { kappa?: Figure }): Cell[] => [f.counts.segmentsA, f.counts.segmentsB, f.counts.matchedA, f.counts.matchedB, f.agreement, f.kappa ?? NO_KAPPA];
    const segments: AgreementTable = {
      title: `Segment level (overlap of at least ${Math.round(minOverlap * 100)}%): ${a} and ${b}`,
      columns: [count(`Segments ${a}`), count(`Segments ${b}`), count(`Matched ${a}`), count(`Matched ${b}`), percent('Agreement'), coefficient('Kappa (Brennan-Prediger)')],
      rows: rowsOf(pair.overall, pair.byNode, pair.bySource, names, (f) => cells(f)),
      explanation: SEGMENT_AGREEMENT_EXPLANATION,
    };
    const p = presence[i];
    if (!p) return [segments];
    const presenceCells = (f: BinaryFigures): Cell[] => [f.counts.both, f.counts.onlyA, f.counts.onlyB, f.counts.neither, f.agreement, f.kappa];
    const present: AgreementTable = {
      title: `Node present in the source: ${a} and ${b}`,
      columns: [count('Both found it'), count(`Only ${a}`), count(`Only ${b}`), count('Neither'), percent('Agreement'), coefficient('Kappa')],
      rows: rowsOf(p.overall, p.byNode, p.bySource, names, (f) => presenceCells(f)),
      explanation: PRESENCE_AGREEMENT_EXPLANATION,
    };
    return [segments, present];
  });
}

// Krippendorff's alpha-binary, cu-alpha and the alpha of node presence, over all chosen coders at once.
export function alphaTables(input: AgreementInput, selection: AgreementSelection, names: TableNames): AgreementTable[] {
  const who = selection.coders.map((c) => names.coder(c)).join(', ');
  const prepared = prepareAgreement(input, selection);
  const binary = alphaBinaryOfPrepared(prepared);
  const cu = cuAlphaOfPrepared(prepared);
  const present = presenceAlphaOfPrepared(prepared);
  const cuRows = [
    row('overall', 'All sources', [cu.overall.alpha, cu.overall.pairable, cu.overall.observed, cu.overall.expected, cu.overall.multiCoded]),
    ...cu.bySource.map((s) => row('source', names.source(s.source), [s.alpha, s.pairable, s.observed, s.expected, s.multiCoded])),
  ];
  return [
    {
      title: `Alpha-binary per node: ${who}`,
      columns: [coefficient('Alpha-binary'), count('Observed mismatches'), count('Expected mismatches'), count('Coded characters (all coders)')],
      rows: rowsOf(binary.overall, binary.byNode, binary.bySource, names, (f) => [f.alpha, f.observed, f.expected, f.sums.coded]),
      explanation: ALPHA_BINARY_EXPLANATION,
    },
    {
      title: `Cu-alpha over the nodes: ${who}`,
      columns: [coefficient('Cu-alpha'), count('Pairable characters'), count('Observed disagreement'), count('Expected disagreement'), count('Characters given two nodes')],
      rows: cuRows,
      explanation: CU_ALPHA_EXPLANATION,
    },
    {
      title: `Node present in the source, Krippendorff's alpha: ${who}`,
      columns: [coefficient('Alpha'), count('Pairable values'), coefficient('Observed disagreement'), coefficient('Expected disagreement')],
      rows: rowsOf(present.overall, present.byNode, present.bySource, names, (f) => [f.alpha, f.pairableValues, f.observedDisagreement, f.expectedDisagreement]),
      explanation: PRESENCE_AGREEMENT_EXPLANATION,
    },
  ];
}
