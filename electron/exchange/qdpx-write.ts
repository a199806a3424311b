// Writes an import plan into a project through the action recorder: coders, nodes,
// attributes, organisations, cases, sources (with their segments and speakers), codings,
// memos and references, keeping the file's GUIDs where they are usable and free.
import type { ImportPlan, PlanValue } from '../../shared/exchange/import-plan-types.ts';
import type { ActionRecorder } from '../db/undo-log.ts';
import { codebookQueries } from '../codebook/queries.ts';
import { projectQueries } from '../projects/queries.ts';
import { importTextSource } from '../sources/sources.ts';
import type { SpeakerAssignment } from '../sources/sources.ts';
import { memoContentJson } from '../../shared/exchange/memo-json.ts';
import { canonicalGuid } from '../../shared/exchange/refi-model.ts';
import { codePointLength } from '../../shared/text/code-points.ts';
import { writeDiagrams } from './qdpx-diagrams.ts';
import { freshGuid } from './qdpx-fresh-guid.ts';

export interface WrittenIds {
  nodes: Map<string, number>;
  cases: Map<string, number>;
  sources: Map<string, number>;
  codings: Map<string, number>;
}

type Progress = (done: number, total: number, message: string) => void;

function validTime(value: string | null, fallback: string): string {
  return value !== null && !Number.isNaN(Date.parse(value)) ? new Date(value).toISOString() : fallback;
}

// Writes the nodes of a plan (parents first) and returns node key -> id.
export function writeNodes(rec: ActionRecorder, nodes: ImportPlan['nodes'], now: string, parentOf: (key: string | null) => number | null = () => null): Map<string, number> {
  const ids = new Map<string, number>();
  let order = Number(codebookQueries(rec.store).nextSortOrder.get()) - 1;
  for (const node of nodes) {
    const parentId = node.parentKey === null ? null : (ids.get(node.parentKey) ?? parentOf(node.parentKey));
    const id = rec.insert('nodes', {
      guid: freshGuid(rec, 'nodes', node.guid),
      parent_id: parentId,
      name: node.name,
      description: node.description,
      color: node.color,
      question: node.question,
      sort_order: ++order,
      created_at: now,
      is_codable: node.isCodable ? 1 : 0,
    });
    ids.set(node.key, id);
    for (const component of node.components) rec.insert('node_components', { node_id: id, component });
  }
  return ids;
}

// The project's description, where the file came from and the element GUIDs it gave.
function writeSettings(rec: ActionRecorder, plan: ImportPlan): void {
  if (plan.projectDescription.trim() !== '') {
    const existing = projectQueries(rec.store).settingRowid.get('project.description');
    if (existing === undefined) rec.insert('project_settings', { key: 'project.description', value: plan.projectDescription });
    else rec.update('project_settings', existing, { value: plan.projectDescription });
  }
  if (plan.origin) rec.insert('project_settings', { key: 'exchange.imported_from', value: plan.origin.slice(0, 500) });
  for (const [key, guid] of Object.entries(plan.elementGuids)) rec.insert('project_settings', { key: `exchange.guid.${key}`, value: guid });
}

type ValueWriter = (table: 'case_attribute_values' | 'source_attribute_values', owner: 'case_id' | 'source_id', ownerId: number, values: readonly PlanValue[]) => void;

// Writes the attributes and returns what writes a case's or a source's values of them.
function writeAttributes(rec: ActionRecorder, attributes: ImportPlan['attributes']): ValueWriter {
  const ids = new Map<string, number>();
  attributes.forEach((a, i) => {
    ids.set(a.key, rec.insert('attributes', { guid: freshGuid(rec, 'attributes', a.guid), applies_to: a.appliesTo, name: a.name, value_type: a.valueType, choices_json: a.choicesJson, sort_order: i + 1 }));
  });
  return (table, owner, ownerId, values) => {
    for (const v of values) {
      const attributeId = ids.get(v.attributeKey);
      if (attributeId !== undefined) rec.insert(table, { [owner]: ownerId, attribute_id: attributeId, value: v.value });
    }
  };
}

type PlanOrganisation = NonNullable<ImportPlan['cases'][number]['organisation']>;

// What gives a case's organisation its row: each organisation (and its project) is written once.
function organisationWriter(rec: ActionRecorder): (org: PlanOrganisation) => number {
  const projectIds = new Map<string, number>();
  const organisationIds = new Map<string, number>();
  return (org) => {
    let projectId: number | null = null;
    if (org.project) {
      projectId = projectIds.get(org.project) ?? null;
      if (projectId === null) {
        projectId = rec.insert('projects', { guid: rec.store.newGuid(), name: org.project, title: '', funder: '', description: '' });
        projectIds.set(org.project, projectId);
      }
    }
    const key = `${org.name}\u0000${org.project ?? ''}`;
    let id = organisationIds.get(key);
    if (id === undefined) {
      id = rec.insert('organisations', { guid: rec.store.newGuid(), name: org.name, project_id: projectId, partner_role: org.partnerRole, provider_type: org.providerType, region: org.region });
      organisationIds.set(key, id);
    }
    return id;
  };
}

// Writes the cases with their organisations and values; returns case key -> id.
function writeCases(rec: ActionRecorder, cases: ImportPlan['cases'], now: string, writeValues: ValueWriter): Map<string, number> {
  const organisationOf = organisationWriter(rec);
  const ids = new Map<string, number>();
  for (const c of cases) {
    const id = rec.insert('cases', {
      guid: freshGuid(rec, 'cases', c.guid),
      label: c.label,
      real_name: c.realName,
      role: c.role,
      job_title: c.jobTitle,
      organisation_id: c.organisation ? organisationOf(c.organisation) : null,
      classification_id: null,
      description: c.description,
      created_at: now,
    });
    ids.set(c.key, id);
    writeValues('case_attribute_values', 'case_id', id, c.values);
  }
  return ids;
}

interface SourceWriting {
  now: string;
  cases: ReadonlyMap<string, number>;
  nodes: ReadonlyMap<string, number>;
  coders: ReadonlyMap<string, number>;
  writeValues: ValueWriter;
  onProgress?: Progress;
}

// Writes the sources (text, segments, speakers) and their codings; returns the source ids,
// the coding ids memos and diagram evidence need, and every coding by its GUID when diagrams come.
function writeSources(rec: ActionRecorder, plan: ImportPlan, ctx: SourceWriting): { sources: Map<string, number>; codings: Map<string, number>; codingByGuid: Map<string, number>; lengths: Map<string, number> } {
  const store = rec.store;
  const sources = new Map<string, number>();
  // coding key -> id, kept only for what needs it later (memos on codings, diagram evidence),
  // not for the hundreds of thousands of codings of a large study
  const codings = new Map<string, number>();
  const memoCodings = new Set(plan.memos.filter((m) => m.targetKind === 'coding' && m.targetKey !== null).map((m) => m.targetKey));
  const keepAll = plan.diagrams.length > 0;
  const codingByGuid = new Map<string, number>();
  const lengths = new Map<string, number>();
  const annotated = new Set(plan.memos.filter((m) => m.range !== undefined).map((m) => m.targetKey));
  plan.sources.forEach((s, index) => {
    ctx.onProgress?.(index, plan.sources.length, `Importing ${s.name}`);
    const speakers: Record<string, SpeakerAssignment> = {};
    for (const [label, who] of Object.entries(s.speakers)) {
      const caseId = who === 'interviewer' ? 'interviewer' : ctx.cases.get(who);
      if (caseId !== undefined) speakers[label] = { caseId };
    }
    const text = s.loadText();
    if (annotated.has(s.key)) lengths.set(s.key, codePointLength(text));
    const summary = importTextSource(
      store,
      {
        name: s.name,
        kind: s.kind,
        text,
        originFormat: 'qdpx',
        originFileName: s.originFileName,
        round: s.round,
        mode: s.mode,
        interviewDate: s.interviewDate,
        description: s.description,
        speakers: Object.keys(speakers).length > 0 ? speakers : undefined,
        caseIds: s.caseKeys.map((k) => ctx.cases.get(k)).filter((id): id is number => id !== undefined),
      },
      rec,
    );
    rec.update('sources', summary.id, { guid: freshGuid(rec, 'sources', s.guid) });
    sources.set(s.key, summary.id);
    ctx.writeValues('source_attribute_values', 'source_id', summary.id, s.values);
    for (const c of s.codings) {
      const nodeId = ctx.nodes.get(c.nodeKey);
      if (nodeId === undefined) continue;
      const id = rec.insert('codings', {
        guid: freshGuid(rec, 'codings', c.guid),
        source_id: summary.id,
        node_id: nodeId,
        start: c.start,
        end: c.end,
        coder_id: c.coderKey === null ? null : (ctx.coders.get(c.coderKey) ?? null),
        created_at: validTime(c.createdAt, ctx.now),
      });
      if (keepAll || memoCodings.has(c.key)) codings.set(c.key, id);
      if (keepAll && c.guid !== null) codingByGuid.set(c.guid, id);
    }
    // written: let this source's codings go, so the plan shrinks as the project file grows
    s.codings = [];
  });
  return { sources, codings, codingByGuid, lengths };
}

// Writes the memos, each on what it was on in the file (on the project when that is not here).
function writeMemos(rec: ActionRecorder, memos: ImportPlan['memos'], now: string, targetId: (kind: string, key: string | null) => number | null | undefined, coderOf: (user: string | undefined) => number | null, sourceLength: (key: string | null) => number | undefined): void {
  for (const m of memos) {
    const id = targetId(m.targetKind, m.targetKey);
    const onProject = m.targetKind === 'project' || id === undefined || id === null;
    const created = validTime(m.createdAt, now);
    // a passage is kept within its source's text (another program's positions may run past its end)
    const length = m.range && !onProject && m.targetKind === 'source' ? sourceLength(m.targetKey) : undefined;
    const range = m.range && length !== undefined ? { start: Math.min(m.range.start, length), end: Math.min(Math.max(m.range.start, m.range.end), length) } : null;
    rec.insert('memos', {
      guid: freshGuid(rec, 'memos', m.guid),
      target_kind: onProject ? 'project' : m.targetKind,
      target_id: onProject ? null : id,
      title: m.title,
      content_json: memoContentJson(m.plainText),
      plain_text: m.plainText,
      created_at: created,
      updated_at: validTime(m.updatedAt, created),
      coder_id: coderOf(m.creatingUser),
      range_start: range?.start ?? null,
      range_end: range?.end ?? null,
    });
  }
}

// The coder a REFI user became (by the user's GUID), or null.
function coderOfUser(plan: ImportPlan, coders: ReadonlyMap<string, number>, user: string | undefined): number | null {
  const guid = canonicalGuid(user);
  if (guid === null) return null;
  const coder = plan.coders.find((c) => c.guid === guid || c.key === guid);
  return coder ? (coders.get(coder.key) ?? null) : null;
}

// Writes a whole import plan into an empty project; it consumes the plan (each source's codings are
// dropped once written), so take the preview of the plan first.
export function writePlan(rec: ActionRecorder, plan: ImportPlan, onProgress?: Progress): WrittenIds {
  const now = rec.store.now().toISOString();
  writeSettings(rec, plan);
  const coders = new Map<string, number>();
  for (const c of plan.coders) coders.set(c.key, rec.insert('coders', { guid: freshGuid(rec, 'coders', c.guid), name: c.name, initials: c.initials, created_at: now }));
  const nodes = writeNodes(rec, plan.nodes, now);
  const writeValues = writeAttributes(rec, plan.attributes);
  const cases = writeCases(rec, plan.cases, now, writeValues);
  const { sources, codings, codingByGuid, lengths } = writeSources(rec, plan, { now, cases, nodes, coders, writeValues, onProgress });
  const diagrams = writeDiagrams(rec, plan.diagrams, codingByGuid);
  const targetId = (kind: string, key: string | null): number | null | undefined => {
    if (key === null) return null;
    if (kind === 'diagram') return diagrams.get(key);
    if (kind === 'node') return nodes.get(key);
    if (kind === 'case') return cases.get(key);
    if (kind === 'source') return sources.get(key);
    if (kind === 'coding') return codings.get(key);
    return undefined;
  };
  writeMemos(rec, plan.memos, now, targetId, (user) => coderOfUser(plan, coders, user), (key) => (key === null ? undefined : lengths.get(key)));
  for (const r of plan.references) {
    rec.insert('exchange_references', {
      guid: freshGuid(rec, 'exchange_references', r.guid),
      kind: r.kind,
      name: r.name,
      path: r.path,
      current_path: r.currentPath,
      description: r.description,
      origin: plan.origin ?? '',
      note: r.note,
      imported_at: now,
    });
  }
  onProgress?.(plan.sources.length, plan.sources.length, 'Imported');
  return { nodes, cases, sources, codings };
}
