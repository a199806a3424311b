// Matching another coder's coders, codes, attributes and cases to the open project's:
// coders by GUID, then by name; codes by GUID, then by path (new codes go under their
// parents); attributes by GUID, then by what they apply to and their name; cases by GUID,
// then by real name, then by label. What has no match is added.
import type { PlanAttribute, PlanCase, PlanCoder, PlanNode } from '../../shared/exchange/import-plan-types.ts';
import type { MatchedBy } from '../../shared/model/team.ts';
import type { Store } from '../db/store.ts';
import { listCoders } from '../projects/project-info.ts';
import { agreementQueries } from './agreement-queries.ts';
import type { IncomingProject } from './merge-model.ts';
import { mergeQueries } from './merge-queries.ts';

// What an incoming thing became: an existing row (with how it was matched), or new.
export type Match = { id: number; by: Exclude<MatchedBy, 'new'> } | { id: null; by: 'new' };

export interface MatchedParts {
  coders: Map<string, Match>;
  newCoders: (PlanCoder & { initials: string })[];
  nodes: Map<string, Match>;
  // new nodes, parents first, each with its path
  newNodes: (PlanNode & { path: string })[];
  nodePaths: Map<string, string>;
  attributes: Map<string, Match>;
  newAttributes: PlanAttribute[];
  cases: Map<string, Match>;
  newCases: PlanCase[];
}

const lower = (s: string): string => s.trim().toLowerCase();

// Initials not yet taken in the project (a digit is added when they are).
function freeInitials(wanted: string, taken: Set<string>): string {
  const base = (wanted.trim() || 'C').toUpperCase().slice(0, 8);
  let candidate = base;
  for (let n = 2; taken.has(candidate); n++) candidate = `${base}${n}`;
  taken.add(candidate);
  return candidate;
}

function matchCoders(store: Store, incoming: IncomingProject): Pick<MatchedParts, 'coders' | 'newCoders'> {
  const lead = listCoders(store);
  const byGuid = new Map(lead.map((c) => [c.guid, c.id]));
  const byName = new Map(lead.map((c) => [lower(c.name), c.id]));
  const taken = new Set(lead.map((c) => c.initials));
  const coders = new Map<string, Match>();
  const newCoders: MatchedParts['newCoders'] = [];
  for (const c of incoming.coders) {
    const guidMatch = c.guid === null ? undefined : byGuid.get(c.guid);
    const nameMatch = byName.get(lower(c.name));
    if (guidMatch !== undefined) coders.set(c.key, { id: guidMatch, by: 'guid' });
    else if (nameMatch !== undefined) coders.set(c.key, { id: nameMatch, by: 'name' });
    else {
      coders.set(c.key, { id: null, by: 'new' });
      newCoders.push({ ...c, initials: freeInitials(c.initials, taken) });
    }
  }
  return { coders, newCoders };
}

// Incoming nodes ordered parents first, with their paths.
function nodesParentsFirst(nodes: readonly PlanNode[]): (PlanNode & { path: string })[] {
  const byKey = new Map(nodes.map((n) => [n.key, n]));
  const out: (PlanNode & { path: string })[] = [];
  const done = new Map<string, string>();
  const visit = (n: PlanNode, depth: number): string => {
    const known = done.get(n.key);
    if (known !== undefined) return known;
    const parent = n.parentKey === null || depth > 100 ? undefined : byKey.get(n.parentKey);
    const path = parent ? `${visit(parent, depth + 1)}/${n.name}` : n.name;
    done.set(n.key, path);
    out.push({ ...n, path });
    return path;
  };
  for (const n of nodes) visit(n, 0);
  return out;
}

function matchNodes(store: Store, incoming: IncomingProject): Pick<MatchedParts, 'nodes' | 'newNodes' | 'nodePaths'> {
  const tree = agreementQueries(store).nodeTree.all();
  const byId = new Map(tree.map((n) => [n.id, n]));
  const pathOf = (id: number): string => {
    const names: string[] = [];
    for (let n = byId.get(id); n && names.length < 100; n = n.parent_id === null ? undefined : byId.get(n.parent_id)) names.unshift(n.name);
    return names.join('/');
  };
  const byGuid = new Map(tree.map((n) => [n.guid, n.id]));
  const byPath = new Map(tree.map((n) => [lower(pathOf(n.id)), n.id]));
  const nodes = new Map<string, Match>();
  const newNodes: MatchedParts['newNodes'] = [];
  const nodePaths = new Map<string, string>();
  for (const n of nodesParentsFirst(incoming.nodes)) {
    nodePaths.set(n.key, n.path);
    const guidMatch = n.guid === null ? undefined : byGuid.get(n.guid);
    const pathMatch = byPath.get(lower(n.path));
    if (guidMatch !== undefined) nodes.set(n.key, { id: guidMatch, by: 'guid' });
    else if (pathMatch !== undefined) nodes.set(n.key, { id: pathMatch, by: 'path' });
    else {
      nodes.set(n.key, { id: null, by: 'new' });
      newNodes.push(n);
    }
  }
  return { nodes, newNodes, nodePaths };
}

function matchAttributes(store: Store, incoming: IncomingProject): Pick<MatchedParts, 'attributes' | 'newAttributes'> {
  const lead = mergeQueries(store).attributes.all();
  const byGuid = new Map(lead.map((a) => [a.guid, a.id]));
  const byName = new Map(lead.map((a) => [`${a.applies_to}:${lower(a.name)}`, a.id]));
  const attributes = new Map<string, Match>();
  const newAttributes: PlanAttribute[] = [];
  for (const a of incoming.attributes) {
    const guidMatch = a.guid === null ? undefined : byGuid.get(a.guid);
    const nameMatch = byName.get(`${a.appliesTo}:${lower(a.name)}`);
    if (guidMatch !== undefined) attributes.set(a.key, { id: guidMatch, by: 'guid' });
    else if (nameMatch !== undefined) attributes.set(a.key, { id: nameMatch, by: 'name' });
    else {
      attributes.set(a.key, { id: null, by: 'new' });
      newAttributes.push(a);
    }
  }
  return { attributes, newAttributes };
}

function matchCases(store: Store, incoming: IncomingProject): Pick<MatchedParts, 'cases' | 'newCases'> {
  const lead = mergeQueries(store).cases.all();
  const byGuid = new Map(lead.map((c) => [c.guid, c.id]));
  const byRealName = new Map(lead.map((c) => [lower(c.real_name), c.id]));
  const byLabel = new Map(lead.map((c) => [lower(c.label), c.id]));
  const cases = new Map<string, Match>();
  const newCases: PlanCase[] = [];
  for (const c of incoming.cases) {
    const guidMatch = c.guid === null ? undefined : byGuid.get(c.guid);
    const nameMatch = byRealName.get(lower(c.realName)) ?? byLabel.get(lower(c.label));
    if (guidMatch !== undefined) cases.set(c.key, { id: guidMatch, by: 'guid' });
    else if (nameMatch !== undefined) cases.set(c.key, { id: nameMatch, by: 'name' });
    else {
      cases.set(c.key, { id: null, by: 'new' });
      newCases.push(c);
    }
  }
  return { cases, newCases };
}

// Matches everything but the sources.
export function matchParts(store: Store, incoming: IncomingProject): MatchedParts {
  return { ...matchCoders(store, incoming), ...matchNodes(store, incoming), ...matchAttributes(store, incoming), ...matchCases(store, incoming) };
}
