// Reads what every query needs to know about the project besides codings and text:
// nodes (paths, tree, questions), cases with their attributes, sources with theirs, and
// coders. queries-index.ts keeps the result until the project changes.
import type { InterviewMode, SourceKind } from '../../shared/model/entities.ts';
import { sql } from '../db/statements.ts';
import type { Store } from '../db/store.ts';

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

// Reads nodes, cases, sources and coders from the project.
export function readLookups(store: Store): Lookups {
  const nodeRows = sql(store, 'SELECT id, parent_id, name, question FROM nodes ORDER BY sort_order, id').all() as { id: number; parent_id: number | null; name: string; question: number | null }[];
  const nodes = new Map<number, NodeInfo>();
  for (const r of nodeRows) nodes.set(r.id, { id: r.id, parentId: r.parent_id, name: r.name, path: r.name, question: r.question, children: [] });
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

  const cases = new Map<number, CaseInfo>();
  const caseRows = sql(
    store,
    `SELECT k.id, k.label, k.role, p.name AS project, o.partner_role, o.region, o.provider_type
     FROM cases k LEFT JOIN organisations o ON o.id = k.organisation_id LEFT JOIN projects p ON p.id = o.project_id`,
  ).all() as { id: number; label: string; role: string; project: string | null; partner_role: string | null; region: string | null; provider_type: string | null }[];
  for (const r of caseRows) {
    cases.set(r.id, { id: r.id, label: r.label, role: r.role, project: r.project, partnerRole: r.partner_role, region: r.region, providerType: r.provider_type, attributes: new Map() });
  }
  for (const r of sql(store, "SELECT v.case_id, a.name, v.value FROM case_attribute_values v JOIN attributes a ON a.id = v.attribute_id WHERE a.applies_to = 'case'").all() as { case_id: number; name: string; value: string }[]) {
    cases.get(r.case_id)?.attributes.set(r.name, r.value);
  }

  const sources = new Map<number, SourceInfo>();
  const sourceRows = sql(store, 'SELECT id, name, kind, round, mode, interview_date FROM sources').all() as { id: number; name: string; kind: SourceKind; round: number | null; mode: InterviewMode | null; interview_date: string | null }[];
  for (const r of sourceRows) sources.set(r.id, { id: r.id, name: r.name, kind: r.kind, round: r.round, mode: r.mode, interviewDate: r.interview_date, attributes: new Map(), singleCaseId: null });
  for (const r of sql(store, "SELECT v.source_id, a.name, v.value FROM source_attribute_values v JOIN attributes a ON a.id = v.attribute_id WHERE a.applies_to = 'source'").all() as { source_id: number; name: string; value: string }[]) {
    sources.get(r.source_id)?.attributes.set(r.name, r.value);
  }
  for (const r of sql(store, 'SELECT source_id, min(case_id) AS case_id FROM source_cases GROUP BY source_id HAVING count(*) = 1').all() as { source_id: number; case_id: number }[]) {
    const s = sources.get(r.source_id);
    if (s) s.singleCaseId = r.case_id;
  }

  const coders = new Map<number, { name: string; initials: string }>();
  for (const r of sql(store, 'SELECT id, name, initials FROM coders').all() as { id: number; name: string; initials: string }[]) coders.set(r.id, { name: r.name, initials: r.initials });
  return { nodes, cases, sources, coders };
}
