// Reading another coder's file for a merge: an Activity Lens project (.alens) is copied to a
// scratch file and opened there (the coder's file is never changed, and an older format is
// upgraded on the copy); a REFI-QDA project (.qdpx) is unzipped, parsed and planned in the
// reader process, as an import is. Both become the same IncomingProject.
import { createHash } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ImportPlan } from '../../shared/exchange/import-plan-types.ts';
import { canonicalGuid } from '../../shared/exchange/refi-model.ts';
import { ApiError } from '../../shared/errors.ts';
import type { ActivityComponent } from '../../shared/model/activity-components.ts';
import type { MemoTarget, PartnerRole } from '../../shared/model/entities.ts';
import type { PackageOrigin } from '../../shared/model/team.ts';
import { openProject } from '../db/open-project.ts';
import type { OpenStore } from '../db/open-project.ts';
import { inspectProjectHeader } from '../db/project-file.ts';
import type { Store } from '../db/store.ts';
import { readPlan } from '../exchange/qdpx-import.ts';
import type { ReadOptions } from '../exchange/qdpx-import.ts';
import { TextSpool } from '../exchange/qdpx-texts.ts';
import { PACKAGE_SETTING } from './logbook.ts';
import type { IncomingMemo, IncomingProject, IncomingSource } from './merge-model.ts';
import { mergeQueries } from './merge-queries.ts';

// The sha-256 of a file's bytes, in hex.
export function fileHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

// The IncomingProject of a REFI-QDA import plan.
export function incomingFromPlan(plan: ImportPlan, fileName: string, hash: string): IncomingProject {
  const coderOfUser = (user: string | undefined): string | null => {
    const guid = canonicalGuid(user);
    return guid === null ? null : (plan.coders.find((c) => c.guid === guid || c.key === `coder:${guid}`)?.key ?? null);
  };
  const memos = plan.memos.map((m): IncomingMemo => ({ ...m, contentJson: null, coderKey: coderOfUser(m.creatingUser) }));
  return { format: 'qdpx', fileName, hash, packageGuid: null, coders: plan.coders, nodes: plan.nodes, attributes: plan.attributes, cases: plan.cases, sources: plan.sources, memos };
}

const key = (kind: string, guid: string): string => `${kind}:${guid}`;

// The GUID of the package a project is, from its package setting (null when it is none).
function packageGuidOf(setting: string | undefined): string | null {
  try {
    return (JSON.parse(setting ?? 'null') as PackageOrigin | null)?.packageGuid ?? null;
  } catch {
    return null;
  }
}

// The nodes of an .alens, keyed by GUID, with their parents' keys and components.
function nodesOf(q: ReturnType<typeof mergeQueries>, nodeKey: ReadonlyMap<number, string>): IncomingProject['nodes'] {
  const components = q.nodeComponents.all();
  return q.nodes.all().map((n) => ({
    key: nodeKey.get(n.id) ?? '',
    guid: n.guid,
    parentKey: n.parent_id === null ? null : (nodeKey.get(n.parent_id) ?? null),
    name: n.name,
    description: n.description,
    color: n.color,
    question: n.question,
    components: components.filter((c) => c.node_id === n.id).map((c) => c.component as ActivityComponent),
    isCodable: n.is_codable === 1,
  }));
}

// The IncomingProject of an open Activity Lens project (it must stay open while the merge reads texts).
export function incomingFromStore(other: Store, fileName: string, hash: string): IncomingProject {
  const q = mergeQueries(other);
  const coders = q.coders.all();
  const coderKey = new Map(coders.map((c) => [c.id, key('coder', c.guid)]));
  const nodeKey = new Map(q.nodes.all().map((n) => [n.id, key('node', n.guid)]));
  const attributes = q.attributes.all();
  const attributeKey = new Map(attributes.map((a) => [a.id, key('attribute', a.guid)]));
  const cases = q.cases.all();
  const caseKey = new Map(cases.map((c) => [c.id, key('case', c.guid)]));
  const caseValues = q.caseValues.all();
  const sourceCases = q.sourceCases.all();
  const sourceValues = q.sourceValues.all();
  const speakers = q.speakers.all();
  const codings = q.codings.all();
  const codingKey = new Map(codings.map((c) => [c.id, key('coding', c.guid)]));
  const sources = q.sources.all().map(
    (s): IncomingSource => ({
      key: key('source', s.guid),
      guid: s.guid,
      name: s.name,
      kind: s.kind,
      loadText: () => q.sourceText.get(s.id) ?? '',
      round: s.round,
      mode: s.mode,
      interviewDate: s.interview_date,
      description: s.description,
      caseKeys: sourceCases.filter((l) => l.source_id === s.id).map((l) => caseKey.get(l.case_id) ?? ''),
      speakers: Object.fromEntries(
        speakers.filter((g) => g.source_id === s.id && g.speaker_label !== null && (g.is_interviewer === 1 || g.case_id !== null)).map((g) => [g.speaker_label ?? '', g.is_interviewer === 1 ? 'interviewer' : (caseKey.get(g.case_id ?? 0) ?? '')]),
      ),
      values: sourceValues.filter((v) => v.source_id === s.id).map((v) => ({ attributeKey: attributeKey.get(v.attribute_id) ?? '', value: v.value })),
      codings: [],
    }),
  );
  const bySourceId = new Map(q.sources.all().map((s, i) => [s.id, sources[i] as IncomingSource]));
  for (const c of codings) {
    bySourceId.get(c.source_id)?.codings.push({ key: codingKey.get(c.id) ?? '', guid: c.guid, nodeKey: nodeKey.get(c.node_id) ?? '', start: c.start, end: c.end, coderKey: c.coder_id === null ? null : (coderKey.get(c.coder_id) ?? null), createdAt: c.created_at });
  }
  const targetKey = (kind: MemoTarget, id: number | null): string | null => {
    if (id === null) return null;
    const byKind: Partial<Record<MemoTarget, Map<number, string>>> = { node: nodeKey, case: caseKey, coding: codingKey, source: new Map([...bySourceId].map(([sid, s]) => [sid, s.key])) };
    return byKind[kind]?.get(id) ?? null;
  };
  const packageGuid = packageGuidOf(q.setting.get(PACKAGE_SETTING));
  return {
    format: 'alens',
    fileName,
    hash,
    packageGuid,
    coders: coders.map((c) => ({ key: coderKey.get(c.id) ?? '', guid: c.guid, name: c.name, initials: c.initials })),
    nodes: nodesOf(q, nodeKey),
    attributes: attributes.map((a) => ({ key: attributeKey.get(a.id) ?? '', guid: a.guid, appliesTo: a.applies_to, name: a.name, valueType: a.value_type, choicesJson: a.choices_json })),
    cases: cases.map((c) => ({
      key: caseKey.get(c.id) ?? '',
      guid: c.guid,
      label: c.label,
      realName: c.real_name,
      role: c.role,
      jobTitle: c.job_title,
      description: c.description,
      organisation: c.organisation === null ? null : { name: c.organisation, project: c.project, partnerRole: c.partner_role as PartnerRole | null, providerType: c.provider_type, region: c.region },
      values: caseValues.filter((v) => v.case_id === c.id).map((v) => ({ attributeKey: attributeKey.get(v.attribute_id) ?? '', value: v.value })),
    })),
    sources,
    memos: q.memos.all().map((m) => ({
      guid: m.guid,
      title: m.title,
      plainText: m.plain_text,
      contentJson: m.content_json,
      targetKind: m.target_kind,
      targetKey: targetKey(m.target_kind, m.target_id),
      coderKey: m.coder_id === null ? null : (coderKey.get(m.coder_id) ?? null),
      createdAt: m.created_at,
      updatedAt: m.updated_at,
    })),
  };
}

export interface OpenedIncoming {
  incoming: IncomingProject;
  // closes what the reading opened and removes its scratch files
  close(): void;
}

// Reads another coder's file (.alens or .qdpx) for a merge.
// An encrypted .alens is opened with the passphrase of the project it is merged into (a
// package made from an encrypted project keeps its key).
export async function readIncoming(bytes: Uint8Array, fileName: string, options: ReadOptions, passphrase?: string): Promise<OpenedIncoming> {
  const hash = fileHash(bytes);
  if (fileName.toLowerCase().endsWith('.qdpx')) {
    const spool = new TextSpool();
    try {
      const plan = await readPlan(bytes, fileName, spool, options);
      return { incoming: incomingFromPlan(plan, fileName, hash), close: () => spool.remove() };
    } catch (error) {
      spool.remove();
      throw error;
    }
  }
  if (!fileName.toLowerCase().endsWith('.alens')) throw new ApiError('BAD_INPUT', 'Merge another coder\'s Activity Lens project (.alens) or a REFI-QDA project (.qdpx).');
  const scratch = join(tmpdir(), `alens-merge-${hash.slice(0, 16)}-${process.pid}-${Date.now()}.alens`);
  writeFileSync(scratch, bytes);
  const remove = () => {
    for (const suffix of ['', '-wal', '-shm']) rmSync(scratch + suffix, { force: true });
  };
  let other: OpenStore;
  try {
    const kind = inspectProjectHeader(scratch).kind;
    if (kind !== 'ours' && kind !== 'encrypted') throw new ApiError('NOT_OUR_FILE', `${fileName} is not an Activity Lens project. Nothing was merged.`);
    other = openProject(scratch, { passphrase });
  } catch (error) {
    remove();
    if (error instanceof ApiError && error.code === 'PASSPHRASE') {
      throw new ApiError('PASSPHRASE', `${fileName} is encrypted with a passphrase this project does not have. Ask for a copy without encryption, or one encrypted with this project's passphrase. Nothing was merged.`);
    }
    throw error;
  }
  return {
    incoming: incomingFromStore(other, fileName, hash),
    close: () => {
      other.close();
      remove();
    },
  };
}
