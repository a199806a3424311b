// Writing diagrams: create, edit, duplicate (for another phase) and delete them; add,
// rename and remove first-generation triangles; component texts and label nudges.
// Every action is one undoable transaction.
import { ApiError } from '../../shared/errors.ts';
import { GENERATION_COMPONENTS, MAX_COMPONENT_TEXT, SYSTEM_COUNT } from '../../shared/model/diagrams.ts';
import type { DiagramDetail, DiagramGeneration } from '../../shared/model/diagrams.ts';
import type { Store } from '../db/store.ts';
import type { TensionRow } from '../db/table-rows.ts';
import { runAction } from '../db/undo-log.ts';
import type { ActionRecorder } from '../db/undo-log.ts';
import { deleteMemosOn } from '../memos/memo-removal.ts';
import { unlinkTensionRows } from '../contradictions/phase-rows.ts';
import { diagramQueries, evidenceQueries } from './queries.ts';
import { diagramComponentRows, getDiagram, requireComponentRow, requireDiagramRow, requireTensionRow } from './read.ts';

export interface NewDiagram {
  generation: DiagramGeneration;
  title: string;
  perspective?: string;
  phase?: string;
  caption?: string;
  // one name per system: first generation 1-8 triangles, second 1, third 2
  systemNames?: string[];
}

export interface DiagramUpdate {
  title?: string;
  perspective?: string;
  phase?: string;
  caption?: string;
}

function defaultSystemNames(generation: DiagramGeneration): string[] {
  return generation === 3 ? ['Activity system 1', 'Activity system 2'] : [''];
}

// A third-generation diagram's systems stand for the lead and the partner organisation until the researcher says otherwise.
function defaultPartnerRole(generation: DiagramGeneration, seq: number): 'lead' | 'partner' | null {
  if (generation !== 3) return null;
  return seq === 0 ? 'lead' : seq === 1 ? 'partner' : null;
}

// Marks the diagram as changed now (part of the action, so undo restores the time too).
export function touchDiagram(rec: ActionRecorder, diagramId: number): void {
  rec.update('diagrams', diagramId, { updated_at: rec.store.now().toISOString() });
}

function insertSystem(rec: ActionRecorder, diagramId: number, generation: DiagramGeneration, seq: number, name: string): number {
  const store = rec.store;
  const systemId = rec.insert('diagram_systems', { guid: store.newGuid(), diagram_id: diagramId, seq, name, partner_role: defaultPartnerRole(generation, seq) });
  for (const kind of GENERATION_COMPONENTS[generation]) {
    rec.insert('diagram_components', { guid: store.newGuid(), diagram_id: diagramId, system_id: systemId, component: kind, text: '', nudge_x: 0, nudge_y: 0 });
  }
  return systemId;
}

// Deletes the evidence links of a component or tension inside an action.
export function deleteEvidenceOf(rec: ActionRecorder, target: 'component' | 'tension', id: number): void {
  for (const evidenceId of evidenceQueries(rec.store, target).ids.all(id)) rec.delete('diagram_evidence', evidenceId);
}

// Deletes a tension, its evidence and its link to a contradiction inside an action.
export function deleteTensionRows(rec: ActionRecorder, tensionId: number): void {
  unlinkTensionRows(rec, tensionId);
  deleteEvidenceOf(rec, 'tension', tensionId);
  rec.delete('tensions', tensionId);
}

function deleteComponentRows(rec: ActionRecorder, componentId: number): void {
  const touching = diagramQueries(rec.store).tensionsTouching.all({ id: componentId });
  for (const tensionId of touching) deleteTensionRows(rec, tensionId);
  deleteEvidenceOf(rec, 'component', componentId);
  rec.delete('diagram_components', componentId);
}

function checkSystemCount(generation: DiagramGeneration, count: number): void {
  const limits = SYSTEM_COUNT[generation];
  if (count >= limits.min && count <= limits.max) return;
  throw new ApiError(
    'BAD_INPUT',
    generation === 1
      ? `A first-generation diagram has between ${limits.min} and ${limits.max} triangles.`
      : generation === 2
        ? 'A second-generation diagram has one activity system.'
        : 'A third-generation diagram has two activity systems.',
  );
}

// Inserts a diagram with empty components for every system inside an action (or the demo's set-up); returns its id.
export function insertDiagram(rec: ActionRecorder, input: NewDiagram): number {
  const store = rec.store;
  const names = input.systemNames ?? defaultSystemNames(input.generation);
  checkSystemCount(input.generation, names.length);
  const title = input.title.trim();
  if (!title) throw new ApiError('BAD_INPUT', 'Give the diagram a title.');
  const now = store.now().toISOString();
  const diagramId = rec.insert('diagrams', {
    guid: store.newGuid(),
    generation: input.generation,
    title,
    perspective: input.perspective?.trim() ?? '',
    phase: input.phase?.trim() ?? '',
    caption: input.caption?.trim() ?? '',
    content_json: '{}',
    created_at: now,
    updated_at: now,
  });
  names.forEach((name, seq) => insertSystem(rec, diagramId, input.generation, seq, name.trim()));
  if (input.generation === 3) {
    rec.insert('diagram_components', { guid: store.newGuid(), diagram_id: diagramId, system_id: null, component: 'shared-object', text: '', nudge_x: 0, nudge_y: 0 });
  }
  return diagramId;
}

// Creates a diagram with empty components for every system.
export function createDiagram(store: Store, input: NewDiagram): DiagramDetail {
  checkSystemCount(input.generation, (input.systemNames ?? defaultSystemNames(input.generation)).length);
  const title = input.title.trim();
  if (!title) throw new ApiError('BAD_INPUT', 'Give the diagram a title.');
  const id = runAction(store, `Create diagram "${title}"`, (rec) => insertDiagram(rec, input));
  return getDiagram(store, id);
}

// Changes a diagram's title, perspective, phase or caption.
export function updateDiagram(store: Store, id: number, update: DiagramUpdate): DiagramDetail {
  const row = requireDiagramRow(store, id);
  if (update.title !== undefined && !update.title.trim()) throw new ApiError('BAD_INPUT', 'A diagram needs a title.');
  runAction(store, `Edit diagram "${row.title}"`, (rec) => {
    rec.update('diagrams', id, {
      title: update.title?.trim() ?? row.title,
      perspective: update.perspective?.trim() ?? row.perspective,
      phase: update.phase?.trim() ?? row.phase,
      caption: update.caption?.trim() ?? row.caption,
    });
    touchDiagram(rec, id);
  });
  return getDiagram(store, id);
}

// Deletes a diagram with its systems, components, tensions, evidence links and memos.
export function deleteDiagram(store: Store, id: number): void {
  const row = requireDiagramRow(store, id);
  runAction(store, `Delete diagram "${row.title}"`, (rec) => {
    const q = diagramQueries(store);
    for (const tensionId of q.tensionIds.all(id)) deleteTensionRows(rec, tensionId);
    for (const evidenceId of q.evidenceIds.all(id)) rec.delete('diagram_evidence', evidenceId);
    for (const b of q.boundaryObjects.all(id)) rec.delete('diagram_boundary_objects', b.id);
    for (const c of diagramComponentRows(store, id)) rec.delete('diagram_components', c.id);
    for (const systemId of q.systemIds.all(id)) rec.delete('diagram_systems', systemId);
    deleteMemosOn(rec, 'diagram', id);
    rec.delete('diagrams', id);
  });
}

// Copies a diagram (texts, nudges, tensions and their evidence) to draw the same system
// in another phase; the copy gets the given title and phase.
export function duplicateDiagram(store: Store, id: number, input: { title?: string; phase?: string }): DiagramDetail {
  const source = getDiagram(store, id);
  const title = input.title?.trim() || `${source.title} (copy)`;
  const copyId = runAction(store, `Copy diagram "${source.title}"`, (rec) => {
    const now = store.now().toISOString();
    const diagramId = rec.insert('diagrams', {
      guid: store.newGuid(),
      generation: source.generation,
      title,
      perspective: source.perspective,
      phase: input.phase?.trim() ?? source.phase,
      caption: source.caption,
      content_json: '{}',
      created_at: now,
      updated_at: now,
    });
    const componentIds = new Map<number, number>();
    const copyComponent = (systemId: number | null, c: DiagramDetail['systems'][number]['components'][number]) => {
      const newId = rec.insert('diagram_components', { guid: store.newGuid(), diagram_id: diagramId, system_id: systemId, component: c.kind, text: c.text, nudge_x: c.nudgeX, nudge_y: c.nudgeY });
      componentIds.set(c.id, newId);
      copyEvidence(rec, diagramId, 'component', c.id, newId);
      return newId;
    };
    for (const system of source.systems) {
      const systemId = rec.insert('diagram_systems', { guid: store.newGuid(), diagram_id: diagramId, seq: system.seq, name: system.name, partner_role: system.partnerRole });
      for (const c of system.components) copyComponent(systemId, c);
    }
    if (source.sharedObject) {
      const sharedId = copyComponent(null, source.sharedObject);
      source.boundaryObjects.forEach((b, seq) => rec.insert('diagram_boundary_objects', { guid: store.newGuid(), diagram_id: diagramId, component_id: sharedId, seq, name: b.name }));
    }
    for (const t of source.tensions) {
      const from = componentIds.get(t.fromComponentId);
      if (from === undefined) continue;
      const to = t.toComponentId === null ? null : (componentIds.get(t.toComponentId) ?? null);
      const original = requireTensionRow(store, t.id);
      const newId = rec.insert('tensions', {
        guid: store.newGuid(),
        diagram_id: diagramId,
        from_component: original.from_component,
        to_component: original.to_component,
        from_component_id: from,
        to_component_id: to,
        level: t.level,
        label: t.label,
        memo: t.memo,
        advanced_form: t.advancedForm,
        label_nudge_x: t.labelNudgeX,
        label_nudge_y: t.labelNudgeY,
        created_at: now,
      } satisfies Omit<TensionRow, 'id'>);
      copyEvidence(rec, diagramId, 'tension', t.id, newId);
    }
    return diagramId;
  });
  return getDiagram(store, copyId);
}

function copyEvidence(rec: ActionRecorder, diagramId: number, target: 'component' | 'tension', fromId: number, toId: number): void {
  for (const codingGuid of evidenceQueries(rec.store, target).codingGuids.all(fromId)) {
    rec.insert('diagram_evidence', {
      guid: rec.store.newGuid(),
      diagram_id: diagramId,
      component_id: target === 'component' ? toId : null,
      tension_id: target === 'tension' ? toId : null,
      coding_guid: codingGuid,
      created_at: rec.store.now().toISOString(),
    });
  }
}

// Adds a triangle (one more subject) to a first-generation diagram.
export function addSystem(store: Store, diagramId: number, name: string): DiagramDetail {
  const row = requireDiagramRow(store, diagramId);
  const generation = getDiagram(store, diagramId).generation;
  if (generation !== 1) throw new ApiError('BAD_INPUT', 'Only first-generation diagrams have several triangles; second- and third-generation systems are fixed.');
  const count = diagramQueries(store).systemCount.get(diagramId) ?? 0;
  if (count >= SYSTEM_COUNT[1].max) throw new ApiError('BAD_INPUT', `A diagram holds at most ${SYSTEM_COUNT[1].max} triangles; start another diagram for more.`);
  const nextSeq = diagramQueries(store).nextSystemSeq.get(diagramId) ?? count;
  runAction(store, `Add a triangle to "${row.title}"`, (rec) => {
    insertSystem(rec, diagramId, generation, nextSeq, name.trim());
    touchDiagram(rec, diagramId);
  });
  return getDiagram(store, diagramId);
}

function requireSystem(store: Store, systemId: number): { id: number; diagram_id: number; seq: number; name: string } {
  const row = diagramQueries(store).system.get(systemId);
  if (!row) throw new ApiError('NOT_FOUND', 'That triangle or system no longer exists.');
  return row;
}

// Renames a system (the subject's name under a triangle, an organisation's in the third generation).
export function renameSystem(store: Store, systemId: number, name: string): DiagramDetail {
  const system = requireSystem(store, systemId);
  runAction(store, 'Rename system', (rec) => {
    rec.update('diagram_systems', systemId, { name: name.trim() });
    touchDiagram(rec, system.diagram_id);
  });
  return getDiagram(store, system.diagram_id);
}

// Removes a triangle of a first-generation diagram with its texts, tensions and evidence.
export function removeSystem(store: Store, systemId: number): DiagramDetail {
  const system = requireSystem(store, systemId);
  const detail = getDiagram(store, system.diagram_id);
  if (detail.generation !== 1) throw new ApiError('BAD_INPUT', 'Only a first-generation triangle can be removed; second- and third-generation systems are fixed.');
  if (detail.systems.length <= 1) throw new ApiError('BAD_INPUT', 'A diagram keeps at least one triangle; delete the diagram instead.');
  runAction(store, `Remove triangle${system.name ? ` "${system.name}"` : ''}`, (rec) => {
    for (const c of detail.systems.find((s) => s.id === systemId)?.components ?? []) deleteComponentRows(rec, c.id);
    rec.delete('diagram_systems', systemId);
    detail.systems
      .filter((s) => s.id !== systemId)
      .forEach((s, seq) => rec.update('diagram_systems', s.id, { seq }));
    touchDiagram(rec, system.diagram_id);
  });
  return getDiagram(store, system.diagram_id);
}

// Sets the text of a component (several lines: roles, verbs, artefacts).
export function setComponentText(store: Store, componentId: number, text: string): DiagramDetail {
  const component = requireComponentRow(store, componentId);
  if ([...text].length > MAX_COMPONENT_TEXT) throw new ApiError('TOO_LARGE', `A component's text is limited to ${MAX_COMPONENT_TEXT} characters; keep the long version in a memo.`);
  const clean = text.replace(/\r\n?/g, '\n').replace(/\s+$/u, '');
  runAction(store, 'Edit component text', (rec) => {
    rec.update('diagram_components', componentId, { text: clean });
    touchDiagram(rec, component.diagram_id);
  });
  return getDiagram(store, component.diagram_id);
}

// Moves a component's label, or a tension's label, by the researcher's nudge (absolute offsets).
export function nudgeLabel(store: Store, target: { componentId: number } | { tensionId: number }, x: number, y: number): DiagramDetail {
  const round = (v: number) => Math.round(v * 10) / 10;
  if ('componentId' in target) {
    const component = requireComponentRow(store, target.componentId);
    runAction(store, 'Move label', (rec) => {
      rec.update('diagram_components', component.id, { nudge_x: round(x), nudge_y: round(y) });
      touchDiagram(rec, component.diagram_id);
    });
    return getDiagram(store, component.diagram_id);
  }
  const tension = requireTensionRow(store, target.tensionId);
  runAction(store, 'Move tension label', (rec) => {
    rec.update('tensions', tension.id, { label_nudge_x: round(x), label_nudge_y: round(y) });
    touchDiagram(rec, tension.diagram_id);
  });
  return getDiagram(store, tension.diagram_id);
}
