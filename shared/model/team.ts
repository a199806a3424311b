// Domain types of team coding as they cross the contract: agreement tables, coding
// packages, merges of another coder's work, team cycles, the logbook and the review of
// disagreements.

export const AGREEMENT_LEVELS = ['char', 'segment', 'alpha'] as const;
// char: NVivo's character-level comparison; segment: MAXQDA's segments with a minimum
// overlap (and node presence); alpha: Krippendorff's alpha-binary and cu-alpha
export type AgreementLevel = (typeof AGREEMENT_LEVELS)[number];

// The coder agreed codings of the review go under unless the user chose another.
export const CONSENSUS_NAME = 'Consensus';
export const CONSENSUS_INITIALS = 'CONS';

export const DECISIONS = ['keep-a', 'keep-b', 'keep-both', 'keep-neither'] as const;
export type DecisionKind = (typeof DECISIONS)[number];

// A coder as team screens name them.
export interface TeamCoder {
  id: number;
  name: string;
  initials: string;
}

// What to compare.
export interface AgreementRequest {
  coderIds: number[];
  sourceIds?: number[];
  nodeIds?: number[];
  level: AgreementLevel;
  // show only the figures over text at least one coder coded (character level)
  excludeUncoded?: boolean;
  // segment level: the share two segments must overlap by (default 0.9)
  minOverlap?: number;
  // count the review's decisions: in a decided passage both coders take the agreed coding
  withDecisions?: boolean;
}

// How a column's numbers read: a share shown as a percentage, a coefficient, or a count.
export type FigureFormat = 'percent' | 'coefficient' | 'count';

export interface AgreementColumn {
  label: string;
  format: FigureFormat;
}

// One row of a table: overall, a node or a source; null values carry the reason they are blank.
export interface AgreementRow {
  kind: 'overall' | 'node' | 'source';
  label: string;
  values: (number | null)[];
  reasons: (string | null)[];
}

export interface AgreementTable {
  title: string;
  columns: AgreementColumn[];
  rows: AgreementRow[];
  // how each figure was computed, printed under the table
  explanation: string;
}

export interface AgreementReport {
  level: AgreementLevel;
  coders: TeamCoder[];
  sources: number;
  nodes: number;
  codings: number;
  // decisions of the review counted in (0 when withDecisions was off)
  decisionsApplied: number;
  tables: AgreementTable[];
}

// A passage where two coders coded a node differently.
export interface Disagreement {
  sourceId: number;
  sourceName: string;
  nodeId: number;
  nodePath: string;
  start: number;
  end: number;
  // the passage's words (shortened)
  text: string;
  rangesA: [number, number][];
  rangesB: [number, number][];
  decision: DecisionKind | null;
  decisionId: number | null;
}

export interface DisagreementList {
  coderA: TeamCoder;
  coderB: TeamCoder;
  total: number;
  decided: number;
  items: Disagreement[];
}

export interface DecisionResult {
  decisionId: number;
  consensusCoder: TeamCoder;
  codingsWritten: number;
}

// A coding package: who it is for and what it holds.
export interface TeamPackage {
  id: number;
  guid: string;
  cycleId: number | null;
  coder: TeamCoder | null;
  fileName: string;
  format: 'alens' | 'qdpx';
  withCodings: boolean;
  anonymised: boolean;
  sources: number;
  instructions: string;
  createdAt: string;
  returnedAt: string | null;
}

export interface PackageResult {
  package: TeamPackage;
  path: string;
  bytes: number;
  codings: number;
  memos: number;
  // names replaced in the package's texts
  replacements: number;
}

export interface TeamCycle {
  id: number;
  number: number;
  title: string;
  status: 'open' | 'closed';
  note: string;
  createdAt: string;
  closedAt: string | null;
  packages: TeamPackage[];
}

export interface LogbookEntry {
  id: number;
  kind: 'cycle' | 'package' | 'merge' | 'adjudication' | 'note';
  cycleNumber: number | null;
  coder: string | null;
  summary: string;
  detail: string;
  createdAt: string;
}

export interface TeamOverview {
  cycles: TeamCycle[];
  logbook: LogbookEntry[];
  // set when the open project is a coding package made for a member
  package: PackageOrigin | null;
}

// What a package remembers of where it came from (kept in its settings).
export interface PackageOrigin {
  packageGuid: string;
  projectName: string;
  coderGuid: string | null;
  coderName: string | null;
  withCodings: boolean;
  anonymised: boolean;
  instructions: string;
  createdAt: string;
}

export type MatchedBy = 'guid' | 'content' | 'name' | 'path' | 'new';

export interface MergeSourceLine {
  name: string;
  matchedBy: MatchedBy;
  // the texts differ, so positions were mapped through a text diff
  textDiffers: boolean;
  codingsIn: number;
  unplaced: number;
}

// A coding that cannot be placed: its text is no longer in the project's source.
export interface UnplacedCoding {
  source: string;
  node: string;
  coder: string | null;
  start: number;
  end: number;
  text: string;
}

export interface MergeCounts {
  sources: number;
  nodes: number;
  coders: number;
  cases: number;
  attributes: number;
  codings: number;
  memos: number;
}

export interface MergePreview {
  fileName: string;
  format: 'alens' | 'qdpx';
  // set when this very file was merged before (merging it again changes nothing)
  mergedBefore: string | null;
  sources: MergeSourceLine[];
  coders: { name: string; initials: string; matchedBy: MatchedBy }[];
  nodes: { path: string; matchedBy: MatchedBy }[];
  // what the merge adds
  added: MergeCounts;
  // codings already in the project (by GUID or the same place, node and coder)
  alreadyPresent: number;
  unplaced: UnplacedCoding[];
  conflicts: string[];
}

export interface MergeReport extends MergePreview {
  mergeId: number | null;
}

// A figure as tables print it: a share as a percentage (one decimal), a coefficient to three
// decimals, a count as a whole number (or one decimal when it is not whole); blank as "–".
export function formatFigure(value: number | null, format: FigureFormat): string {
  if (value === null || !Number.isFinite(value)) return '–';
  if (format === 'percent') return `${(value * 100).toFixed(1)}%`;
  if (format === 'coefficient') return value.toFixed(3);
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}
