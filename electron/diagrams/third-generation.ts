// What third-generation diagrams add (Engestrom 2001): each system stands for the lead or
// the partner organisation (a tension's evidence is then split by system), and the shared
// object carries boundary objects - the artefacts both systems work with.
import { ApiError } from '../../shared/errors.ts';
import { MAX_BOUNDARY_OBJECT_NAME, MAX_BOUNDARY_OBJECTS } from '../../shared/model/diagrams.ts';
import type { DiagramDetail, SystemPartnerRole } from '../../shared/model/diagrams.ts';
import type { Store } from '../db/store.ts';
import { runAction } from '../db/undo-log.ts';
import { touchDiagram } from './diagrams.ts';
import { diagramQueries } from './queries.ts';
import { diagramComponentRows, getDiagram, requireDiagramRow } from './read.ts';

// Says which organisation a system of a third-generation diagram stands for (null: neither).
export function setSystemRole(store: Store, systemId: number, partnerRole: SystemPartnerRole | null): DiagramDetail {
  const system = diagramQueries(store).system.get(systemId);
  if (!system) throw new ApiError('NOT_FOUND', 'That system no longer exists.');
  if (requireDiagramRow(store, system.diagram_id).generation !== 3) throw new ApiError('BAD_INPUT', 'Only the systems of a third-generation diagram stand for the lead or the partner organisation.');
  runAction(store, partnerRole ? `Mark the system as the ${partnerRole} organisation` : 'Mark the system as neither organisation', (rec) => {
    rec.update('diagram_systems', systemId, { partner_role: partnerRole });
    touchDiagram(rec, system.diagram_id);
  });
  return getDiagram(store, system.diagram_id);
}

// The names cleaned: trimmed, blanks and repeats left out.
function cleanNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of names) {
    const name = raw.replace(/\s+/g, ' ').trim();
    if (!name || seen.has(name.toLowerCase())) continue;
    if ([...name].length > MAX_BOUNDARY_OBJECT_NAME) throw new ApiError('TOO_LARGE', `A boundary object's name is limited to ${MAX_BOUNDARY_OBJECT_NAME} characters.`);
    seen.add(name.toLowerCase());
    out.push(name);
  }
  if (out.length > MAX_BOUNDARY_OBJECTS) throw new ApiError('TOO_LARGE', `The shared object carries at most ${MAX_BOUNDARY_OBJECTS} boundary objects; keep the rest in its memo.`);
  return out;
}

// Sets the boundary objects the shared object carries, in order (one undoable action).
export function setBoundaryObjects(store: Store, diagramId: number, names: readonly string[]): DiagramDetail {
  requireDiagramRow(store, diagramId);
  const shared = diagramComponentRows(store, diagramId).find((c) => c.component === 'shared-object');
  if (!shared) throw new ApiError('BAD_INPUT', 'Only the shared object of a third-generation diagram carries boundary objects.');
  const wanted = cleanNames(names);
  const existing = diagramQueries(store).boundaryObjects.all(diagramId);
  if (existing.length === wanted.length && existing.every((b, i) => b.name === wanted[i])) return getDiagram(store, diagramId);
  runAction(store, 'Edit boundary objects', (rec) => {
    wanted.forEach((name, seq) => {
      const row = existing[seq];
      if (row) rec.update('diagram_boundary_objects', row.id, { name, seq });
      else rec.insert('diagram_boundary_objects', { guid: store.newGuid(), diagram_id: diagramId, component_id: shared.id, seq, name });
    });
    for (const row of existing.slice(wanted.length)) rec.delete('diagram_boundary_objects', row.id);
    touchDiagram(rec, diagramId);
  });
  return getDiagram(store, diagramId);
}
