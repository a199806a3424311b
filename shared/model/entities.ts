// Domain records as they cross the API: plain JSON, ISO date strings.
import type { ActivityComponent } from './activity-components.ts';

export const SOURCE_KINDS = ['transcript', 'evaluator report', 'other'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const INTERVIEW_MODES = ['face to face', 'telephone', 'video'] as const;
export type InterviewMode = (typeof INTERVIEW_MODES)[number];

export const PARTNER_ROLES = ['lead', 'partner', 'external', 'other'] as const;
export type PartnerRole = (typeof PARTNER_ROLES)[number];

export const SEGMENT_KINDS = ['turn', 'paragraph', 'heading', 'table-row'] as const;
export type SegmentKind = (typeof SEGMENT_KINDS)[number];

export const MEMO_TARGETS = ['project', 'source', 'node', 'coding', 'case', 'diagram'] as const;
export type MemoTarget = (typeof MEMO_TARGETS)[number];

export interface ProjectInfo {
  path: string;
  name: string;
  guid: string;
  readOnly: boolean;
  schemaVersion: number;
  isDemo: boolean;
  // the file is encrypted with a passphrase (never sent: only whether there is one)
  encrypted: boolean;
}

export interface RecentProject {
  path: string;
  name: string;
  openedAt: string;
  exists: boolean;
}

export interface SourceSummary {
  id: number;
  guid: string;
  name: string;
  kind: SourceKind;
  round: number | null;
  mode: InterviewMode | null;
  interviewDate: string | null;
  importedAt: string;
  originFormat: string;
  originFileName: string | null;
  characters: number;
  words: number;
  segmentCount: number;
  codingCount: number;
  caseNames: string[];
  revision: number;
}

export interface Segment {
  id: number;
  seq: number;
  kind: SegmentKind;
  start: number;
  end: number;
  speakerLabel: string | null;
  labelStart: number | null;
  labelEnd: number | null;
  timestamp: string | null;
  caseId: number | null;
  isInterviewer: boolean;
}

export interface SourceDetail extends SourceSummary {
  text: string;
  segments: Segment[];
  mediaPath: string | null;
  description: string;
}

export interface CaseRecord {
  id: number;
  guid: string;
  label: string;
  realName: string;
  role: string;
  jobTitle: string;
  organisation: string | null;
  project: string | null;
  partnerRole: PartnerRole | null;
  providerType: string | null;
  region: string | null;
  attributes: Record<string, string>;
}

export interface NodeRecord {
  id: number;
  guid: string;
  parentId: number | null;
  name: string;
  path: string;
  description: string;
  color: string;
  question: number | null;
  components: ActivityComponent[];
  sortOrder: number;
  codingCount: number;
  sourceCount: number;
  // false for a category: it groups codes but cannot be coded itself (REFI-QDA isCodable="false")
  isCodable?: boolean;
}

export interface CodingRecord {
  id: number;
  guid: string;
  sourceId: number;
  nodeId: number;
  start: number;
  end: number;
  coderId: number | null;
  createdAt: string;
}

export interface MemoRecord {
  id: number;
  guid: string;
  targetKind: MemoTarget;
  targetId: number | null;
  title: string;
  contentJson: string;
  plainText: string;
  createdAt: string;
  updatedAt: string;
  // who wrote it (null when nobody was chosen)
  coderId?: number | null;
  // the passage of the source a memo on a source is anchored to (an annotation), code points, end exclusive
  range?: { start: number; end: number } | null;
  // the start of that passage's text (memo lists give it)
  excerpt?: string;
}

export interface CoderRecord {
  id: number;
  guid: string;
  name: string;
  initials: string;
}

export interface ProjectStats {
  sources: number;
  segments: number;
  cases: number;
  nodes: number;
  codings: number;
  memos: number;
}

export interface BackupInfo {
  fileName: string;
  path: string;
  createdAt: string;
  reason: 'open' | 'interval' | 'snapshot' | 'before-restore' | 'before-migration';
  label: string | null;
  bytes: number;
}

export interface IntegrityReport {
  ok: boolean;
  messages: string[];
  newestBackup: BackupInfo | null;
}

export interface EditResult {
  revision: number;
  // codings whose text was wholly deleted by the edit; kept at zero length and reported
  emptiedCodings: number[];
}

export interface UndoState {
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
}
