// Tensions (contradictions) of a diagram: a jagged line between two components, or a
// primary contradiction inside one, with a level, a label, a memo and evidence.
// createTension is also the way a co-occurrence pair from the queries becomes a tension.
import { ApiError } from '../../shared/errors.ts';
import { componentHeading, MAX_ADVANCED_FORM, MAX_TENSION_LABEL, MAX_TENSION_MEMO } from '../../shared/model/diagrams.ts';
import type { DiagramComponentKind, DiagramGeneration, TensionLevel, TensionRecord } from '../../shared/model/diagrams.ts';
import type { Store } from '../db/store.ts';
import type { DiagramComponentRow, TensionRow } from '../db/table-rows.ts';
import { runAction } from '../db/undo-log.ts';
import type { ActionRecorder } from '../db/undo-log.ts';
import { diagramQueries, evidenceQueries } from './queries.ts';
import { diagramComponentRows, getDiagram, requireComponentRow, requireDiagramRow, requireTensionRow, systemNames, tensionLinks, tensionRecord } from './read.ts';
import { insertEvidence } from './evidence.ts';
import { deleteTensionRows, touchDiagram } from './diagrams.ts';

// A component of a diagram named by its id, or by its kind and the system it is in
// (0-based, in drawing order; ignored for the shared object).
export type ComponentRef = { componentId: number } | { component: DiagramComponentKind; system?: number };

export interface NewTension {
  diagramId: number;
  from: ComponentRef;
  // null (or the same component) for a primary contradiction
  to: ComponentRef | null;
  level?: TensionLevel;
  label?: string;
  memo?: string;
  // tertiary: the culturally more advanced form of the object
  advancedForm?: string;
  // codings that back the tension
  codingIds?: number[];
}

export interface TensionUpdate {
  level?: TensionLevel;
  label?: string;
  memo?: string;
  advancedForm?: string;
  fromComponentId?: number;
  toComponentId?: number | null;
}

// Finds the component a reference names in a diagram, or explains why it cannot.
export function resolveComponent(store: Store, diagramId: number, ref: ComponentRef): DiagramComponentRow {
  if ('componentId' in ref) {
    const row = requireComponentRow(store, ref.componentId);
    if (row.diagram_id !== diagramId) throw new ApiError('BAD_INPUT', 'That component belongs to another diagram.');
    return row;
  }
  const rows = diagramComponentRows(store, diagramId);
  if (ref.component === 'shared-object') {
    const shared = rows.find((r) => r.component === 'shared-object');
    if (!shared) throw new ApiError('BAD_INPUT', 'Only a third-generation diagram has a shared object.');
    return shared;
  }
  const systems = diagramQueries(store).systemIds.all(diagramId);
  const index = ref.system ?? 0;
  const systemId = systems[index];
  if (systemId === undefined) throw new ApiError('BAD_INPUT', `The diagram has ${systems.length} system${systems.length === 1 ? '' : 's'}; there is no system ${index + 1}.`);
  const row = rows.find((r) => r.system_id === systemId && r.component === ref.component);
  if (!row) {
    throw new ApiError('BAD_INPUT', `System ${index + 1} of this diagram has no ${componentHeading(ref.component, 2).toLowerCase()} (first-generation triangles have tools, subject, object and outcome; third-generation systems have no outcome).`);
  }
  return row;
}

// What a tension of each level needs (Engestrom 1987): a primary one lies inside one
// component; a secondary one between two; a tertiary one names the more advanced form of
// the object it meets (inside one component or between two); a quaternary one lies between
// the central activity and a neighbouring one, so it joins the two systems of a
// third-generation diagram.
function checkShape(shape: { level: TensionLevel; generation: DiagramGeneration; advancedForm: string }, from: DiagramComponentRow, to: DiagramComponentRow | null): void {
  const { level } = shape;
  if (to !== null && to.id === from.id) throw new ApiError('BAD_INPUT', 'A tension between two components needs two different components.');
  if (level === 'primary' && to !== null) throw new ApiError('BAD_INPUT', 'A primary contradiction lies inside one component: leave out the second component, or choose another level.');
  if (level === 'secondary' && to === null) throw new ApiError('BAD_INPUT', 'A secondary tension runs between two components: choose the second one, or make it a primary contradiction.');
  if (level === 'tertiary' && !shape.advancedForm) throw new ApiError('BAD_INPUT', 'A tertiary contradiction sets the object against a culturally more advanced form of it: name that form (e.g. "coaching as development").');
  if (level !== 'quaternary') return;
  if (shape.generation !== 3) throw new ApiError('BAD_INPUT', 'A quaternary contradiction lies between this activity and a neighbouring one: draw it in a third-generation diagram, with the neighbouring activity as the other system.');
  if (to === null || from.system_id === null || to.system_id === null || from.system_id === to.system_id) {
    throw new ApiError('BAD_INPUT', 'A quaternary contradiction runs from a component of the central activity to a component of the neighbouring activity: choose one in each system.');
  }
}

function checkText(label: string, memo: string, advancedForm: string): void {
  if ([...label].length > MAX_TENSION_LABEL) throw new ApiError('TOO_LARGE', `A tension's label is limited to ${MAX_TENSION_LABEL} characters; put the rest in its memo.`);
  if (memo.length > MAX_TENSION_MEMO) throw new ApiError('TOO_LARGE', `A tension's memo is limited to ${MAX_TENSION_MEMO} characters.`);
  if ([...advancedForm].length > MAX_ADVANCED_FORM) throw new ApiError('TOO_LARGE', `The more advanced form is limited to ${MAX_ADVANCED_FORM} characters; put the rest in the memo.`);
}

function record(store: Store, tensionId: number): TensionRecord {
  const row = requireTensionRow(store, tensionId);
  const counts = new Map([[tensionId, evidenceQueries(store, 'tension').liveCount.get(tensionId) ?? 0]]);
  const result = tensionRecord(row, diagramComponentRows(store, row.diagram_id), counts, systemNames(store, row.diagram_id), tensionLinks(store, row.diagram_id));
  if (!result) throw new ApiError('CORRUPT', 'That tension names a component that no longer exists.');
  return result;
}

// Inserts a tension row inside an action.
export function insertTension(rec: ActionRecorder, diagramId: number, from: DiagramComponentRow, to: DiagramComponentRow | null, fields: { level: TensionLevel; label: string; memo: string; advancedForm?: string }): number {
  return rec.insert('tensions', {
    guid: rec.store.newGuid(),
    diagram_id: diagramId,
    from_component: from.component,
    to_component: to?.component ?? null,
    from_component_id: from.id,
    to_component_id: to?.id ?? null,
    level: fields.level,
    label: fields.label,
    memo: fields.memo,
    advanced_form: fields.advancedForm ?? '',
    label_nudge_x: 0,
    label_nudge_y: 0,
    created_at: rec.store.now().toISOString(),
  } satisfies Omit<TensionRow, 'id'>);
}

// Creates a tension (optionally backed by codings) in one undoable action.
export function createTension(store: Store, input: NewTension): TensionRecord {
  const diagram = requireDiagramRow(store, input.diagramId);
  const from = resolveComponent(store, input.diagramId, input.from);
  let to = input.to === null ? null : resolveComponent(store, input.diagramId, input.to);
  if (to && to.id === from.id) to = null;
  const level = input.level ?? (to === null ? 'primary' : 'secondary');
  const label = (input.label ?? '').trim();
  const memo = input.memo ?? '';
  const advancedForm = level === 'tertiary' ? (input.advancedForm ?? '').trim() : '';
  checkShape({ level, generation: diagram.generation, advancedForm }, from, to);
  checkText(label, memo, advancedForm);
  const id = runAction(store, label ? `Add tension "${label}"` : 'Add tension', (rec) => {
    const tensionId = insertTension(rec, input.diagramId, from, to, { level, label, memo, advancedForm });
    if (input.codingIds && input.codingIds.length > 0) insertEvidence(rec, input.diagramId, { tensionId }, input.codingIds);
    touchDiagram(rec, input.diagramId);
    return tensionId;
  });
  return record(store, id);
}

// Changes a tension's level, label, memo or components.
export function updateTension(store: Store, id: number, update: TensionUpdate): TensionRecord {
  const current = getDiagram(store, requireTensionRow(store, id).diagram_id).tensions.find((t) => t.id === id);
  if (!current) throw new ApiError('NOT_FOUND', 'That tension no longer exists.');
  const fromId = update.fromComponentId ?? current.fromComponentId;
  const toId = update.toComponentId === undefined ? current.toComponentId : update.toComponentId;
  const from = resolveComponent(store, current.diagramId, { componentId: fromId });
  const to = toId === null ? null : resolveComponent(store, current.diagramId, { componentId: toId });
  const level = update.level ?? current.level;
  const label = update.label === undefined ? current.label : update.label.trim();
  const memo = update.memo ?? current.memo;
  const advancedForm = level === 'tertiary' ? (update.advancedForm ?? current.advancedForm).trim() : '';
  // what a level needs is checked when the level, its ends or its advanced form change (a label edit keeps an imported tension as it is)
  const reshaped = level !== current.level || from.id !== current.fromComponentId || (to?.id ?? null) !== current.toComponentId || advancedForm !== current.advancedForm;
  if (reshaped) checkShape({ level, generation: requireDiagramRow(store, current.diagramId).generation, advancedForm }, from, to);
  checkText(label, memo, advancedForm);
  runAction(store, `Edit tension${label ? ` "${label}"` : ''}`, (rec) => {
    rec.update('tensions', id, {
      level,
      label,
      memo,
      advanced_form: advancedForm,
      from_component: from.component,
      to_component: to?.component ?? null,
      from_component_id: from.id,
      to_component_id: to?.id ?? null,
    });
    touchDiagram(rec, current.diagramId);
  });
  return record(store, id);
}

// Deletes a tension with its evidence links.
export function deleteTension(store: Store, id: number): void {
  const row = requireTensionRow(store, id);
  runAction(store, `Delete tension${row.label ? ` "${row.label}"` : ''}`, (rec) => {
    deleteTensionRows(rec, id);
    touchDiagram(rec, row.diagram_id);
  });
}
