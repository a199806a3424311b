// Reading diagrams: the list, one diagram with its systems, components and tensions,
// and the lookups the writing services share.
import { ApiError } from '../../shared/errors.ts';
import { isActivityComponent } from '../../shared/model/activity-components.ts';
import type {
  DiagramComponentKind,
  DiagramComponentRecord,
  DiagramDetail,
  DiagramGeneration,
  DiagramSummary,
  DiagramSystemRecord,
  TensionLevel,
  TensionRecord,
} from '../../shared/model/diagrams.ts';
import { sql } from '../db/statements.ts';
import type { Store } from '../db/store.ts';

export interface DiagramRow {
  id: number;
  guid: string;
  generation: number;
  title: string;
  perspective: string;
  phase: string;
  caption: string;
  created_at: string;
  updated_at: string;
}

export interface ComponentRow {
  id: number;
  guid: string;
  diagram_id: number;
  system_id: number | null;
  component: string;
  text: string;
  nudge_x: number;
  nudge_y: number;
}

export interface TensionRow {
  id: number;
  guid: string;
  diagram_id: number;
  from_component: string;
  to_component: string | null;
  from_component_id: number | null;
  to_component_id: number | null;
  level: string;
  label: string;
  memo: string;
  label_nudge_x: number;
  label_nudge_y: number;
  created_at: string;
}

function generationOf(value: number): DiagramGeneration {
  if (value === 1 || value === 2 || value === 3) return value;
  throw new ApiError('CORRUPT', `A diagram has an unknown generation (${value}).`);
}

function kindOf(value: string): DiagramComponentKind {
  if (value === 'shared-object' || isActivityComponent(value)) return value;
  throw new ApiError('CORRUPT', `A diagram component has an unknown kind (${value}).`);
}

function levelOf(value: string): TensionLevel {
  if (value === 'primary' || value === 'secondary' || value === 'tertiary' || value === 'quaternary') return value;
  return 'secondary';
}

// The diagram row, or NOT_FOUND.
export function requireDiagramRow(store: Store, id: number): DiagramRow {
  const row = sql(store, 'SELECT * FROM diagrams WHERE id = ?').get(id) as DiagramRow | undefined;
  if (!row) throw new ApiError('NOT_FOUND', 'That diagram no longer exists.');
  return row;
}

// The component row, or NOT_FOUND.
export function requireComponentRow(store: Store, id: number): ComponentRow {
  const row = sql(store, 'SELECT * FROM diagram_components WHERE id = ?').get(id) as ComponentRow | undefined;
  if (!row) throw new ApiError('NOT_FOUND', 'That diagram component no longer exists.');
  return row;
}

// The tension row, or NOT_FOUND.
export function requireTensionRow(store: Store, id: number): TensionRow {
  const row = sql(store, 'SELECT * FROM tensions WHERE id = ?').get(id) as TensionRow | undefined;
  if (!row) throw new ApiError('NOT_FOUND', 'That tension no longer exists.');
  return row;
}

function summary(store: Store, row: DiagramRow): DiagramSummary {
  const counts = sql(
    store,
    'SELECT (SELECT count(*) FROM diagram_systems WHERE diagram_id = @id) AS systems, (SELECT count(*) FROM tensions WHERE diagram_id = @id) AS tensions',
  ).get({ id: row.id }) as { systems: number; tensions: number };
  return {
    id: row.id,
    guid: row.guid,
    generation: generationOf(row.generation),
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
  const rows = sql(store, 'SELECT * FROM diagrams ORDER BY updated_at DESC, id DESC').all() as DiagramRow[];
  return rows.map((r) => summary(store, r));
}

function evidenceCounts(store: Store, diagramId: number, column: 'component_id' | 'tension_id'): Map<number, number> {
  const rows = sql(
    store,
    `SELECT ${column} AS target, count(*) AS n FROM diagram_evidence e JOIN codings c ON c.guid = e.coding_guid
     WHERE e.diagram_id = ? AND ${column} IS NOT NULL GROUP BY ${column}`,
  ).all(diagramId) as { target: number; n: number }[];
  return new Map(rows.map((r) => [r.target, r.n]));
}

function componentRecord(row: ComponentRow, counts: Map<number, number>): DiagramComponentRecord {
  return { id: row.id, guid: row.guid, systemId: row.system_id, kind: kindOf(row.component), text: row.text, nudgeX: row.nudge_x, nudgeY: row.nudge_y, evidenceCount: counts.get(row.id) ?? 0 };
}

// A tension's end as a component id: the stored id, or (for tensions written without
// one, e.g. by an importer) the component of that kind in the diagram's first system.
function resolveEnd(id: number | null, kind: string | null, components: readonly ComponentRow[]): number | null {
  if (id !== null) return id;
  if (kind === null) return null;
  return components.find((c) => c.component === kind)?.id ?? null;
}

// One tension as the API returns it (null when its components cannot be found).
export function tensionRecord(row: TensionRow, components: readonly ComponentRow[], counts: Map<number, number>): TensionRecord | null {
  const from = resolveEnd(row.from_component_id, row.from_component, components);
  if (from === null) return null;
  const to = resolveEnd(row.to_component_id, row.to_component, components);
  return {
    id: row.id,
    guid: row.guid,
    diagramId: row.diagram_id,
    fromComponentId: from,
    toComponentId: to,
    level: levelOf(row.level),
    label: row.label,
    memo: row.memo,
    labelNudgeX: row.label_nudge_x,
    labelNudgeY: row.label_nudge_y,
    evidenceCount: counts.get(row.id) ?? 0,
    createdAt: row.created_at,
  };
}

// The components of a diagram, systems in order.
export function diagramComponentRows(store: Store, diagramId: number): ComponentRow[] {
  return sql(
    store,
    `SELECT c.* FROM diagram_components c LEFT JOIN diagram_systems s ON s.id = c.system_id
     WHERE c.diagram_id = ? ORDER BY coalesce(s.seq, 1e9), c.id`,
  ).all(diagramId) as ComponentRow[];
}

// One diagram with its systems, components, shared object and tensions.
export function getDiagram(store: Store, id: number): DiagramDetail {
  const row = requireDiagramRow(store, id);
  const componentCounts = evidenceCounts(store, id, 'component_id');
  const tensionCounts = evidenceCounts(store, id, 'tension_id');
  const components = diagramComponentRows(store, id);
  const systems = sql(store, 'SELECT id, guid, seq, name FROM diagram_systems WHERE diagram_id = ? ORDER BY seq, id').all(id) as { id: number; guid: string; seq: number; name: string }[];
  const systemRecords: DiagramSystemRecord[] = systems.map((s) => ({
    ...s,
    components: components.filter((c) => c.system_id === s.id).map((c) => componentRecord(c, componentCounts)),
  }));
  const shared = components.find((c) => c.system_id === null);
  const tensionRows = sql(store, 'SELECT * FROM tensions WHERE diagram_id = ? ORDER BY id').all(id) as TensionRow[];
  const tensions = tensionRows.map((t) => tensionRecord(t, components, tensionCounts)).filter((t): t is TensionRecord => t !== null);
  return { ...summary(store, row), systems: systemRecords, sharedObject: shared ? componentRecord(shared, componentCounts) : null, tensions };
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
