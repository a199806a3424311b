// Domain types of importing: what a file reader produces, what staging reports before
// the researcher confirms, and what a batch import answers. Plain JSON throughout.
import type { InterviewMode, SourceKind, SourceSummary } from './entities.ts';

export const IMPORT_FORMATS = ['txt', 'md', 'docx', 'odt', 'pdf', 'vtt', 'srt'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

// File name endings the importer reads, and the format each one means.
export const IMPORT_EXTENSIONS: Readonly<Record<string, ImportFormat>> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.docx': 'docx',
  '.odt': 'odt',
  '.pdf': 'pdf',
  '.vtt': 'vtt',
  '.srt': 'srt',
};

// The largest file the importer reads (documented in the README).
export const MAX_IMPORT_FILE_BYTES = 200 * 1024 * 1024;
// The most text one source may hold, in code points (50 MB of text must import).
export const MAX_IMPORT_TEXT = 60_000_000;

// Roles of the study (METHOD.md); a case may also have a custom role.
export const STUDY_ROLES = ['strategic enabler', 'broker', 'mentee', 'mentor', 'facilitator', 'evaluator', 'researcher'] as const;

// One structural block of an imported document, in code points of its canonical text.
//   text       free text: turns, paragraphs and numbered headings are found in it by speaker-turn parsing
//   paragraph  a paragraph the reader has already delimited (a caption cue without a speaker)
//   heading    a heading by style (Word, ODT, Markdown, large type in a PDF)
//   table-row  one row of a table, cells separated by " | "
//   turn       a speaker turn the reader knows from structure (VTT voice, bold label in Word)
//   label      a line that is only a speaker label (bold or heading-styled name); the text after it is its turn
export type BlockKind = 'text' | 'paragraph' | 'heading' | 'table-row' | 'turn' | 'label';

export interface DocumentBlock {
  kind: BlockKind;
  start: number;
  end: number;
  // for 'turn' and 'label': the speaker and the label marker's range
  speaker: string | null;
  labelStart: number | null;
  labelEnd: number | null;
  timestamp: string | null;
  // 1-based page of a PDF block
  page: number | null;
}

// What every reader returns: canonical text (NFC, `\n`) and its structure.
export interface ImportedDocument {
  format: ImportFormat;
  text: string;
  blocks: DocumentBlock[];
  // things the researcher should check (encoding guessed, images left out, ...)
  warnings: string[];
  encoding: string | null;
  pages: number | null;
  // speakers and segment counts found without a list of speakers (filled in by the reader process)
  analysis?: DocumentAnalysis;
}

export interface DocumentAnalysis {
  speakers: { label: string; turns: number; sample: string }[];
  counts: SegmentCounts;
  words: number;
}

// A table of case attributes read from CSV or XLSX: the header row and the rows (all text).
export interface CaseTable {
  columns: string[];
  rows: string[][];
  sheet: string | null;
}

// How one speaker label of a file is attributed on import: a case, a new case, the
// interviewer, a speaker without a case yet, or not a speaker at all (plain text).
export type SpeakerAssignment =
  | { kind: 'case'; caseId: number }
  | { kind: 'new-case'; name: string; role?: string }
  | { kind: 'interviewer' }
  | { kind: 'unassigned' }
  | { kind: 'none' };

export interface StagedSpeaker {
  label: string;
  turns: number;
  // the first words of its first turn, to recognise who it is
  sample: string;
  suggestion: SpeakerAssignment;
}

export interface SegmentCounts {
  turns: number;
  paragraphs: number;
  headings: number;
  tableRows: number;
}

// A file read and held by the host until it is imported or discarded.
export interface StagedFile {
  token: string;
  fileName: string;
  path: string | null;
  format: ImportFormat;
  bytes: number;
  characters: number;
  words: number;
  pages: number | null;
  warnings: string[];
  speakers: StagedSpeaker[];
  counts: SegmentCounts;
  preview: string;
  // an existing source with the same content (the file would be skipped)
  duplicateOf: { id: number; name: string } | null;
  suggested: { name: string; kind: SourceKind; round: number | null; interviewDate: string | null; mode: InterviewMode | null };
}

// A file that could not be read, with the reason.
export interface FailedFile {
  fileName: string;
  path: string | null;
  code: string;
  message: string;
}

export type StageOutcome = { ok: true; file: StagedFile } | { ok: false; failure: FailedFile };

// What the researcher confirmed for one staged file.
export interface CommitItem {
  token: string;
  name: string;
  kind: SourceKind;
  round: number | null;
  mode: InterviewMode | null;
  interviewDate: string | null;
  description?: string;
  caseIds: number[];
  speakers: { label: string; assign: SpeakerAssignment }[];
  mediaPath: string | null;
}

export type CommitOutcome =
  | { status: 'imported'; token: string; fileName: string; source: SourceSummary; newCases: string[] }
  | { status: 'duplicate'; token: string; fileName: string; duplicateOf: { id: number; name: string } }
  | { status: 'failed'; token: string; fileName: string; code: string; message: string }
  | { status: 'cancelled'; token: string; fileName: string };

export interface BatchResult {
  outcomes: CommitOutcome[];
  cancelled: boolean;
}

// --- the Cases grid -------------------------------------------------------------

// Case fields a column of an attribute table can fill (besides free attributes).
export const CASE_FIELDS = ['label', 'realName', 'role', 'jobTitle', 'organisation', 'project', 'partnerRole', 'providerType', 'region'] as const;
export type CaseField = (typeof CASE_FIELDS)[number];

export const CASE_FIELD_LABELS: Readonly<Record<CaseField, string>> = {
  label: 'Label',
  realName: 'Real name',
  role: 'Role',
  jobTitle: 'Job title',
  organisation: 'Organisation',
  project: 'Project',
  partnerRole: 'Lead or partner',
  providerType: 'Provider type',
  region: 'Region',
};

export type ColumnTarget = { kind: 'field'; field: CaseField } | { kind: 'attribute'; name: string } | { kind: 'skip' };

export interface OrganisationSummary {
  id: number;
  name: string;
  project: string | null;
  partnerRole: string | null;
  providerType: string | null;
  region: string | null;
  caseCount: number;
}

// What the Cases grid offers in its lists.
export interface CaseGridOptions {
  roles: string[];
  organisations: OrganisationSummary[];
  projects: string[];
  providerTypes: string[];
  regions: string[];
  attributes: string[];
}

// A table read for import with a guessed mapping of its columns.
export interface ReadCaseTable {
  table: CaseTable;
  keyColumn: number;
  targets: ColumnTarget[];
}

export interface AppliedCaseTable {
  updated: number;
  created: number;
  skipped: { row: number; reason: string }[];
}
