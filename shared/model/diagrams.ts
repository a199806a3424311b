// Activity-system diagrams (METHOD.md section 2): first-, second- and third-generation
// systems, their component texts, tensions and the codings that back them.
import { COMPONENT_LABELS } from './activity-components.ts';
import type { ActivityComponent } from './activity-components.ts';
import type { TensionLink } from './contradictions.ts';

export const DIAGRAM_GENERATIONS = [1, 2, 3] as const;
export type DiagramGeneration = (typeof DIAGRAM_GENERATIONS)[number];

// A place in a diagram: one of the seven components, or the third generation's shared object.
export const DIAGRAM_COMPONENT_KINDS = ['subject', 'object', 'outcome', 'tools', 'rules', 'community', 'division-of-labour', 'shared-object'] as const;
export type DiagramComponentKind = ActivityComponent | 'shared-object';

export const TENSION_LEVELS = ['primary', 'secondary', 'tertiary', 'quaternary'] as const;
export type TensionLevel = (typeof TENSION_LEVELS)[number];

// The components each system of a generation has (the shared object belongs to the diagram).
export const GENERATION_COMPONENTS: Readonly<Record<DiagramGeneration, readonly ActivityComponent[]>> = {
  1: ['tools', 'subject', 'object', 'outcome'],
  2: ['tools', 'subject', 'object', 'outcome', 'rules', 'community', 'division-of-labour'],
  3: ['tools', 'subject', 'object', 'rules', 'community', 'division-of-labour'],
};

// How many systems a generation has: first generation 1..MAX_TRIANGLES triangles, second 1, third 2.
export const MAX_TRIANGLES = 8;
export const SYSTEM_COUNT: Readonly<Record<DiagramGeneration, { min: number; max: number }>> = {
  1: { min: 1, max: MAX_TRIANGLES },
  2: { min: 1, max: 1 },
  3: { min: 2, max: 2 },
};

// How a printed figure arranges several first-generation triangles: whatever keeps every
// label at least 8 pt ('fit'), all in one row, in rows, or one triangle per figure.
export const TRIANGLE_ARRANGEMENTS = ['fit', 'side-by-side', 'rows', 'one-per-figure'] as const;
export type TriangleArrangement = (typeof TRIANGLE_ARRANGEMENTS)[number];

export const GENERATION_NAMES: Readonly<Record<DiagramGeneration, string>> = {
  1: 'First generation (triangles)',
  2: 'Second generation (activity system)',
  3: 'Third generation (interacting systems)',
};

export const TENSION_LEVEL_NAMES: Readonly<Record<TensionLevel, string>> = {
  primary: 'Primary (inside one component)',
  secondary: 'Secondary (between two components)',
  tertiary: 'Tertiary (with a more advanced form of the activity)',
  quaternary: 'Quaternary (with a neighbouring activity)',
};

// Limits of researcher-written text (checked by the contract and by the service).
export const MAX_COMPONENT_TEXT = 2000;
export const MAX_TENSION_LABEL = 300;
export const MAX_TENSION_MEMO = 100_000;
export const MAX_NUDGE = 2000;
export const MAX_EVIDENCE_PER_CALL = 500;
export const MAX_ADVANCED_FORM = 300;
export const MAX_BOUNDARY_OBJECTS = 12;
export const MAX_BOUNDARY_OBJECT_NAME = 120;

// The organisation a system of a third-generation diagram stands for: a tension's
// evidence is split by system through the lead or partner organisation of each quote's case.
export const SYSTEM_PARTNER_ROLES = ['lead', 'partner'] as const;
export type SystemPartnerRole = (typeof SYSTEM_PARTNER_ROLES)[number];

// What each level of contradiction needs (Engestrom 1987), as the tension dialog explains it.
export const TENSION_LEVEL_NEEDS: Readonly<Record<TensionLevel, string>> = {
  primary: 'Inside one component: a tool, rule or object valued in two ways at once (for its use and for what it earns).',
  secondary: 'Between two components of one system: a new element meets an old one (a new tool against an old rule).',
  tertiary: 'Between the object of the current activity and a culturally more advanced form of it: name that form.',
  quaternary: 'Between the central activity and a neighbouring activity: drawn in a third-generation diagram, the neighbour being the other system.',
};

// The heading a component is drawn and listed under ("Tools", "Object 3").
export function componentHeading(kind: DiagramComponentKind, generation: DiagramGeneration): string {
  if (kind === 'shared-object') return 'Shared object';
  if (kind === 'tools' && generation === 1) return 'Tools';
  return COMPONENT_LABELS[kind];
}

export interface DiagramSummary {
  id: number;
  guid: string;
  generation: DiagramGeneration;
  title: string;
  perspective: string;
  phase: string;
  caption: string;
  systemCount: number;
  tensionCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface DiagramComponentRecord {
  id: number;
  guid: string;
  // null for the shared object of a third-generation diagram
  systemId: number | null;
  kind: DiagramComponentKind;
  text: string;
  // where the researcher moved the label to, in drawing units from its fixed place
  nudgeX: number;
  nudgeY: number;
  evidenceCount: number;
}

export interface DiagramSystemRecord {
  id: number;
  guid: string;
  seq: number;
  name: string;
  // third generation: the lead or partner organisation this system stands for
  partnerRole: SystemPartnerRole | null;
  components: DiagramComponentRecord[];
}

export interface TensionRecord {
  id: number;
  guid: string;
  diagramId: number;
  fromComponentId: number;
  // null for a primary contradiction (inside one component)
  toComponentId: number | null;
  level: TensionLevel;
  label: string;
  memo: string;
  // tertiary: the culturally more advanced form of the object the current one meets
  advancedForm: string;
  // quaternary: the neighbouring activity (the system the tension runs to), else null
  neighbourActivity: string | null;
  // the contradiction it is followed as across phases, with its status in this phase
  link: TensionLink | null;
  labelNudgeX: number;
  labelNudgeY: number;
  evidenceCount: number;
  createdAt: string;
}

// A boundary object the shared object of a third-generation diagram carries.
export interface BoundaryObjectRecord {
  id: number;
  guid: string;
  name: string;
}

export interface DiagramDetail extends DiagramSummary {
  systems: DiagramSystemRecord[];
  sharedObject: DiagramComponentRecord | null;
  // third generation: what the shared object carries between the systems, in order
  boundaryObjects: BoundaryObjectRecord[];
  tensions: TensionRecord[];
}

export type EvidenceTarget = 'component' | 'tension';

// One coding that backs a component or a tension, with what a reader needs to judge it.
export interface EvidenceItem {
  codingId: number;
  codingGuid: string;
  nodeId: number;
  nodePath: string;
  sourceId: number;
  sourceName: string;
  start: number;
  end: number;
  text: string;
  caseId: number | null;
  // the case's anonymised label ("Broker, Project 1"), never a real name
  caseLabel: string | null;
  // how a quote is attributed in writing: "(Broker, Project 1)" or the source's name
  attribution: string;
}

export interface EvidenceList {
  items: EvidenceItem[];
  // links to codings that were removed since (they come back if the removal is undone)
  missing: number;
}

// A node linked to a component whose name can become a line of the component's text.
export interface ComponentSuggestion {
  nodeId: number;
  name: string;
  path: string;
  description: string;
  codingCount: number;
}

export interface DiagramExport {
  fileName: string;
  mimeType: 'image/svg+xml' | 'image/png';
  bytesBase64: string;
  widthPx: number;
  heightPx: number;
}
