// Contradictions as activity theory analyses them (METHOD.md section 5): every tension of
// every diagram grouped by level and by the components it joins, with its evidence counted
// by role, project and round; one contradiction followed across phases with a status in
// each; and the discursive manifestations that show contradictions in talk.
import type { DiagramGeneration, TensionLevel } from './diagrams.ts';

// How a contradiction stands in one phase.
export const CONTRADICTION_STATUSES = ['emerging', 'aggravated', 'addressed', 'resolved'] as const;
export type ContradictionStatus = (typeof CONTRADICTION_STATUSES)[number];

export const CONTRADICTION_STATUS_NAMES: Readonly<Record<ContradictionStatus, string>> = {
  emerging: 'Emerging',
  aggravated: 'Aggravated',
  addressed: 'Addressed',
  resolved: 'Resolved',
};

export const MAX_CONTRADICTION_NAME = 300;
export const MAX_CONTRADICTION_MEMO = 100_000;

// How many pieces of evidence have one value of a facet ("Broker": 3).
export interface FacetCount {
  value: string;
  count: number;
}

// A tension's evidence counted by the case's role and project, the source's round and
// (third generation) the system of the quote's organisation.
export interface EvidenceBreakdown {
  role: FacetCount[];
  project: FacetCount[];
  round: FacetCount[];
  // empty unless the diagram's systems stand for the lead and partner organisations
  system: FacetCount[];
}

// The contradiction a tension is linked to across phases, and its status in this phase.
export interface TensionLink {
  contradictionId: number;
  name: string;
  status: ContradictionStatus;
}

// One tension as the Contradictions view lists it.
export interface ContradictionEntry {
  tensionId: number;
  diagramId: number;
  diagramTitle: string;
  phase: string;
  generation: DiagramGeneration;
  level: TensionLevel;
  label: string;
  memo: string;
  advancedForm: string;
  neighbourActivity: string | null;
  // the components it joins ("Community", "Object (Partner organisation)"); `to` null inside one
  from: string;
  to: string | null;
  evidenceCount: number;
  breakdown: EvidenceBreakdown;
  link: TensionLink | null;
}

// The tensions of one level between the same kinds of component ("Community – Division of labour").
export interface ContradictionGroup {
  level: TensionLevel;
  // component kinds in a fixed order, e.g. "community|division-of-labour"
  pairKey: string;
  pairLabel: string;
  entries: ContradictionEntry[];
}

// One phase of a contradiction followed across phases.
export interface ContradictionPhase {
  tensionId: number;
  diagramId: number;
  diagramTitle: string;
  phase: string;
  label: string;
  status: ContradictionStatus;
  evidenceCount: number;
}

// A contradiction followed across phases, with its evidence by round over all its tensions.
export interface ContradictionRecord {
  id: number;
  guid: string;
  name: string;
  memo: string;
  phases: ContradictionPhase[];
  evidenceByRound: FacetCount[];
}

export interface ContradictionsOverview {
  groups: ContradictionGroup[];
  contradictions: ContradictionRecord[];
  tensionCount: number;
  evidenceCount: number;
}
