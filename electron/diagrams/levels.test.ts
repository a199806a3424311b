import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryStore } from '../../tests/helpers/memory-store.ts';
import { snapshotTables } from '../../tests/helpers/snapshot.ts';
import { specFromDetail } from '../../shared/diagram/diagram-spec.ts';
import { describeDiagram } from '../../shared/diagram/describe.ts';
import { layoutDiagram } from '../../shared/diagram/diagram-layout.ts';
import type { Store } from '../db/store.ts';
import { redo, undo } from '../db/undo-log.ts';
import { createDiagram, deleteDiagram, duplicateDiagram } from './diagrams.ts';
import { getDiagram } from './read.ts';
import { createTension, updateTension } from './tensions.ts';
import { setBoundaryObjects, setSystemRole } from './third-generation.ts';

let store: Store & { close(): void };
beforeEach(() => {
  store = memoryStore();
});
afterEach(() => store.close());

describe('what each level of contradiction needs', () => {
  it('a primary contradiction lies inside one component, a secondary one between two', () => {
    const d = createDiagram(store, { generation: 2, title: 'After' });
    expect(() => createTension(store, { diagramId: d.id, from: { component: 'tools' }, to: { component: 'rules' }, level: 'primary' })).toThrow('inside one component');
    expect(() => createTension(store, { diagramId: d.id, from: { component: 'tools' }, to: null, level: 'secondary' })).toThrow('between two components');
    expect(createTension(store, { diagramId: d.id, from: { component: 'tools' }, to: null }).level).toBe('primary');
  });

  it('a tertiary contradiction names the more advanced form, inside one component or between two', () => {
    const d = createDiagram(store, { generation: 2, title: 'After' });
    expect(() => createTension(store, { diagramId: d.id, from: { component: 'object' }, to: null, level: 'tertiary' })).toThrow('name that form');
    expect(() => createTension(store, { diagramId: d.id, from: { component: 'object' }, to: null, level: 'tertiary', advancedForm: '   ' })).toThrow('name that form');
    const inside = createTension(store, { diagramId: d.id, from: { component: 'object' }, to: null, level: 'tertiary', label: 'Observation as judgement', advancedForm: ' Coaching as development ' });
    expect(inside).toMatchObject({ level: 'tertiary', toComponentId: null, advancedForm: 'Coaching as development', neighbourActivity: null });
    const between = createTension(store, { diagramId: d.id, from: { component: 'object' }, to: { component: 'tools' }, level: 'tertiary', advancedForm: 'Peer-led enquiry' });
    expect(between.toComponentId).not.toBeNull();
    // the drawing names the form, inside the object's label
    const detail = getDiagram(store, d.id);
    expect(specFromDetail(detail).tensions.find((t) => t.id === inside.id)?.label).toBe('Observation as judgement. More advanced form: Coaching as development');
    const object = layoutDiagram(specFromDetail(detail)).nodes.find((n) => n.kind === 'object');
    expect(object?.block.lines.map((l) => l.text).join(' ')).toContain('More advanced form');
    // leaving the level drops the form; another level keeps nothing of it
    expect(updateTension(store, between.id, { level: 'secondary' }).advancedForm).toBe('');
  });

  it('a quaternary contradiction joins the central and the neighbouring activity of a third-generation diagram', () => {
    const second = createDiagram(store, { generation: 2, title: 'After' });
    expect(() => createTension(store, { diagramId: second.id, from: { component: 'object' }, to: { component: 'rules' }, level: 'quaternary' })).toThrow('third-generation diagram');
    const third = createDiagram(store, { generation: 3, title: 'Lead and partner', systemNames: ['College coaching', 'Adult learning service'] });
    expect(() => createTension(store, { diagramId: third.id, from: { component: 'object', system: 0 }, to: { component: 'rules', system: 0 }, level: 'quaternary' })).toThrow('one in each system');
    expect(() => createTension(store, { diagramId: third.id, from: { component: 'object', system: 0 }, to: { component: 'shared-object' }, level: 'quaternary' })).toThrow('one in each system');
    const t = createTension(store, { diagramId: third.id, from: { component: 'object', system: 0 }, to: { component: 'object', system: 1 }, level: 'quaternary', label: 'Whose learners?' });
    expect(t.neighbourActivity).toBe('Adult learning service');
    expect(getDiagram(store, third.id).tensions[0]?.neighbourActivity).toBe('Adult learning service');
  });

  it('a label edit keeps an imported tension as it is, a change of level is checked', () => {
    const d = createDiagram(store, { generation: 2, title: 'After' });
    const t = createTension(store, { diagramId: d.id, from: { component: 'tools' }, to: { component: 'rules' } });
    store.db.prepare("UPDATE tensions SET level = 'quaternary' WHERE id = ?").run(t.id);
    expect(updateTension(store, t.id, { label: 'Renamed' }).label).toBe('Renamed');
    expect(() => updateTension(store, t.id, { level: 'tertiary' })).toThrow('name that form');
  });
});

describe('third-generation diagrams', () => {
  it('stand for the lead and the partner organisation until told otherwise', () => {
    const third = createDiagram(store, { generation: 3, title: 'Lead and partner' });
    expect(third.systems.map((s) => s.partnerRole)).toEqual(['lead', 'partner']);
    const partner = third.systems[1]?.id ?? 0;
    expect(setSystemRole(store, partner, null).systems.map((s) => s.partnerRole)).toEqual(['lead', null]);
    const second = createDiagram(store, { generation: 2, title: 'After' });
    expect(second.systems[0]?.partnerRole).toBeNull();
    expect(() => setSystemRole(store, second.systems[0]?.id ?? 0, 'lead')).toThrow('third-generation');
  });

  it('carry boundary objects on the shared object: drawn, described, copied and deleted with the diagram', () => {
    const third = createDiagram(store, { generation: 3, title: 'Lead and partner' });
    const set = setBoundaryObjects(store, third.id, ['Joint observation form', '  ', 'the coaching log', 'Joint observation form']);
    expect(set.boundaryObjects.map((b) => b.name)).toEqual(['Joint observation form', 'the coaching log']);
    const spec = specFromDetail(set);
    expect(describeDiagram(spec)).toContain('Boundary objects: Joint observation form; the coaching log.');
    const shared = layoutDiagram(spec).nodes.find((n) => n.kind === 'shared-object');
    expect(shared?.block.lines.map((l) => l.text)).toEqual(expect.arrayContaining(['Boundary objects', '\u2022 Joint observation form', '\u2022 the coaching log']));
    const copy = duplicateDiagram(store, third.id, { phase: 'Round 2' });
    expect(copy.boundaryObjects.map((b) => b.name)).toEqual(['Joint observation form', 'the coaching log']);
    expect(copy.systems.map((s) => s.partnerRole)).toEqual(['lead', 'partner']);
    expect(setBoundaryObjects(store, third.id, ['The coaching log']).boundaryObjects.map((b) => b.name)).toEqual(['The coaching log']);
    expect(() => setBoundaryObjects(store, createDiagram(store, { generation: 2, title: 'After' }).id, ['Log'])).toThrow('shared object');
    deleteDiagram(store, third.id);
    expect(store.db.prepare('SELECT count(*) FROM diagram_boundary_objects WHERE diagram_id = ?').pluck().get(third.id)).toBe(0);
  });

  it.each([
    ['mark a system', (id: number) => setSystemRole(store, getDiagram(store, id).systems[0]?.id ?? 0, 'partner')],
    ['set boundary objects', (id: number) => setBoundaryObjects(store, id, ['Joint observation form', 'Coaching log'])],
    ['add a tertiary tension', (id: number) => createTension(store, { diagramId: id, from: { component: 'object', system: 1 }, to: null, level: 'tertiary', advancedForm: 'Co-designed provision' })],
    ['add a quaternary tension', (id: number) => createTension(store, { diagramId: id, from: { component: 'rules', system: 0 }, to: { component: 'rules', system: 1 }, level: 'quaternary' })],
  ])('%s is one undoable step', (_name, operation) => {
    const third = createDiagram(store, { generation: 3, title: 'Lead and partner' });
    setBoundaryObjects(store, third.id, ['Log']);
    const before = snapshotTables(store.db);
    operation(third.id);
    const after = snapshotTables(store.db);
    expect(after).not.toEqual(before);
    undo(store);
    expect(snapshotTables(store.db)).toEqual(before);
    redo(store);
    expect(snapshotTables(store.db)).toEqual(after);
  });
});
