// Writes a merge plan into the open project inside one action: new coders, attributes,
// codes (under their parents), cases (with their organisations), new sources (with their
// speaker turns), the codings at their mapped places under their coders, the memos with
// their authors, the values and case links the project lacks, and the merge's record.
import { memoContentJson } from '../../shared/exchange/memo-json.ts';
import type { ActionRecorder } from '../db/undo-log.ts';
import { writeNodes } from '../exchange/qdpx-write.ts';
import { freshGuid } from '../exchange/qdpx-fresh-guid.ts';
import { importTextSource } from '../sources/sources.ts';
import type { SpeakerAssignment } from '../sources/sources.ts';
import type { MergePlan } from './merge-plan.ts';
import { mergeQueries } from './merge-queries.ts';

export interface WrittenMerge {
  codings: number;
  sources: Map<string, number>;
}

type Progress = (done: number, total: number, message: string) => void;

// Ids of what the plan matched, completed with what is written.
function idsOf(matches: ReadonlyMap<string, { id: number | null }>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [key, m] of matches) if (m.id !== null) out.set(key, m.id);
  return out;
}

function writeCoders(rec: ActionRecorder, plan: MergePlan, now: string): Map<string, number> {
  const ids = idsOf(plan.parts.coders);
  for (const c of plan.parts.newCoders) ids.set(c.key, rec.insert('coders', { guid: freshGuid(rec, 'coders', c.guid), name: c.name, initials: c.initials, created_at: now }));
  return ids;
}

function writeAttributes(rec: ActionRecorder, plan: MergePlan): Map<string, number> {
  const ids = idsOf(plan.parts.attributes);
  plan.parts.newAttributes.forEach((a, i) => {
    ids.set(a.key, rec.insert('attributes', { guid: freshGuid(rec, 'attributes', a.guid), applies_to: a.appliesTo, name: a.name, value_type: a.valueType, choices_json: a.choicesJson, sort_order: 1000 + i }));
  });
  return ids;
}

function writeCases(rec: ActionRecorder, plan: MergePlan, attributes: ReadonlyMap<string, number>, now: string): Map<string, number> {
  const ids = idsOf(plan.parts.cases);
  const q = mergeQueries(rec.store);
  for (const c of plan.parts.newCases) {
    const id = rec.insert('cases', { guid: freshGuid(rec, 'cases', c.guid), label: c.label, real_name: c.realName, role: c.role, job_title: c.jobTitle, organisation_id: null, classification_id: null, description: c.description, created_at: now });
    ids.set(c.key, id);
    for (const v of c.values) {
      const attributeId = attributes.get(v.attributeKey);
      if (attributeId !== undefined) rec.insert('case_attribute_values', { case_id: id, attribute_id: attributeId, value: v.value });
    }
  }
  // values the project's matched cases lack
  for (const c of plan.incoming.cases) {
    const caseId = plan.parts.cases.get(c.key)?.id ?? null;
    if (caseId === null) continue;
    for (const v of c.values) {
      const attributeId = attributes.get(v.attributeKey);
      if (attributeId !== undefined && q.caseValueOf.get(caseId, attributeId) === undefined) rec.insert('case_attribute_values', { case_id: caseId, attribute_id: attributeId, value: v.value });
    }
  }
  return ids;
}

// Writes the sources the project does not have, and links and values of those it has.
function writeSources(rec: ActionRecorder, plan: MergePlan, cases: ReadonlyMap<string, number>, attributes: ReadonlyMap<string, number>): Map<string, number> {
  const q = mergeQueries(rec.store);
  const ids = new Map<string, number>();
  for (const s of plan.sources) {
    let id = s.targetId;
    if (id === null) {
      const speakers: Record<string, SpeakerAssignment> = {};
      for (const [label, who] of Object.entries(s.incoming.speakers)) speakers[label] = { caseId: who === 'interviewer' ? 'interviewer' : (cases.get(who) ?? null) };
      const text = s.incoming.loadText();
      id = importTextSource(
        rec.store,
        { name: s.incoming.name, kind: s.incoming.kind, text, originFormat: plan.incoming.format, originFileName: plan.incoming.fileName, round: s.incoming.round, mode: s.incoming.mode, interviewDate: s.incoming.interviewDate, description: s.incoming.description, speakers },
        rec,
      ).id;
      if (s.incoming.guid !== null) rec.update('sources', id, { guid: freshGuid(rec, 'sources', s.incoming.guid) });
    }
    ids.set(s.incoming.key, id);
    for (const caseKey of s.incoming.caseKeys) {
      const caseId = cases.get(caseKey);
      if (caseId !== undefined && q.sourceCaseExists.get(id, caseId) === undefined) rec.insert('source_cases', { source_id: id, case_id: caseId });
    }
    for (const v of s.incoming.values) {
      const attributeId = attributes.get(v.attributeKey);
      if (attributeId !== undefined && q.sourceValueOf.get(id, attributeId) === undefined) rec.insert('source_attribute_values', { source_id: id, attribute_id: attributeId, value: v.value });
    }
  }
  return ids;
}

function validTime(value: string | null, fallback: string): string {
  return value !== null && !Number.isNaN(Date.parse(value)) ? new Date(value).toISOString() : fallback;
}

// Writes everything the plan brings in; returns what was written.
export function writeMerge(rec: ActionRecorder, plan: MergePlan, onProgress?: Progress): WrittenMerge {
  const now = rec.store.now().toISOString();
  const coders = writeCoders(rec, plan, now);
  const attributes = writeAttributes(rec, plan);
  const nodes = idsOf(plan.parts.nodes);
  for (const [key, id] of writeNodes(rec, plan.parts.newNodes, now, (parentKey) => (parentKey === null ? null : (nodes.get(parentKey) ?? null)))) nodes.set(key, id);
  const cases = writeCases(rec, plan, attributes, now);
  const sources = writeSources(rec, plan, cases, attributes);
  const codings = new Map<string, number>();
  let written = 0;
  plan.sources.forEach((s, index) => {
    onProgress?.(index, plan.sources.length, `Merging ${s.incoming.name}`);
    const sourceId = sources.get(s.incoming.key);
    if (sourceId === undefined) return;
    for (const p of s.place) {
      const nodeId = nodes.get(p.coding.nodeKey);
      if (nodeId === undefined) continue;
      const id = rec.insert('codings', {
        guid: p.coding.guid ?? rec.store.newGuid(),
        source_id: sourceId,
        node_id: nodeId,
        start: p.start,
        end: p.end,
        coder_id: p.coding.coderKey === null ? null : (coders.get(p.coding.coderKey) ?? null),
        created_at: validTime(p.coding.createdAt, now),
      });
      codings.set(p.coding.key, id);
      written++;
    }
  });
  const targetOf = (kind: string, key: string | null): number | null | undefined => {
    if (key === null) return null;
    if (kind === 'node') return nodes.get(key);
    if (kind === 'case') return cases.get(key);
    if (kind === 'source') return sources.get(key);
    if (kind === 'coding') return codings.get(key);
    return undefined;
  };
  for (const m of plan.memos) {
    const target = targetOf(m.targetKind, m.targetKey);
    const onProject = m.targetKind === 'project' || target === undefined || target === null;
    const created = validTime(m.createdAt, now);
    rec.insert('memos', {
      guid: freshGuid(rec, 'memos', m.guid),
      target_kind: onProject ? 'project' : m.targetKind,
      target_id: onProject ? null : target,
      title: m.title,
      content_json: m.contentJson ?? memoContentJson(m.plainText),
      plain_text: m.plainText,
      created_at: created,
      updated_at: validTime(m.updatedAt, created),
      coder_id: m.coderKey === null ? null : (coders.get(m.coderKey) ?? null),
    });
  }
  return { codings: written, sources };
}
