// Domain types of retrieval and queries: what the node view, text search,
// matrix, framework matrix, co-occurrence and word-use screens send and receive.
import type { InterviewMode, SourceKind } from './entities.ts';

// Built-in attributes a query can filter on or spread over columns. Case attributes
// the researcher adds are "case:<name>"; source attributes are "source:<name>".
export const CASE_FIELDS = ['role', 'project', 'partnerRole', 'region', 'providerType'] as const;
export const SOURCE_FIELDS = ['round', 'mode', 'kind'] as const;
export type BuiltInField = (typeof CASE_FIELDS)[number] | (typeof SOURCE_FIELDS)[number];
export type AttributeField = BuiltInField | `case:${string}` | `source:${string}`;
// a matrix's columns: one per case, or one per value of an attribute
export type ColumnField = 'case' | AttributeField;

// The value shown for references whose case or source has no value for a field.
export const NO_VALUE = '(no value)';

export interface FieldFilter {
  field: AttributeField;
  // OR within a field (AND across filters); NO_VALUE matches a missing value
  values: string[];
}

// Which references (or text) a query looks at. Every part is optional: nothing = everything.
export interface QueryScope {
  sourceIds?: number[];
  caseIds?: number[];
  filters?: FieldFilter[];
  // interview dates, inclusive, YYYY-MM-DD
  dateFrom?: string;
  dateTo?: string;
  // leave out interviewer turns
  excludeInterviewer?: boolean;
  // codings by these coders only (ignored by text search and word use over sources)
  coderIds?: number[];
}

// One coded passage as the node view lists it.
export interface QueryReference {
  codingId: number;
  nodeId: number;
  nodePath: string;
  sourceId: number;
  sourceName: string;
  sourceKind: SourceKind;
  round: number | null;
  caseId: number | null;
  caseLabel: string | null;
  role: string | null;
  project: string | null;
  partnerRole: string | null;
  start: number;
  end: number;
  text: string;
  coder: string | null;
  coderId: number | null;
  inInterviewerTurn: boolean;
}

export interface ReferenceList {
  total: number;
  sources: number;
  cases: number;
  // the first `limit` references, in source and text order
  references: QueryReference[];
  truncated: boolean;
}

export interface NodeViewResult extends ReferenceList {
  nodeId: number;
  nodePath: string;
  includeDescendants: boolean;
}

// A segment (turn or paragraph) around a passage, for expandable context.
export interface ContextSegment {
  id: number;
  start: number;
  end: number;
  speakerLabel: string | null;
  caseLabel: string | null;
  isInterviewer: boolean;
  text: string;
  // the segment holds part of the passage asked about
  containsPassage: boolean;
}

export interface PassageContext {
  sourceId: number;
  sourceName: string;
  start: number;
  end: number;
  segments: ContextSegment[];
}

// Keyword in context: the words before, the match, the words after (code points of the source).
export interface KwicLine {
  start: number;
  end: number;
  left: string;
  match: string;
  // later matches merged into this line (close enough to share its context), each after the words before it
  also: { gap: string; match: string; start: number; end: number }[];
  right: string;
  // the hits this line stands for (0 for a turn matched only by NOT)
  matches: number;
}

export interface SearchSegment {
  segmentId: number;
  sourceId: number;
  sourceName: string;
  caseId: number | null;
  caseLabel: string | null;
  role: string | null;
  speakerLabel: string | null;
  isInterviewer: boolean;
  start: number;
  end: number;
  // one line per hit (a segment matched only by NOT gets one line from its start)
  lines: KwicLine[];
}

export interface SearchResult {
  // the query as understood, e.g. "co operation" AND NOT form
  understood: string;
  // rows FTS5 was asked for: the MATCH expression and whether rows matching it are kept or left out
  fts: { mode: 'include' | 'exclude'; match: string };
  totalSegments: number;
  totalSources: number;
  offset: number;
  segments: SearchSegment[];
  truncated: boolean;
}

export type SpreadTo = 'hit' | 'sentence' | 'segment';

export interface CodeResultsOutcome {
  created: number;
  // passages already coded at the node
  skipped: number;
  nodeId: number;
  nodePath: string;
}

// Rows of a matrix or the items of a co-occurrence query.
export type NodeSet = { kind: 'questions' } | { kind: 'nodes'; nodeIds: number[]; includeDescendants: boolean };

export interface MatrixDefinition {
  rows: NodeSet;
  columns: ColumnField;
  scope?: QueryScope;
  // count words coded too (reads the coded text; slower)
  words?: boolean;
}

export interface MatrixHeader {
  key: string;
  label: string;
}

export interface MatrixRow extends MatrixHeader {
  nodeIds: number[];
}

export interface MatrixResult {
  rows: MatrixRow[];
  columns: MatrixHeader[];
  // [row][column]
  references: number[][];
  sources: number[][];
  words: number[][] | null;
  // the column field's display name
  columnLabel: string;
}

export type CooccurrenceMode = 'overlap' | 'same-segment';

export interface CooccurrenceDefinition {
  items: NodeSet;
  mode: CooccurrenceMode;
  scope?: QueryScope;
}

export interface CooccurrencePair {
  a: string;
  b: string;
  count: number;
  sources: number;
}

export interface CooccurrenceResult {
  items: MatrixRow[];
  pairs: CooccurrencePair[];
}

export interface CooccurrenceInstance {
  sourceId: number;
  sourceName: string;
  caseLabel: string | null;
  start: number;
  end: number;
  text: string;
  codingA: { id: number; nodePath: string; start: number; end: number };
  codingB: { id: number; nodePath: string; start: number; end: number };
}

export type WordSelection =
  | { kind: 'sources'; scope?: QueryScope }
  | { kind: 'node'; nodeId: number; includeDescendants: boolean; scope?: QueryScope };

export interface WordFrequencyDefinition {
  selection: WordSelection;
  stem: boolean;
  stopWords: boolean;
  minLength: number;
  limit: number;
}

export interface WordCount {
  // the word (or stem) counted
  key: string;
  // the commonest form as written
  display: string;
  count: number;
  sources: number;
  // the forms counted under a stem, commonest first
  forms: string[];
}

export interface WordFrequencyResult {
  totalWords: number;
  distinctWords: number;
  words: WordCount[];
}

export interface WordContextLine extends KwicLine {
  sourceId: number;
  sourceName: string;
  caseLabel: string | null;
  role: string | null;
}

// A query the researcher can save and run again.
export type QueryDefinition =
  | { kind: 'node'; nodeId: number; includeDescendants: boolean; scope?: QueryScope }
  | { kind: 'search'; query: string; scope?: QueryScope; codedAt?: { nodeId: number; includeDescendants: boolean }; includeLabels?: boolean }
  | ({ kind: 'matrix' } & MatrixDefinition)
  | ({ kind: 'cooccurrence' } & CooccurrenceDefinition)
  | ({ kind: 'words' } & WordFrequencyDefinition);

export type QueryKind = QueryDefinition['kind'];

export interface SavedQuery {
  id: number;
  guid: string;
  name: string;
  kind: QueryKind;
  definition: QueryDefinition;
  createdAt: string;
  updatedAt: string;
}

// Values a filter or column can take, for the Queries screen's pickers.
export interface FieldFacet {
  field: AttributeField;
  label: string;
  level: 'case' | 'source';
  values: string[];
}

export interface QueryFacets {
  fields: FieldFacet[];
  cases: { id: number; label: string }[];
  sources: { id: number; name: string; kind: SourceKind; round: number | null; mode: InterviewMode | null }[];
  coders: { id: number; name: string; initials: string }[];
}

export interface FrameworkSummary {
  id: number;
  guid: string;
  name: string;
  caseCount: number;
  nodeCount: number;
  includeDescendants: boolean;
  updatedAt: string;
}

export interface FrameworkCell {
  caseId: number;
  nodeId: number;
  summary: string;
  // references the summary is linked to (those that still exist)
  codingIds: number[];
  // linked references that no longer exist (deleted since)
  missingLinks: number;
  // references at the node (and descendants, if chosen) for the case
  referenceCount: number;
  updatedAt: string | null;
}

export interface FrameworkMatrix {
  id: number;
  guid: string;
  name: string;
  includeDescendants: boolean;
  cases: { id: number; label: string }[];
  nodes: { id: number; path: string }[];
  cells: FrameworkCell[];
}

export interface ExportedFile {
  fileName: string;
  mimeType: string;
  bytesBase64: string;
}
