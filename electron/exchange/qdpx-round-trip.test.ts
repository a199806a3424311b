// The demo project through .qdpx and back into a new project: the same sources, cases,
// attributes, nodes, codings (same text at every coding) and memos; the project.qde
// validates against the standard's Project.xsd, the .qdc against Codebook.xsd; GUIDs
// stay the same from one export to the next.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { validateXML } from 'xmllint-wasm';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openProject } from '../db/open-project.ts';
import type { OpenStore } from '../db/open-project.ts';
import { runAction } from '../db/undo-log.ts';
import type { Store } from '../db/store.ts';
import { listCases, updateCase } from '../cases/cases.ts';
import { listCodingDetails } from '../codings/coding-report.ts';
import { listNodes } from '../codebook/codebook.ts';
import { saveMemo, listMemos } from '../memos/memos.ts';
import { createDiagram, nudgeLabel, setComponentText } from '../diagrams/diagrams.ts';
import { createTension } from '../diagrams/tensions.ts';
import { addEvidence, listEvidence } from '../diagrams/evidence.ts';
import { getDiagram, listDiagrams } from '../diagrams/read.ts';
import { writeDemoStudy } from '../projects/demo-study.ts';
import { editSourceText } from '../sources/source-edits.ts';
import { getSource, listSources } from '../sources/sources.ts';
import { memoryStore } from '../../tests/helpers/memory-store.ts';
import { makeTempDir } from '../../tests/helpers/temp-dir.ts';
import { importQdpxAsNewProject } from './qdpx-import.ts';
import { codebookXml } from './qdc-export.ts';
import { buildQdpx, projectQdeXml } from './qdpx-export.ts';

const REFI = join(import.meta.dirname, '../../../shared/refi-qda');
const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()?.();
});

async function validate(xml: string, xsd: 'Project.xsd' | 'Codebook.xsd'): Promise<string[]> {
  const result = await validateXML({ xml: [{ fileName: 'export.xml', contents: xml }], schema: [readFileSync(join(REFI, xsd), 'utf8')] });
  return result.errors.map((e) => e.rawMessage);
}

const text = (s: Store, id: number) => getSource(s, id).text;

// The demo study plus what the demo lacks: attributes, memos on everything, an emptied coding.
function richDemo(): Store & { close(): void } {
  const store = memoryStore();
  writeDemoStudy(store);
  const cases = listCases(store);
  const broker = cases.find((c) => c.role === 'broker');
  if (!broker) throw new Error('demo has no broker');
  updateCase(store, broker.id, { attributes: { 'Years in post': '6', 'Interview language': 'English' } });
  const source = listSources(store)[0];
  if (!source) throw new Error('demo has no sources');
  runAction(store, 'source attribute', (rec) => {
    const attribute = rec.insert('attributes', { guid: store.newGuid(), applies_to: 'source', name: 'Transcriber', value_type: 'text', choices_json: '[]', sort_order: 1 });
    rec.insert('source_attribute_values', { source_id: source.id, attribute_id: attribute, value: 'Agency A' });
  });
  const node = listNodes(store).find((n) => n.name === 'Power and conflict');
  const coding = listCodingDetails(store)[0];
  const doc = (t: string) => JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: t }] }] });
  saveMemo(store, { targetKind: 'project', targetId: null, title: 'Research journal', contentJson: doc('Week 1: read all transcripts.'), plainText: 'Week 1: read all transcripts.' });
  saveMemo(store, { targetKind: 'source', targetId: source.id, title: 'Context', contentJson: doc('Interview ran late.'), plainText: 'Interview ran late.' });
  saveMemo(store, { targetKind: 'node', targetId: node?.id ?? null, title: 'Definition', contentJson: doc('Who decides.'), plainText: 'Who decides.' });
  saveMemo(store, { targetKind: 'coding', targetId: coding?.id ?? null, title: 'Why this passage', contentJson: doc('Clear example.'), plainText: 'Clear example.' });
  saveMemo(store, { targetKind: 'case', targetId: broker.id, title: 'About the broker', contentJson: doc('Runs the sessions.'), plainText: 'Runs the sessions.' });
  // a coding whose text was deleted by a correction is kept at zero length
  const target = listCodingDetails(store).find((c) => c.sourceId === source.id && c.end - c.start > 5);
  if (!target) throw new Error('no coding to empty');
  editSourceText(store, source.id, { start: target.start, end: target.end, insert: '', baseRevision: getSource(store, source.id).revision });
  // diagrams: a second-generation system with texts, a tension backed by two codings, and a third generation
  const codings = listCodingDetails(store).filter((c) => c.end > c.start);
  const after = createDiagram(store, { generation: 2, title: 'After round 2', perspective: 'Brokers', phase: 'after', caption: 'The collective system after two rounds.' });
  const community = after.systems[0]?.components.find((c) => c.kind === 'community');
  const labour = after.systems[0]?.components.find((c) => c.kind === 'division-of-labour');
  if (!community || !labour) throw new Error('diagram lacks components');
  setComponentText(store, community.id, 'Mentors, mentees and brokers\nacross both colleges');
  setComponentText(store, labour.id, 'Brokers organise; mentors observe');
  nudgeLabel(store, { componentId: labour.id }, 12, -4);
  createTension(store, { diagramId: after.id, from: { componentId: community.id }, to: { componentId: labour.id }, level: 'secondary', label: 'Who observes whom', memo: 'Seen in both rounds.', codingIds: [codings[0]?.id ?? 0, codings[1]?.id ?? 0] });
  createTension(store, { diagramId: after.id, from: { componentId: labour.id }, to: null, level: 'primary', label: 'Unpaid time' });
  addEvidence(store, { componentId: community.id }, [codings[2]?.id ?? 0]);
  createDiagram(store, { generation: 3, title: 'Lead and partner', systemNames: ['Ashdown College', 'Hollins Centre'] });
  saveMemo(store, { targetKind: 'diagram', targetId: after.id, title: 'Drawing notes', contentJson: doc('Draft for chapter 6.'), plainText: 'Draft for chapter 6.' });
  return store;
}

// Every diagram as the diagram screen reads it, without row ids.
function diagramContents(s: Store) {
  const sourceOf = new Map(listCodingDetails(s).map((c) => [c.id, `${c.sourceName}@${c.start}-${c.end}`]));
  const evidence = (owner: { componentId: number } | { tensionId: number }) => listEvidence(s, owner).items.map((i) => sourceOf.get(i.codingId)).sort();
  return listDiagrams(s).map((summary) => {
    const d = getDiagram(s, summary.id);
    const kindOf = new Map([...d.systems.flatMap((x) => x.components), ...(d.sharedObject ? [d.sharedObject] : [])].map((c) => [c.id, c.kind]));
    return {
      ...{ generation: d.generation, title: d.title, perspective: d.perspective, phase: d.phase, caption: d.caption, guid: d.guid },
      systems: d.systems.map((x) => ({ name: x.name, seq: x.seq, components: x.components.map((c) => ({ kind: c.kind, text: c.text, nudge: [c.nudgeX, c.nudgeY], evidence: evidence({ componentId: c.id }) })) })),
      shared: d.sharedObject?.text ?? null,
      tensions: d.tensions.map((t) => ({ from: kindOf.get(t.fromComponentId), to: t.toComponentId === null ? null : kindOf.get(t.toComponentId), level: t.level, label: t.label, memo: t.memo, evidence: evidence({ tensionId: t.id }) })),
    };
  });
}

// Everything the round trip must keep, in a form that does not depend on row ids.
function contents(s: Store) {
  const nodePaths = new Map(listNodes(s).map((n) => [n.id, n.path]));
  const sourceNames = new Map(listSources(s).map((x) => [x.id, x.name]));
  const caseNames = new Map(listCases(s).map((c) => [c.id, c.realName]));
  const codings = listCodingDetails(s);
  const codingText = new Map(codings.map((c) => [c.id, `${c.sourceName}@${c.start}-${c.end}`]));
  return {
    sources: listSources(s)
      .map((x) => ({ name: x.name, kind: x.kind, round: x.round, mode: x.mode, date: x.interviewDate, text: text(s, x.id), cases: x.caseNames, segments: x.segmentCount }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    cases: listCases(s)
      .map(({ id: _id, guid: _guid, ...rest }) => rest)
      .sort((a, b) => a.realName.localeCompare(b.realName)),
    sourceAttributes: s.db.prepare('SELECT s.name AS source, a.name, v.value FROM source_attribute_values v JOIN attributes a ON a.id = v.attribute_id JOIN sources s ON s.id = v.source_id ORDER BY 1, 2').all(),
    nodes: listNodes(s).map((n) => ({ path: n.path, color: n.color, description: n.description, question: n.question, components: [...n.components].sort() })),
    codings: codings.map((c) => `${c.sourceName} | ${c.nodePath} | ${c.start}-${c.end} | ${c.coder} | ${c.text}`).sort(),
    memos: listMemos(s)
      .map((m) => {
        const target =
          m.targetKind === 'diagram' ? listDiagrams(s).find((d) => d.id === m.targetId)?.title : m.targetKind === 'node' ? nodePaths.get(m.targetId ?? 0) : m.targetKind === 'source' ? sourceNames.get(m.targetId ?? 0) : m.targetKind === 'case' ? caseNames.get(m.targetId ?? 0) : m.targetKind === 'coding' ? codingText.get(m.targetId ?? 0) : null;
        return `${m.targetKind} | ${target ?? ''} | ${m.title} | ${m.plainText}`;
      })
      .sort(),
  };
}

describe('.qdpx export and import of the demo project', () => {
  let original: Store & { close(): void };
  let imported: OpenStore;
  let bytes: Uint8Array;

  beforeAll(async () => {
    original = richDemo();
    bytes = buildQdpx(original).bytes;
    const { dir, cleanup } = makeTempDir('alens-roundtrip-');
    await importQdpxAsNewProject(bytes, 'demo.qdpx', join(dir, 'back.alens'));
    imported = openProject(join(dir, 'back.alens'));
    return () => {
      imported.close();
      original.close();
      cleanup();
    };
  });

  it('gives back the same sources, cases, attributes, nodes, codings and memos', () => {
    const before = contents(original);
    const after = contents(imported);
    expect(after.sources).toEqual(before.sources);
    expect(after.cases).toEqual(before.cases);
    expect(after.sourceAttributes).toEqual(before.sourceAttributes);
    expect(after.nodes).toEqual(before.nodes);
    expect(after.codings).toEqual(before.codings);
    expect(after.memos).toEqual(before.memos);
    expect(before.codings.length).toBeGreaterThan(200);
    expect(before.codings.some((c) => c.endsWith('| '))).toBe(true); // the emptied coding came through
  });

  it('gives back the diagrams: systems, component texts, tensions with levels and memos, and their evidence', () => {
    const before = diagramContents(original);
    // the demo's six diagrams and the two this test drew
    expect(before).toHaveLength(8);
    expect(before.filter((d) => d.title === 'After round 2' || d.title === 'Lead and partner')).toHaveLength(2);
    expect(before.find((d) => d.title === 'After round 2')?.tensions).toHaveLength(2);
    expect(diagramContents(imported)).toEqual(before);
  });

  it('keeps which speaker turns belong to which case and which are the interviewer\'s', () => {
    const turns = (s: Store) =>
      s.db
        .prepare(`SELECT s.name, g.seq, g.speaker_label, k.real_name, g.is_interviewer FROM segments g JOIN sources s ON s.id = g.source_id LEFT JOIN cases k ON k.id = g.case_id ORDER BY s.name, g.seq`)
        .all();
    expect(turns(imported)).toEqual(turns(original));
  });

  it('keeps GUIDs: exporting the imported project gives the same GUIDs again', () => {
    const guids = (xml: string) => [...xml.matchAll(/ guid="([^"]+)"/g)].map((m) => m[1]).sort();
    const first = projectQdeXml(original);
    expect(guids(projectQdeXml(original))).toEqual(guids(first));
    expect(guids(projectQdeXml(imported))).toEqual(guids(first));
  });

  it('writes project.qde that validates against Project.xsd, and sources/<guid>.txt in UTF-8', async () => {
    const files = unzipSync(bytes);
    const names = Object.keys(files);
    expect(names).toContain('project.qde');
    const qde = strFromU8(files['project.qde'] ?? new Uint8Array());
    expect(await validate(qde, 'Project.xsd')).toEqual([]);
    const sourceFiles = names.filter((n) => n.startsWith('sources/'));
    // one file per source and one per project memo (journals travel as files, as QualCoder reads them)
    const journals = listMemos(original).filter((m) => m.targetKind === 'project');
    expect(journals.length).toBeGreaterThan(0);
    expect(sourceFiles).toHaveLength(listSources(original).length + journals.length);
    for (const name of sourceFiles) {
      expect(name).toMatch(/^sources\/[0-9a-f-]{36}\.txt$/);
      expect(qde).toContain(`plainTextPath="internal://${name.slice('sources/'.length)}"`);
    }
  });

  it('writes a .qdc that validates against Codebook.xsd', async () => {
    expect(await validate(codebookXml(original).xml, 'Codebook.xsd')).toEqual([]);
  });

  it('validates with text the XML must escape or cannot carry at all', async () => {
    const store = memoryStore();
    runAction(store, 'odd text', (rec) => {
      rec.insert('nodes', { guid: store.newGuid(), parent_id: null, name: 'Quotes "&" <angles>', description: 'tab\there\u0001bell', color: '#123456', question: null, sort_order: 1, created_at: store.now().toISOString() });
    });
    saveMemo(store, { targetKind: 'project', targetId: null, title: 'Odd', contentJson: '{}', plainText: 'line\r\nbreak \u0000 nul \ud800 lone' });
    expect(await validate(projectQdeXml(store), 'Project.xsd')).toEqual([]);
    expect(await validate(codebookXml(store).xml, 'Codebook.xsd')).toEqual([]);
    store.close();
  });
});
