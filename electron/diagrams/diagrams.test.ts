import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodePng } from '../../tests/helpers/decode-png.ts';
import { memoryStore } from '../../tests/helpers/memory-store.ts';
import { snapshotTables } from '../../tests/helpers/snapshot.ts';
import { redo, undo } from '../db/undo-log.ts';
import type { Store } from '../db/store.ts';
import { createCase } from '../cases/cases.ts';
import { createNode } from '../codebook/codebook.ts';
import { createCoding, deleteCoding } from '../codings/codings.ts';
import { addEvidence, codingsAtNode, componentSuggestions, forgetMissingEvidence, listEvidence, removeEvidence } from './evidence.ts';
import { exportDiagram } from './export.ts';
import { findDiagram, getDiagram, listDiagrams } from './read.ts';
import { createTension, deleteTension, updateTension } from './tensions.ts';
import { addSystem, createDiagram, deleteDiagram, duplicateDiagram, nudgeLabel, removeSystem, renameSystem, setComponentText, updateDiagram } from './diagrams.ts';
import { saveMemo } from '../memos/memos.ts';
import { importTextSource } from '../sources/sources.ts';

const TRANSCRIPT = [
  'Interviewer: Who decides when the coaching happens?',
  'Ruth: The timetable does. We had to find the hour ourselves, in our own time.',
  'Interviewer: And who checks it happened?',
  'Ruth: The broker chases the log, but nobody in the team owns it.',
].join('\n');

let store: Store & { close(): void };
let ids: { codingA: number; codingB: number; node: number };

beforeEach(() => {
  store = memoryStore();
  const ruth = createCase(store, { realName: 'Ruth Example', label: 'Mentee, Project 9', role: 'mentee' });
  const source = importTextSource(store, { name: 'Interview R', kind: 'transcript', text: TRANSCRIPT, originFormat: 'txt', speakers: { Interviewer: { caseId: 'interviewer' }, Ruth: { caseId: ruth.id } } });
  const node = createNode(store, { name: 'How work was divided', components: ['division-of-labour'] });
  createNode(store, { name: 'Community in practice', components: ['community'] });
  const a = TRANSCRIPT.indexOf('We had to find the hour');
  const b = TRANSCRIPT.indexOf('nobody in the team owns it');
  const codingA = createCoding(store, { sourceId: source.id, nodeId: node.id, start: a, end: a + 'We had to find the hour ourselves, in our own time.'.length });
  const codingB = createCoding(store, { sourceId: source.id, nodeId: node.id, start: b, end: b + 'nobody in the team owns it.'.length });
  ids = { codingA: codingA.id, codingB: codingB.id, node: node.id };
});
afterEach(() => store.close());

function componentOf(diagramId: number, kind: string, system = 0): number {
  const detail = getDiagram(store, diagramId);
  const found = kind === 'shared-object' ? detail.sharedObject : detail.systems[system]?.components.find((c) => c.kind === kind);
  if (!found) throw new Error(`no ${kind}`);
  return found.id;
}

describe('diagrams', () => {
  it('creates each generation with its systems and components', () => {
    const first = createDiagram(store, { generation: 1, title: 'Before', systemNames: ['Vice principal', 'Middle leader', 'Practitioner'] });
    expect(first.systems.map((s) => s.name)).toEqual(['Vice principal', 'Middle leader', 'Practitioner']);
    expect(first.systems.every((s) => s.components.map((c) => c.kind).sort().join() === 'object,outcome,subject,tools')).toBe(true);
    const second = createDiagram(store, { generation: 2, title: 'After', phase: 'After round 2' });
    expect(second.systems).toHaveLength(1);
    expect(second.systems[0]?.components).toHaveLength(7);
    expect(second.sharedObject).toBeNull();
    const third = createDiagram(store, { generation: 3, title: 'Lead and partner', systemNames: ['Lead', 'Partner'] });
    expect(third.systems.map((s) => s.components.length)).toEqual([6, 6]);
    expect(third.sharedObject?.kind).toBe('shared-object');
    expect(listDiagrams(store).map((d) => d.title).sort()).toEqual(['After', 'Before', 'Lead and partner']);
  });

  it('refuses the wrong number of systems with a clear message', () => {
    expect(() => createDiagram(store, { generation: 2, title: 'x', systemNames: ['a', 'b'] })).toThrow('one activity system');
    expect(() => createDiagram(store, { generation: 3, title: 'x', systemNames: ['a'] })).toThrow('two activity systems');
    expect(() => createDiagram(store, { generation: 1, title: 'x', systemNames: Array.from({ length: 9 }, () => 'a') })).toThrow('between 1 and 8 triangles');
  });

  it('finds a diagram by id or title for the command line', () => {
    const d = createDiagram(store, { generation: 2, title: 'After round 2' });
    expect(findDiagram(store, String(d.id)).id).toBe(d.id);
    expect(findDiagram(store, 'after ROUND 2').id).toBe(d.id);
    expect(() => findDiagram(store, 'nope')).toThrow('No diagram is called "nope". The project has: ');
  });

  it('turns a tension into evidence that shows both quotes with anonymised attributions', () => {
    const d = createDiagram(store, { generation: 2, title: 'After' });
    const tension = createTension(store, {
      diagramId: d.id,
      from: { component: 'community' },
      to: { component: 'division-of-labour', system: 0 },
      label: 'Who owns the coaching hour?',
      codingIds: [ids.codingA, ids.codingB],
    });
    expect(tension.level).toBe('secondary');
    expect(tension.evidenceCount).toBe(2);
    const evidence = listEvidence(store, { tensionId: tension.id });
    expect(evidence.items.map((i) => i.text)).toEqual(['We had to find the hour ourselves, in our own time.', 'nobody in the team owns it.']);
    expect(evidence.items.every((i) => i.attribution === '(Mentee, Project 9)')).toBe(true);
    expect(JSON.stringify(evidence)).not.toContain('Ruth Example');
  });

  it('checks the shape of a tension against its level', () => {
    const d = createDiagram(store, { generation: 2, title: 'After' });
    expect(() => createTension(store, { diagramId: d.id, from: { component: 'rules' }, to: { component: 'community' }, level: 'primary' })).toThrow('inside one component');
    expect(() => createTension(store, { diagramId: d.id, from: { component: 'rules' }, to: null, level: 'secondary' })).toThrow('runs between two components');
    expect(() => createTension(store, { diagramId: d.id, from: { component: 'shared-object' }, to: null })).toThrow('Only a third-generation');
    const primary = createTension(store, { diagramId: d.id, from: { component: 'rules' }, to: null, label: 'Graded versus developmental' });
    expect(primary.level).toBe('primary');
    expect(primary.toComponentId).toBeNull();
    const other = createDiagram(store, { generation: 2, title: 'Other' });
    expect(() => createTension(store, { diagramId: d.id, from: { componentId: componentOf(other.id, 'rules') }, to: null })).toThrow('another diagram');
  });

  it('suggests node names linked to a component, most coded first', () => {
    const d = createDiagram(store, { generation: 2, title: 'After' });
    const suggestions = componentSuggestions(store, componentOf(d.id, 'division-of-labour'));
    expect(suggestions.map((s) => s.name)).toEqual(['How work was divided']);
    expect(suggestions[0]?.codingCount).toBe(2);
  });

  it('lists the codings of a node to pick evidence from', () => {
    const items = codingsAtNode(store, ids.node);
    expect(items.map((i) => i.codingId)).toEqual([ids.codingA, ids.codingB]);
    expect(items[0]?.caseLabel).toBe('Mentee, Project 9');
  });

  it('keeps a link to an uncoded passage as missing, and shows it again when the uncode is undone', () => {
    const d = createDiagram(store, { generation: 2, title: 'After' });
    const community = componentOf(d.id, 'community');
    addEvidence(store, { componentId: community }, [ids.codingA, ids.codingB, ids.codingA]);
    deleteCoding(store, ids.codingA);
    expect(listEvidence(store, { componentId: community })).toMatchObject({ missing: 1, items: [{ codingId: ids.codingB }] });
    expect(getDiagram(store, d.id).systems[0]?.components.find((c) => c.id === community)?.evidenceCount).toBe(1);
    undo(store);
    expect(listEvidence(store, { componentId: community }).items).toHaveLength(2);
    deleteCoding(store, ids.codingA);
    expect(forgetMissingEvidence(store, { componentId: community })).toMatchObject({ missing: 0 });
  });
});

describe('undo and redo of every diagram action restore rows exactly', () => {
  let diagram: number;
  let tension: number;
  beforeEach(() => {
    diagram = createDiagram(store, { generation: 1, title: 'Before', systemNames: ['Vice principal', 'Middle leader'] }).id;
    setComponentText(store, componentOf(diagram, 'tools'), 'Graded observation');
    tension = createTension(store, { diagramId: diagram, from: { component: 'tools' }, to: { component: 'object' }, label: 'Judging versus developing', codingIds: [ids.codingA] }).id;
    saveMemo(store, { targetKind: 'diagram', targetId: diagram, title: 'Why', contentJson: '{}', plainText: 'why' });
  });

  const operations: [string, () => unknown][] = [
    ['create a diagram', () => createDiagram(store, { generation: 3, title: 'Third' })],
    ['edit a diagram', () => updateDiagram(store, diagram, { title: 'Renamed', perspective: 'Managers', phase: 'Round 1', caption: 'Figure 1' })],
    ['delete a diagram with everything in it', () => deleteDiagram(store, diagram)],
    ['duplicate a diagram for another phase', () => duplicateDiagram(store, diagram, { phase: 'After' })],
    ['add a triangle', () => addSystem(store, diagram, 'Practitioner')],
    ['rename a triangle', () => renameSystem(store, getDiagram(store, diagram).systems[0]?.id ?? 0, 'Principal')],
    ['remove a triangle with its tension', () => removeSystem(store, getDiagram(store, diagram).systems[0]?.id ?? 0)],
    ['edit component text', () => setComponentText(store, componentOf(diagram, 'subject'), 'Vice principal\nQuality lead')],
    ['nudge a label', () => nudgeLabel(store, { componentId: componentOf(diagram, 'subject') }, 12.5, -8)],
    ['nudge a tension label', () => nudgeLabel(store, { tensionId: tension }, 4, 4)],
    ['add a tension with evidence', () => createTension(store, { diagramId: diagram, from: { component: 'subject', system: 1 }, to: null, codingIds: [ids.codingB] })],
    ['edit a tension', () => updateTension(store, tension, { level: 'tertiary', label: 'New', memo: 'a memo', advancedForm: 'Coaching as development' })],
    ['delete a tension', () => deleteTension(store, tension)],
    ['link evidence', () => addEvidence(store, { componentId: componentOf(diagram, 'object') }, [ids.codingA, ids.codingB])],
    ['unlink evidence', () => removeEvidence(store, { tensionId: tension }, [ids.codingA])],
  ];

  it.each(operations)('%s', (_name, operation) => {
    const before = snapshotTables(store.db);
    operation();
    const after = snapshotTables(store.db);
    expect(after).not.toEqual(before);
    undo(store);
    expect(snapshotTables(store.db)).toEqual(before);
    redo(store);
    expect(snapshotTables(store.db)).toEqual(after);
  });

  it('the duplicate carries texts, tensions and evidence', () => {
    const copy = duplicateDiagram(store, diagram, { title: 'Before (round 2)', phase: 'Round 2' });
    expect(copy.phase).toBe('Round 2');
    expect(copy.systems[0]?.components.find((c) => c.kind === 'tools')?.text).toBe('Graded observation');
    expect(copy.tensions).toHaveLength(1);
    expect(listEvidence(store, { tensionId: copy.tensions[0]?.id ?? 0 }).items.map((i) => i.codingId)).toEqual([ids.codingA]);
  });
});

describe('export', () => {
  it('draws PNG at 300 dpi for the print width, with the tension in its colour', () => {
    const d = createDiagram(store, { generation: 2, title: 'After' });
    createTension(store, { diagramId: d.id, from: { component: 'community' }, to: { component: 'division-of-labour' }, label: 'Who owns it?' });
    const png = exportDiagram(store, d.id, { format: 'png', widthCm: 12 });
    const decoded = decodePng(png.bytes);
    expect(decoded.width).toBe(Math.round((12 / 2.54) * 300));
    expect(png.widthPx).toBe(decoded.width);
    expect(png.bytes.includes(Buffer.from('pHYs'))).toBe(true);
    let red = 0;
    for (let y = 0; y < decoded.height; y += 2) for (let x = 0; x < decoded.width; x += 2) {
      const [r, g, b] = decoded.pixel(x, y);
      if (r > 150 && g < 90 && b < 90) red++;
    }
    expect(red).toBeGreaterThan(50);
  });

  it('exports SVG with a title, a description and no script', () => {
    const d = createDiagram(store, { generation: 1, title: 'Before & after' });
    const svg = exportDiagram(store, d.id, { format: 'svg' });
    expect(svg.fileName).toBe('before-after.svg');
    const text = svg.bytes.toString('utf8');
    expect(text).toContain('<title id="diagram-title">Before &amp; after</title>');
    expect(text).not.toContain('<script');
  });

  it('refuses print widths outside 2-120 cm', () => {
    const d = createDiagram(store, { generation: 2, title: 'After' });
    expect(() => exportDiagram(store, d.id, { format: 'png', widthCm: 1 })).toThrow('between 2 and 120 cm');
  });
});
