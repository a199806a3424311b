// One contradiction followed across phases: tensions of diagrams of different phases linked
// as the same contradiction, each with its status in its phase (emerging, aggravated,
// addressed, resolved); renamed, memoed and unlinked. Every change is one undoable action.
import { ApiError } from '../../shared/errors.ts';
import { MAX_CONTRADICTION_MEMO, MAX_CONTRADICTION_NAME } from '../../shared/model/contradictions.ts';
import type { ContradictionStatus } from '../../shared/model/contradictions.ts';
import type { Store } from '../db/store.ts';
import type { ContradictionPhaseRow, TensionRow } from '../db/table-rows.ts';
import { runAction } from '../db/undo-log.ts';
import type { ActionRecorder } from '../db/undo-log.ts';
import { requireDiagramRow, requireTensionRow } from '../diagrams/read.ts';
import { unlinkTensionRows } from './phase-rows.ts';
import { contradictionQueries } from './queries.ts';

export interface LinkInput {
  // the tension in one phase, and the one in another phase that shows the same contradiction
  tensionId: number;
  withTensionId: number;
  // the name of a new contradiction (default: the first tension's label); ignored when one is already followed
  name?: string;
  status?: ContradictionStatus;
  withStatus?: ContradictionStatus;
}

function requireContradiction(store: Store, id: number) {
  const row = contradictionQueries(store).row.get(id);
  if (!row) throw new ApiError('NOT_FOUND', 'That contradiction is no longer followed.');
  return row;
}

function cleanName(store: Store, name: string, exceptId = 0): string {
  const clean = name.replace(/\s+/g, ' ').trim();
  if (!clean) throw new ApiError('BAD_INPUT', 'Give the contradiction a name.');
  if ([...clean].length > MAX_CONTRADICTION_NAME) throw new ApiError('TOO_LARGE', `A contradiction's name is limited to ${MAX_CONTRADICTION_NAME} characters; put the rest in its memo.`);
  if (contradictionQueries(store).nameTaken.get(clean, exceptId) !== undefined) throw new ApiError('CONFLICT', `A contradiction is already called "${clean}"; link the tension to it, or choose another name.`);
  return clean;
}

function tensionName(store: Store, t: TensionRow): string {
  const diagram = requireDiagramRow(store, t.diagram_id);
  return t.label.trim() || `${t.level} tension of "${diagram.title}"`;
}

// Adds a tension to a contradiction inside an action (its diagram must not already show the contradiction).
function addPhase(rec: ActionRecorder, contradictionId: number, tension: TensionRow, status: ContradictionStatus, phases: readonly ContradictionPhaseRow[]): void {
  const diagrams = phases.map((p) => requireTensionRow(rec.store, p.tension_id).diagram_id);
  if (diagrams.includes(tension.diagram_id)) throw new ApiError('BAD_INPUT', `"${tensionName(rec.store, tension)}" is in a diagram that already shows this contradiction: link tensions of diagrams of different phases.`);
  rec.insert('contradiction_phases', { guid: rec.store.newGuid(), contradiction_id: contradictionId, tension_id: tension.id, status, created_at: rec.store.now().toISOString() });
}

function phasesOf(store: Store, contradictionId: number): ContradictionPhaseRow[] {
  return contradictionQueries(store)
    .phases.all()
    .filter((p) => p.contradiction_id === contradictionId);
}

// Links two tensions of different phases as one contradiction: a new one, or the one either already shows.
export function linkTensions(store: Store, input: LinkInput): number {
  const a = requireTensionRow(store, input.tensionId);
  const b = requireTensionRow(store, input.withTensionId);
  if (a.id === b.id) throw new ApiError('BAD_INPUT', 'Choose a tension of another phase to link this one with.');
  if (a.diagram_id === b.diagram_id) throw new ApiError('BAD_INPUT', 'Both tensions are in the same diagram: link tensions of diagrams of different phases (duplicate the diagram for the next phase).');
  const q = contradictionQueries(store);
  const linkA = q.phaseOfTension.get(a.id);
  const linkB = q.phaseOfTension.get(b.id);
  if (linkA && linkB && linkA.contradiction_id !== linkB.contradiction_id) {
    const names = [linkA, linkB].map((l) => `"${requireContradiction(store, l.contradiction_id).name}"`).join(' and ');
    throw new ApiError('CONFLICT', `The two tensions are already followed as ${names}: unlink one of them first.`);
  }
  if (linkA && linkB) return linkA.contradiction_id;
  const existing = linkA ?? linkB;
  const name = existing ? '' : cleanName(store, input.name?.trim() || tensionName(store, a));
  return runAction(store, existing ? `Follow "${requireContradiction(store, existing.contradiction_id).name}" in another phase` : `Follow the contradiction "${name}" across phases`, (rec) => {
    const id = existing ? existing.contradiction_id : rec.insert('contradictions', { guid: store.newGuid(), name, memo: '', created_at: store.now().toISOString() });
    if (!linkA) addPhase(rec, id, a, input.status ?? 'emerging', phasesOf(store, id));
    if (!linkB) addPhase(rec, id, b, input.withStatus ?? 'emerging', phasesOf(store, id));
    return id;
  });
}

// Sets a tension's status in its phase of the contradiction it shows.
export function setPhaseStatus(store: Store, tensionId: number, status: ContradictionStatus): void {
  const tension = requireTensionRow(store, tensionId);
  const phase = contradictionQueries(store).phaseOfTension.get(tensionId);
  if (!phase) throw new ApiError('BAD_INPUT', `"${tensionName(store, tension)}" is not followed across phases yet: link it with a tension of another phase first.`);
  if (phase.status === status) return;
  runAction(store, `Mark "${tensionName(store, tension)}" as ${status}`, (rec) => rec.update('contradiction_phases', phase.id, { status }));
}

// Stops following a tension as part of its contradiction (the contradiction goes when no tension is left).
export function unlinkTension(store: Store, tensionId: number): void {
  const tension = requireTensionRow(store, tensionId);
  if (!contradictionQueries(store).phaseOfTension.get(tensionId)) return;
  runAction(store, `Unlink "${tensionName(store, tension)}" from its contradiction`, (rec) => unlinkTensionRows(rec, tensionId));
}

// Renames a contradiction or rewrites its memo.
export function updateContradiction(store: Store, id: number, update: { name?: string; memo?: string }): void {
  const row = requireContradiction(store, id);
  const name = update.name === undefined ? row.name : cleanName(store, update.name, id);
  const memo = update.memo ?? row.memo;
  if (memo.length > MAX_CONTRADICTION_MEMO) throw new ApiError('TOO_LARGE', `A contradiction's memo is limited to ${MAX_CONTRADICTION_MEMO} characters.`);
  if (name === row.name && memo === row.memo) return;
  runAction(store, `Edit contradiction "${row.name}"`, (rec) => rec.update('contradictions', id, { name, memo }));
}
