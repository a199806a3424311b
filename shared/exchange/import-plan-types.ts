// What an import of a REFI-QDA project will write, worked out before anything is written:
// the preview shows it and the writer writes exactly it. Keys tie the plan's parts
// together (a REFI GUID when the file's GUID is usable, else a generated key).
import type { ActivityComponent } from '../model/activity-components.ts';
import type { InterviewMode, MemoTarget, PartnerRole, SourceKind } from '../model/entities.ts';
import type { LeftOutItem, PreviewSource } from '../model/exchange.ts';
import type { DiagramData } from './diagram-data.ts';

export interface PlanCoder {
  key: string;
  // the GUID to keep (null: make a new one)
  guid: string | null;
  name: string;
  initials: string;
}

export interface PlanNode {
  key: string;
  guid: string | null;
  parentKey: string | null;
  name: string;
  description: string;
  color: string;
  question: number | null;
  components: ActivityComponent[];
  // false for a category (REFI isCodable="false"): it groups codes and holds no coding
  isCodable: boolean;
}

export type AttributeValueType = 'text' | 'number' | 'date' | 'boolean' | 'choice';

export interface PlanAttribute {
  key: string;
  guid: string | null;
  appliesTo: 'case' | 'source';
  name: string;
  valueType: AttributeValueType;
  choicesJson: string;
}

export interface PlanValue {
  attributeKey: string;
  value: string;
}

export interface PlanOrganisation {
  name: string;
  project: string | null;
  partnerRole: PartnerRole | null;
  providerType: string | null;
  region: string | null;
}

export interface PlanCase {
  key: string;
  guid: string | null;
  label: string;
  realName: string;
  role: string;
  jobTitle: string;
  description: string;
  organisation: PlanOrganisation | null;
  values: PlanValue[];
}

export interface PlanCoding {
  key: string;
  guid: string | null;
  nodeKey: string;
  // canonical code points, end exclusive
  start: number;
  end: number;
  coderKey: string | null;
  createdAt: string | null;
}

export interface PlanSource {
  key: string;
  guid: string | null;
  name: string;
  kind: SourceKind;
  // reads the canonical text (NFC, \n line ends) again from the file: the plan holds no source's text,
  // so a large project is decoded one source at a time while it is written
  loadText: () => string;
  round: number | null;
  mode: InterviewMode | null;
  interviewDate: string | null;
  description: string;
  originFileName: string | null;
  importedAt: string | null;
  caseKeys: string[];
  // speaker label -> case key or 'interviewer'
  speakers: Record<string, string>;
  values: PlanValue[];
  codings: PlanCoding[];
}

export interface PlanMemo {
  guid: string | null;
  title: string;
  plainText: string;
  targetKind: MemoTarget;
  // the key of the thing the memo is on (null for a project memo)
  targetKey: string | null;
  createdAt: string | null;
  updatedAt: string | null;
  // the GUID of the user who wrote it (REFI creatingUser), when the file names one
  creatingUser?: string;
  // for a memo on a source: the passage it is on (an annotation), canonical code points, end exclusive
  range?: { start: number; end: number };
}

export interface PlanReference {
  guid: string | null;
  kind: 'pdf' | 'picture' | 'audio' | 'video';
  name: string;
  path: string | null;
  currentPath: string | null;
  description: string;
  note: string;
}

export interface ImportPlan {
  projectName: string;
  projectDescription: string;
  origin: string | null;
  coders: PlanCoder[];
  nodes: PlanNode[];
  attributes: PlanAttribute[];
  cases: PlanCase[];
  sources: PlanSource[];
  memos: PlanMemo[];
  references: PlanReference[];
  // diagram rows as our own export wrote them (restored by the diagrams writer)
  diagrams: PlanDiagram[];
  leftOut: LeftOutItem[];
  notes: string[];
  previewSources: PreviewSource[];
  // GUIDs of our sets and field variables by element key, kept for the next export
  elementGuids: Record<string, string>;
}

// A diagram read back from our own export (the note that travels with its graph).
export interface PlanDiagram {
  key: string;
  data: DiagramData;
}
