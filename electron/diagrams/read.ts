// Reading diagrams: the list, one diagram with its systems, components and tensions,
// and the lookups the writing services share.
import { ApiError } from '../../shared/errors.ts';
import type { BoundaryObjectRecord, DiagramComponentRecord, DiagramDetail, DiagramSummary, DiagramSystemRecord, TensionRecord } from '../../shared/model/diagrams.ts';
import type { Store } from '../db/store.ts';
import type { DiagramComponentRow, DiagramRow, TensionRow } from '../db/table-rows.ts';
import type { TensionLink } from '../../shared/model/contradictions.ts';
import { contradictionQueries } from '../contradictions/queries.ts';
import { diagramQueries, evidenceQueries } from './queries.ts';

// The diagram row, or NOT_FOUND.
export function requireDiagramRow(store: Store, id: number): DiagramRow {
  const row = diagramQueries(store).row.get(id);
  if (!row) throw new ApiError('NOT_FOUND', 'That diagram no longer exists.');
  return row;
}

// The component row, or NOT_FOUND.
export function requireComponentRow(store: Store, id: number): DiagramComponentRow {
  const row = diagramQueries(store).component.get(id);
  if (!row) throw new ApiError('NOT_FOUND', 'That diagram component no longer exists.');
  return row;
}

// The tension row, or NOT_FOUND.
export function requireTensionRow(store: Store, id: number): TensionRow {
  const row = diagramQueries(store).tension.get(id);
  if (!row) throw new ApiError('NOT_FOUND', 'That tension no longer exists.');
  return row;
}

function summary(store: Store, row: DiagramRow): DiagramSummary {
  const counts = diagramQueries(store).counts.get({ id: row.id }) ?? { systems: 0, tensions: 0 };
  return {
    id: row.id,
    guid: row.guid,
    generation: row.generation,
    title: row.title,
    perspective: row.perspective,
    phase: row.phase,
    caption: row.caption,
    systemCount: counts.systems,
    tensionCount: counts.tensions,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

// Every diagram, newest change first.
export function listDiagrams(store: Store): DiagramSummary[] {
  return diagramQueries(store)
    .list.all()
    .map((r) => summary(store, r));
}

function evidenceCounts(store: Store, diagramId: number, owner: 'component' | 'tension'): Map<number, number> {
  return new Map(
    evidenceQueries(store, owner)
      .liveCounts.all(diagramId)
      .map((r) => [r.target, r.n]),
  );
}

function componentRecord(row: DiagramComponentRow, counts: Map<number, number>): DiagramComponentRecord {
  return { id: row.id, guid: row.guid, systemId: row.system_id, kind: row.component, text: row.text, nudgeX: row.nudge_x, nudgeY: row.nudge_y, evidenceCount: counts.get(row.id) ?? 0 };
}

// A tension's end as a component id: the stored id, or (for tensions written without
// one, e.g. by an importer) the component of that kind in the diagram's first system.
function resolveEnd(id: number | null, kind: string | null, components: readonly DiagramComponentRow[]): number | null {
  if (id !== null) return id;
  if (kind === null) return null;
  return components.find((c) => c.component === kind)?.id ?? null;
}

// The name each system of a diagram goes by ("Partner organisation", or "Activity system 2" when unnamed).
export function systemNames(store: Store, diagramId: number): Map<number, string> {
  return new Map(
    diagramQueries(store)
      .systems.all(diagramId)
      .map((s, i) => [s.id, s.name.trim() || `Activity system ${i + 1}`]),
  );
}

// A quaternary tension's neighbouring activity: the system its far end is in.
function neighbourOf(row: TensionRow, to: number | null, components: readonly DiagramComponentRow[], names: ReadonlyMap<number, string>): string | null {
  if (row.level !== 'quaternary' || to === null) return null;
  const systemId = components.find((c) => c.id === to)?.system_id ?? null;
  return systemId === null ? null : (names.get(systemId) ?? null);
}

// One tension as the API returns it (null when its components cannot be found).
export function tensionRecord(row: TensionRow, components: readonly DiagramComponentRow[], counts: Map<number, number>, names: ReadonlyMap<number, string>, links: ReadonlyMap<number, TensionLink>): TensionRecord | null {
  const from = resolveEnd(row.from_component_id, row.from_component, components);
  if (from === null) return null;
  const to = resolveEnd(row.to_component_id, row.to_component, components);
  return {
    id: row.id,
    guid: row.guid,
    diagramId: row.diagram_id,
    fromComponentId: from,
    toComponentId: to,
    level: row.level,
    label: row.label,
    memo: row.memo,
    advancedForm: row.advanced_form,
    neighbourActivity: neighbourOf(row, to, components, names),
    link: links.get(row.id) ?? null,
    labelNudgeX: row.label_nudge_x,
    labelNudgeY: row.label_nudge_y,
    evidenceCount: counts.get(row.id) ?? 0,
    createdAt: row.created_at,
  };
}

// The components of a diagram, systems in order.
export function diagramComponentRows(store: Store, diagramId: number): DiagramComponentRow[] {
  return diagramQueries(store).components.all(diagramId);
}

// The links of a diagram's tensions to the contradictions they are followed as.
export function tensionLinks(store: Store, diagramId: number): Map<number, TensionLink> {
  return new Map(
    contradictionQueries(store)
      .linksOfDiagram.all(diagramId)
      .map((l) => [l.tension_id, { contradictionId: l.contradiction_id, name: l.name, status: l.status }]),
  );
}

// One diagram with its systems, components, shared object and tensions.
export function getDiagram(store: Store, id: number): DiagramDetail {
  const row = requireDiagramRow(store, id);
  const componentCounts = evidenceCounts(store, id, 'component');
  const tensionCounts = evidenceCounts(store, id, 'tension');
  const components = diagramComponentRows(store, id);
  const systems = diagramQueries(store).systems.all(id);
  const systemRecords: DiagramSystemRecord[] = systems.map(({ partner_role: partnerRole, ...s }) => ({
    ...s,
    partnerRole,
    components: components.filter((c) => c.system_id === s.id).map((c) => componentRecord(c, componentCounts)),
  }));
  const shared = components.find((c) => c.system_id === null);
  const tensionRows = diagramQueries(store).tensions.all(id);
  const names = systemNames(store, id);
  const links = tensionLinks(store, id);
  const tensions = tensionRows.map((t) => tensionRecord(t, components, tensionCounts, names, links)).filter((t): t is TensionRecord => t !== null);
  const boundaryObjects = diagramQueries(store)
    .boundaryObjects.all(id)
    .map((b): BoundaryObjectRecord => ({ id: b.id, guid: b.guid, name: b.name }));
  return { ...summary(store, row), systems: systemRecords, sharedObject: shared ? componentRecord(shared, componentCounts) : null, boundaryObjects, tensions };
}

// Finds a diagram by id ("12") or by exact title (case-insensitive); for the CLI.
export function findDiagram(store: Store, idOrTitle: string): DiagramSummary {
  const all = listDiagrams(store);
  if (/^\d+$/.test(idOrTitle)) {
    const byId = all.find((d) => d.id === Number(idOrTitle));
    if (byId) return byId;
  }
  const matches = all.filter((d) => d.title.trim().toLowerCase() === idOrTitle.trim().toLowerCase());
  if (matches.length === 1 && matches[0]) return matches[0];
  if (matches.length > 1) throw new ApiError('CONFLICT', `${matches.length} diagrams are called "${idOrTitle}"; name one by its id (${matches.map((d) => d.id).join(', ')}).`);
  const names = all.map((d) => `${d.id} "${d.title}"`).join(', ');
  throw new ApiError('NOT_FOUND', `No diagram is called "${idOrTitle}".${names ? ` The project has: ${names}.` : ' The project has no diagrams yet.'}`);
}
