// Writes the demo study of fixtures/demo (our own invented partnership) into a project:
// organisations, cases, the activity-theory codebook with the discursive manifestations
// branch, sources with speakers, codings, then the parts built on them (DEMO_PARTS: the
// analysis - diagrams, the contradiction across rounds, the alignment table, memos).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ACTIVITY_THEORY_CODEBOOK, DISCURSIVE_MANIFESTATIONS_BRANCH } from '../../shared/model/codebook-template.ts';
import type { InterviewMode, PartnerRole, SourceKind } from '../../shared/model/entities.ts';
import { utf16ToCodePoint } from '../../shared/text/code-points.ts';
import { normaliseText } from '../../shared/text/normalise.ts';
import type { Store } from '../db/store.ts';
import { runSetup } from '../db/undo-log.ts';
import type { ActionRecorder } from '../db/undo-log.ts';
import { seedRegister } from '../anonymise/register.ts';
import type { SeedRegisterEntry } from '../anonymise/register.ts';
import { insertCase } from '../cases/cases.ts';
import { insertTemplate } from '../codebook/codebook.ts';
import { codebookQueries } from '../codebook/queries.ts';
import { insertCoding } from '../codings/codings.ts';
import { writeDemoAnalysis } from './demo-analysis.ts';
import type { DemoCodingRecord, DemoPart } from './demo-context.ts';
import { writeDemoSecondCoder } from './demo-second-coder.ts';
import { ensureCoder } from './project-info.ts';
import { projectQueries } from './queries.ts';
import { importTextSource } from '../sources/sources.ts';
import type { SpeakerAssignment } from '../sources/sources.ts';

export interface DemoStudy {
  project: { name: string; description: string };
  projects: { key: string; name: string; title: string; funder: string }[];
  organisations: { key: string; name: string; project: string; partnerRole: PartnerRole; providerType: string; region: string }[];
  cases: { key: string; realName: string; role: string; jobTitle: string; organisation: string | null }[];
  sources: {
    file: string;
    name: string;
    kind: SourceKind;
    round: number | null;
    mode: InterviewMode | null;
    interviewDate: string | null;
    author?: string;
    speakers: Record<string, string>;
  }[];
  // the anonymisation register: cases' pseudonyms, colleagues and places named in passing
  register?: SeedRegisterEntry[];
}

export interface DemoCoding {
  node: string;
  quote: string;
  coder: string;
}

// The demo study folder: beside the sources in a checkout, beside the bundle in a build.
export function defaultDemoDir(): string {
  const candidates = [new URL('../../fixtures/demo/', import.meta.url), new URL('../fixtures/demo/', import.meta.url)].map((u) => fileURLToPath(u));
  const found = candidates.find((dir) => existsSync(join(dir, 'study.json')));
  if (!found) throw new Error(`The demo study was not found (looked in ${candidates.join(', ')}).`);
  return found;
}

// Reads study.json of a demo folder.
export function readDemoStudy(dir: string): DemoStudy {
  return JSON.parse(readFileSync(join(dir, 'study.json'), 'utf8')) as DemoStudy;
}

// Reads the codings fixture of one demo source (empty when it has none).
export function readDemoCodings(dir: string, sourceFile: string): DemoCoding[] {
  const path = join(dir, 'codings', sourceFile.replace(/\.txt$/, '.json'));
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as DemoCoding[]) : [];
}

// The parts of the demo written after its sources and codings, in order. Each gets the ids
// written so far (DemoContext); another part (a second coder's codings of some sources, say)
// is added here as one more function.
const DEMO_PARTS: readonly DemoPart[] = [writeDemoAnalysis, writeDemoSecondCoder];

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// Writes the whole demo study into an empty project as one transaction.
export function writeDemoStudy(store: Store, dir: string = defaultDemoDir()): void {
  const study = readDemoStudy(dir);
  runSetup(store, (rec) => {
    rec.update('project_settings', Number(projectQueries(store).settingRowid.get('project.name')), { value: study.project.name });
    rec.insert('project_settings', { key: 'project.description', value: study.project.description });
    rec.insert('project_settings', { key: 'project.is_demo', value: '1' });
    insertTemplate(rec, [...ACTIVITY_THEORY_CODEBOOK, DISCURSIVE_MANIFESTATIONS_BRANCH]);
    const projectIds = new Map<string, number>();
    for (const p of study.projects) {
      projectIds.set(p.key, rec.insert('projects', { guid: store.newGuid(), name: p.name, title: p.title, funder: p.funder, description: '' }));
    }
    const orgs = new Map<string, { id: number; projectName: string; partnerRole: PartnerRole }>();
    for (const o of study.organisations) {
      const id = rec.insert('organisations', {
        guid: store.newGuid(),
        name: o.name,
        project_id: projectIds.get(o.project) ?? null,
        partner_role: o.partnerRole,
        provider_type: o.providerType,
        region: o.region,
      });
      orgs.set(o.key, { id, projectName: study.projects.find((p) => p.key === o.project)?.name ?? '', partnerRole: o.partnerRole });
    }
    const classification = rec.insert('classifications', { guid: store.newGuid(), name: 'Participant', description: 'A person interviewed or writing for the study.' });
    const caseIds = new Map<string, number>();
    for (const c of study.cases) {
      const org = c.organisation ? orgs.get(c.organisation) : undefined;
      const parts = [capitalise(c.role), org?.projectName, org && (org.partnerRole === 'lead' || org.partnerRole === 'partner') ? capitalise(org.partnerRole) : undefined];
      const id = insertCase(rec, { realName: c.realName, label: parts.filter(Boolean).join(', '), role: c.role, jobTitle: c.jobTitle, organisationId: org?.id ?? null });
      rec.update('cases', id, { classification_id: classification });
      caseIds.set(c.key, id);
    }
    seedRegister(rec, study.register ?? [], caseIds);
    const coderId = ensureCoder(rec, 'Alex Morgan', 'AM');
    const nodeIds = nodePathIndex(rec);
    const sourceIds = new Map<string, number>();
    const codings: DemoCodingRecord[] = [];
    for (const source of study.sources) {
      const raw = readFileSync(join(dir, 'sources', source.file), 'utf8');
      const speakers: Record<string, SpeakerAssignment> = {};
      for (const [label, who] of Object.entries(source.speakers)) speakers[label] = { caseId: who === 'interviewer' ? 'interviewer' : (caseIds.get(who) ?? null) };
      const authorId = source.author ? caseIds.get(source.author) : undefined;
      const summary = importTextSource(
        store,
        {
          name: source.name,
          kind: source.kind,
          text: raw,
          originFormat: 'txt',
          originFileName: source.file,
          round: source.round,
          mode: source.mode,
          interviewDate: source.interviewDate,
          speakers,
          caseIds: authorId !== undefined ? [authorId] : [],
        },
        rec,
      );
      sourceIds.set(source.file, summary.id);
      const text = normaliseText(raw);
      for (const coding of readDemoCodings(dir, source.file)) {
        const nodeId = nodeIds.get(coding.node);
        if (nodeId === undefined) throw new Error(`Demo coding names an unknown node: ${coding.node}`);
        const quote = normaliseText(coding.quote);
        const at = text.indexOf(quote);
        if (at < 0) throw new Error(`Demo coding quote not found in ${source.file}: ${coding.quote.slice(0, 60)}`);
        const start = utf16ToCodePoint(text, at);
        const end = utf16ToCodePoint(text, at + quote.length);
        codings.push({ sourceFile: source.file, node: coding.node, quote, codingId: insertCoding(rec, { sourceId: summary.id, nodeId, start, end, coderId }) });
      }
    }
    for (const part of DEMO_PARTS) part(rec, { dir, caseIds, sourceIds, nodeIds, codings, coderId });
  });
}

function nodePathIndex(rec: ActionRecorder): Map<string, number> {
  const rows = codebookQueries(rec.store).paths.all();
  const byId = new Map(rows.map((r) => [r.id, r]));
  const index = new Map<string, number>();
  for (const row of rows) {
    const names = [row.name];
    let parent = row.parent_id === null ? undefined : byId.get(row.parent_id);
    while (parent) {
      names.unshift(parent.name);
      parent = parent.parent_id === null ? undefined : byId.get(parent.parent_id);
    }
    index.set(names.join('/'), row.id);
  }
  return index;
}
