// Reads what every query needs to know about the project besides codings and text:
// nodes (paths, tree, questions), cases with their attributes, sources with theirs, and
// coders, each part on its own. index-cache.ts keeps each until its tables change.
import type { InterviewMode, SourceKind } from '../../shared/model/entities.ts';
import type { Store } from '../db/store.ts';
import { lookupRows } from './index-queries.ts';
import type { IndexNodeRow } from './index-queries.ts';

export interface NodeInfo {
  id: number;
  parentId: number | null;
  name: string;
  path: string;
  question: number | null;
  children: number[];
}

export interface CaseInfo {
  id: number;
  label: string;
  role: string;
  project: string | null;
  partnerRole: string | null;
  region: string | null;
  providerType: string | null;
  attributes: Map<string, string>;
}

export interface SourceInfo {
  id: number;
  name: string;
  kind: SourceKind;
  round: number | null;
  mode: InterviewMode | null;
  interviewDate: string | null;
  attributes: Map<string, string>;
  // the source's only case (its author or interviewee), used when a position has no speaker case
  singleCaseId: number | null;
}

export interface Lookups {
  nodes: Map<number, NodeInfo>;
  cases: Map<number, CaseInfo>;
  sources: Map<number, SourceInfo>;
  coders: Map<number, { name: string; initials: string }>;
}

function nodeMap(rows: IndexNodeRow[]): Map<number, NodeInfo> {
  const nodes = new Map<number, NodeInfo>();
  for (const r of rows) nodes.set(r.id, { id: r.id, parentId: r.parent_id, name: r.name, path: r.name, question: r.question, children: [] });
  for (const n of nodes.values()) if (n.parentId !== null) nodes.get(n.parentId)?.children.push(n.id);
  for (const n of nodes.values()) {
    const names = [n.name];
    let parent = n.parentId === null ? undefined : nodes.get(n.parentId);
    for (let depth = 0; parent && depth < 100; depth++) {
      names.unshift(parent.name);
      parent = parent.parentId === null ? undefined : nodes.get(parent.parentId);
    }
    n.path = names.join('/');
  }
  return nodes;
}

// The nodes of the project, with paths and children.
export function readNodes(store: Store): Map<number, NodeInfo> {
  return nodeMap(lookupRows.nodes(store));
}

// The cases of the project, with their attributes.
export function readCases(store: Store): Map<number, CaseInfo> {
  const cases = new Map<number, CaseInfo>();
  for (const r of lookupRows.cases(store)) {
    cases.set(r.id, { id: r.id, label: r.label, role: r.role, project: r.project, partnerRole: r.partner_role, region: r.region, providerType: r.provider_type, attributes: new Map() });
  }
  for (const r of lookupRows.caseAttributes(store)) cases.get(r.case_id)?.attributes.set(r.name, r.value);
  return cases;
}

// The sources of the project, with their attributes and their only case.
export function readSources(store: Store): Map<number, SourceInfo> {
  const sources = new Map<number, SourceInfo>();
  for (const r of lookupRows.sources(store)) sources.set(r.id, { id: r.id, name: r.name, kind: r.kind, round: r.round, mode: r.mode, interviewDate: r.interview_date, attributes: new Map(), singleCaseId: null });
  for (const r of lookupRows.sourceAttributes(store)) sources.get(r.source_id)?.attributes.set(r.name, r.value);
  for (const r of lookupRows.singleCases(store)) {
    const s = sources.get(r.source_id);
    if (s) s.singleCaseId = r.case_id;
  }
  return sources;
}

// The coders of the project.
export function readCoders(store: Store): Map<number, { name: string; initials: string }> {
  const coders = new Map<number, { name: string; initials: string }>();
  for (const r of lookupRows.coders(store)) coders.set(r.id, { name: r.name, initials: r.initials });
  return coders;
}
