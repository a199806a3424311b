// What a merge reads from another coder's file, whichever kind it is: the REFI-QDA import
// plan (a .qdpx, planned in the reader process) or the same shape read from an Activity
// Lens project (.alens). Keys tie the parts together; an .alens's keys are its GUIDs.
import type { PlanAttribute, PlanCase, PlanCoder, PlanNode, PlanValue } from '../../shared/exchange/import-plan-types.ts';
import type { InterviewMode, MemoTarget, SourceKind } from '../../shared/model/entities.ts';

export interface IncomingCoding {
  key: string;
  guid: string | null;
  nodeKey: string;
  start: number;
  end: number;
  coderKey: string | null;
  createdAt: string | null;
}

export interface IncomingSource {
  key: string;
  guid: string | null;
  name: string;
  kind: SourceKind;
  // the source's text (read when needed)
  loadText: () => string;
  round: number | null;
  mode: InterviewMode | null;
  interviewDate: string | null;
  description: string;
  caseKeys: string[];
  // speaker label -> case key or 'interviewer'
  speakers: Record<string, string>;
  values: PlanValue[];
  codings: IncomingCoding[];
}

export interface IncomingMemo {
  guid: string | null;
  title: string;
  plainText: string;
  // the memo's formatted content when the file keeps it (an .alens), else made from the plain text
  contentJson: string | null;
  targetKind: MemoTarget;
  targetKey: string | null;
  coderKey: string | null;
  createdAt: string | null;
  updatedAt: string | null;
}

export interface IncomingProject {
  format: 'alens' | 'qdpx';
  fileName: string;
  // sha-256 of the file's bytes: the same file merged twice is known by it
  hash: string;
  // where a package came from, when the file is one of ours
  packageGuid: string | null;
  coders: PlanCoder[];
  nodes: PlanNode[];
  attributes: PlanAttribute[];
  cases: PlanCase[];
  sources: IncomingSource[];
  memos: IncomingMemo[];
}
