// Works out everything an import of a REFI-QDA project will write and everything it
// cannot, before anything is written (the preview and the data-loss warning come from
// the same plan the writer then writes).
import { makeVariableBook, planCase } from './import-plan-cases.ts';
import { planCodebook } from './import-plan-codebook.ts';
import { planNotes } from './import-plan-notes.ts';
import { SourcePlanner } from './import-plan-sources.ts';
import { PlanState } from './import-plan-state.ts';
import type { TextLookup } from './import-plan-state.ts';
import type { ImportPlan, PlanCase, PlanCoder, PlanNode, PlanSource } from './import-plan-types.ts';
import { canonicalGuid } from './refi-model.ts';
import type { RefiProject } from './refi-model.ts';


function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => Array.from(w)[0] ?? '')
    .join('')
    .toUpperCase()
    .slice(0, 6);
}

// The project's users as coders, and a lookup from a user's GUID to the coder's key.
function planCoders(state: PlanState, project: RefiProject): { coders: PlanCoder[]; coderKey: (guid: string | undefined) => string | null } {
  const coders: PlanCoder[] = project.users.map((u) => {
    const { key, guid } = state.keys.take('coder', u.guid);
    const name = (u.name ?? u.id ?? 'Coder').trim().slice(0, 200) || 'Coder';
    return { key, guid, name, initials: (u.id ?? initialsOf(name)).slice(0, 20) };
  });
  const coderOf = new Map<string, string>();
  project.users.forEach((u, i) => {
    const g = canonicalGuid(u.guid);
    if (g !== null && coders[i]) coderOf.set(g, coders[i].key);
  });
  return { coders, coderKey: (guid) => coderOf.get(canonicalGuid(guid) ?? '') ?? null };
}

// The cases; a nameless case naming one source only carries that source's values (a document's attributes).
function planCases(state: PlanState, project: RefiProject, book: ReturnType<typeof makeVariableBook>) {
  const cases: PlanCase[] = [];
  const caseKeyOf = new Map<string, string>();
  const documentValues = new Map<string, RefiProject['cases'][number]['values']>();
  for (const c of project.cases) {
    if ((c.name ?? '').trim() === '' && c.sourceRefs.length === 1 && c.selectionRefs.length === 0) {
      const target = canonicalGuid(c.sourceRefs[0]);
      if (target !== null) documentValues.set(target, [...(documentValues.get(target) ?? []), ...c.values]);
      continue;
    }
    const { key, guid } = state.keys.take('case', c.guid);
    cases.push(planCase(book, c, key, guid));
    const g = canonicalGuid(c.guid);
    if (g !== null) caseKeyOf.set(g, key);
    state.place(c.guid, { kind: 'case', key });
    if (c.codeRefs.length > 0) state.left.add('Codes applied to whole cases', 'Activity Lens codes passages of sources, not whole cases.', c.name, c.codeRefs.length);
  }
  return { cases, caseKeyOf, documentValues };
}

// Links each case to the sources and selections it names.
function linkCases(state: PlanState, project: RefiProject, caseKeyOf: ReadonlyMap<string, string>, planner: SourcePlanner): void {
  const byKey = new Map<string, PlanSource>(planner.sources.map((s) => [s.key, s]));
  for (const c of project.cases) {
    const caseKey = caseKeyOf.get(canonicalGuid(c.guid) ?? '');
    if (!caseKey) continue;
    const viaSources = c.sourceRefs.map((g) => state.placements.get(canonicalGuid(g) ?? '')).filter((p) => p?.kind === 'source').map((p) => p?.key ?? '');
    const viaSelections = c.selectionRefs.map((g) => planner.selectionSource.get(canonicalGuid(g) ?? '') ?? '');
    for (const sourceKey of [...viaSources, ...viaSelections]) {
      const source = byKey.get(sourceKey);
      if (source && !source.caseKeys.includes(caseKey)) source.caseKeys.push(caseKey);
    }
  }
}

// A code the file marks as not codable yet codes text at stays codable, so its codings are kept.
function keepCodedCategoriesCodable(state: PlanState, nodes: readonly PlanNode[], sources: readonly PlanSource[]): void {
  const categories = new Map(nodes.filter((n) => !n.isCodable).map((n) => [n.key, n]));
  if (categories.size === 0) return;
  const coded = new Set<PlanNode>();
  for (const s of sources) {
    for (const c of s.codings) {
      const node = categories.get(c.nodeKey);
      if (node) coded.add(node);
    }
  }
  for (const node of coded) node.isCodable = true;
  if (coded.size > 0) {
    state.notes.push(`${coded.size} code${coded.size === 1 ? ' is' : 's are'} marked in the file as not codable (a category) but ${coded.size === 1 ? 'has' : 'have'} codings, so ${coded.size === 1 ? 'it stays' : 'they stay'} codable and the codings are kept: ${[...coded].map((n) => n.name).slice(0, 5).join(', ')}.`);
  }
}

// Notes for the preview about how positions were read.
function positionNotes(planner: SourcePlanner): string[] {
  const notes: string[] = [];
  const empty = planner.emptyCodings;
  if (empty > 0) notes.push(empty === 1 ? '1 zero-length selection is kept as an empty coding at its place in the text.' : `${empty} zero-length selections are kept as empty codings at their place in the text.`);
  const reread = planner.previewSources.filter((p) => p.status === 'text' && p.positions !== null);
  if (reread.length > 0) notes.push(`Positions were re-read for ${reread.length} source${reread.length === 1 ? '' : 's'} (${[...new Set(reread.map((p) => p.positions))].join('; ')}).`);
  return notes;
}

// Builds the import plan of a REFI project; `lookup` reads a source's text file from the archive.
// It consumes the project: each text source keeps only its selections that carry notes once planned.
export function planProjectImport(project: RefiProject, lookup: TextLookup, onProgress?: (done: number, total: number, message: string) => void): ImportPlan {
  const state = new PlanState();
  const { coders, coderKey } = planCoders(state, project);
  // cases first: codes that share a case's GUID are the case itself (NVivo), not a node
  const caseGuids = new Set(project.cases.map((c) => canonicalGuid(c.guid)).filter((g): g is string => g !== null));
  const codebook = planCodebook(project.codes, project.sets, state.keys, caseGuids);
  state.notes.push(...codebook.notes);
  for (const item of codebook.leftOut) {
    state.left.add(item.what, item.reason, undefined, item.count);
    for (const e of item.examples) state.left.add(item.what, item.reason, e, 0);
  }
  for (const n of codebook.nodes) state.place(n.guid ?? undefined, { kind: 'node', key: n.key });
  const book = makeVariableBook(project.variables, state.keys);
  const { cases, caseKeyOf, documentValues } = planCases(state, project, book);
  const planner = new SourcePlanner(state, project, lookup, { codebook, book, caseGuids, caseKeyOf, documentValues, coderKey });
  planner.planAll(onProgress);
  linkCases(state, project, caseKeyOf, planner);
  keepCodedCategoriesCodable(state, codebook.nodes, planner.sources);
  state.notes.push(...positionNotes(planner));
  const noted = planNotes(project, lookup, state.placements, state.keys, state.left);
  state.notes.push(...noted.notes);
  const used = new Set([...codebook.usedSets]);
  const sourceSets = project.sets.filter((s) => !used.has(s.guid) && s.memberCodes.length === 0 && (s.memberSources.length > 0 || s.memberNotes.length > 0));
  if (sourceSets.length > 0) state.left.add('Source and note sets', 'Activity Lens has no sets of sources; the sources themselves are imported.', sourceSets.map((s) => s.name).slice(0, 5).join(', '), sourceSets.length);
  return {
    projectName: project.name,
    projectDescription: project.description ?? '',
    origin: project.origin ?? null,
    coders,
    nodes: codebook.nodes,
    attributes: book.attributes,
    cases,
    sources: planner.sources,
    memos: [...noted.memos, ...planner.annotations],
    references: planner.references,
    diagrams: noted.diagrams,
    leftOut: state.left.list(),
    notes: state.notes,
    previewSources: planner.previewSources,
    elementGuids: { ...codebook.elementGuids, ...book.elementGuids },
  };
}
