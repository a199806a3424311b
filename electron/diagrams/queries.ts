// Every SQL statement on the diagrams' tables: diagrams, diagram_systems,
// diagram_components, tensions and diagram_evidence (the codings behind a component or a
// tension, linked by the coding's GUID so a link outlives an undo of its coding).
import type { Store } from '../db/store.ts';
import { defineQueries, rows, values } from '../db/query-layer.ts';
import type { CaseRow, CodingRow, DiagramBoundaryObjectRow, DiagramComponentRow, DiagramEvidenceRow, DiagramRow, DiagramSystemRow, SourceRow, TensionRow } from '../db/table-rows.ts';

// A system as a diagram lists it.
export type SystemListRow = Pick<DiagramSystemRow, 'id' | 'guid' | 'seq' | 'name' | 'partner_role'>;

// A coding as evidence shows it: its quote, its source and the case it is attributed to.
export type EvidenceItemRow = Pick<CodingRow, 'id' | 'guid' | 'node_id' | 'source_id' | 'start' | 'end'> & {
  source_name: SourceRow['name'];
  source_kind: SourceRow['kind'];
  text: string;
  case_id: CaseRow['id'] | null;
  case_label: CaseRow['label'] | null;
  case_role: CaseRow['role'] | null;
};

const ITEM_SQL = `
  SELECT c.id, c.guid, c.node_id, c.source_id, s.name AS source_name, s.kind AS source_kind, c.start, c.end,
         substr(s.text, c.start + 1, c.end - c.start) AS text, k.id AS case_id, k.label AS case_label, k.role AS case_role
  FROM codings c
  JOIN sources s ON s.id = c.source_id
  LEFT JOIN cases k ON k.id = coalesce(
    (SELECT g.case_id FROM segments g WHERE g.source_id = c.source_id AND g.start <= c.start AND g.end >= c.start AND g.case_id IS NOT NULL ORDER BY g.start DESC LIMIT 1),
    (SELECT min(sc.case_id) FROM source_cases sc WHERE sc.source_id = c.source_id HAVING count(*) = 1))`;

// The statements, prepared once per connection.
export const diagramQueries = defineQueries({
  row: rows<DiagramRow, [id: number]>('SELECT * FROM diagrams WHERE id = ?'),
  exists: values<1, [id: number]>('SELECT 1 FROM diagrams WHERE id = ?'),
  list: rows<DiagramRow>('SELECT * FROM diagrams ORDER BY updated_at DESC, id DESC'),
  allById: rows<DiagramRow>('SELECT * FROM diagrams ORDER BY id'),
  titles: rows<Pick<DiagramRow, 'id' | 'title'>>('SELECT id, title FROM diagrams ORDER BY id'),
  title: values<string, [id: number]>('SELECT title FROM diagrams WHERE id = ?'),
  counts: rows<{ systems: number; tensions: number }, { id: number }>(
    'SELECT (SELECT count(*) FROM diagram_systems WHERE diagram_id = @id) AS systems, (SELECT count(*) FROM tensions WHERE diagram_id = @id) AS tensions',
  ),
  // systems
  system: rows<Pick<DiagramSystemRow, 'id' | 'diagram_id' | 'seq' | 'name'>, [id: number]>('SELECT id, diagram_id, seq, name FROM diagram_systems WHERE id = ?'),
  systems: rows<SystemListRow, [diagramId: number]>('SELECT id, guid, seq, name, partner_role FROM diagram_systems WHERE diagram_id = ? ORDER BY seq, id'),
  systemIds: values<number, [diagramId: number]>('SELECT id FROM diagram_systems WHERE diagram_id = ? ORDER BY seq, id'),
  systemCount: values<number, [diagramId: number]>('SELECT count(*) FROM diagram_systems WHERE diagram_id = ?'),
  nextSystemSeq: values<number, [diagramId: number]>('SELECT coalesce(max(seq), -1) + 1 FROM diagram_systems WHERE diagram_id = ?'),
  // components
  component: rows<DiagramComponentRow, [id: number]>('SELECT * FROM diagram_components WHERE id = ?'),
  // a diagram's components, systems in order (the shared object last)
  components: rows<DiagramComponentRow, [diagramId: number]>(
    `SELECT c.* FROM diagram_components c LEFT JOIN diagram_systems s ON s.id = c.system_id
     WHERE c.diagram_id = ? ORDER BY coalesce(s.seq, 1e9), c.id`,
  ),
  componentsById: rows<DiagramComponentRow, [diagramId: number]>('SELECT * FROM diagram_components WHERE diagram_id = ? ORDER BY id'),
  systemHasComponent: values<1, [systemId: number, component: DiagramComponentRow['component']]>('SELECT 1 FROM diagram_components WHERE system_id = ? AND component = ?'),
  // tensions
  tension: rows<TensionRow, [id: number]>('SELECT * FROM tensions WHERE id = ?'),
  tensions: rows<TensionRow, [diagramId: number]>('SELECT * FROM tensions WHERE diagram_id = ? ORDER BY id'),
  tensionIds: values<number, [diagramId: number]>('SELECT id FROM tensions WHERE diagram_id = ?'),
  tensionsTouching: values<number, { id: number }>('SELECT id FROM tensions WHERE from_component_id = @id OR to_component_id = @id'),
  // the evidence links to one coding, wherever they are
  evidenceOfCoding: rows<Pick<DiagramEvidenceRow, 'id' | 'component_id' | 'tension_id'>, [codingGuid: string]>('SELECT id, component_id, tension_id FROM diagram_evidence WHERE coding_guid = ?'),
  // evidence of a whole diagram
  evidenceIds: values<number, [diagramId: number]>('SELECT id FROM diagram_evidence WHERE diagram_id = ?'),
  evidenceLinks: rows<Pick<DiagramEvidenceRow, 'component_id' | 'tension_id' | 'coding_guid'>, [diagramId: number]>(
    'SELECT component_id, tension_id, coding_guid FROM diagram_evidence WHERE diagram_id = ? ORDER BY id',
  ),
  // boundary objects of a diagram's shared object, in order
  boundaryObjects: rows<DiagramBoundaryObjectRow, [diagramId: number]>('SELECT * FROM diagram_boundary_objects WHERE diagram_id = ? ORDER BY seq, id'),
  // the evidence of every tension of the project, with the tension it backs
  tensionItemsAll: rows<EvidenceItemRow & { tension_id: number }>(`${ITEM_SQL.replace('SELECT c.id,', 'SELECT e.tension_id, c.id,')} JOIN diagram_evidence e ON e.coding_guid = c.guid WHERE e.tension_id IS NOT NULL ORDER BY s.name, c.start, c.id`),
  // the codings at some nodes (a JSON array of ids), to choose evidence from
  itemsAtNodes: rows<EvidenceItemRow, [nodeIdsJson: string, limit: number]>(`${ITEM_SQL} WHERE c.node_id IN (SELECT value FROM json_each(?)) ORDER BY s.name, c.start, c.id LIMIT ?`),
});

// The statements on the evidence of one component or one tension (by the column that names it).
function ownerEvidenceSpecs(column: 'component_id' | 'tension_id') {
  return {
    ids: values<number, [ownerId: number]>(`SELECT id FROM diagram_evidence WHERE ${column} = ?`),
    codingGuids: values<string, [ownerId: number]>(`SELECT coding_guid FROM diagram_evidence WHERE ${column} = ? ORDER BY id`),
    linked: values<1, [ownerId: number, codingGuid: string]>(`SELECT 1 FROM diagram_evidence WHERE ${column} = ? AND coding_guid = ?`),
    count: values<number, [ownerId: number]>(`SELECT count(*) FROM diagram_evidence WHERE ${column} = ?`),
    // links whose codings still exist
    liveCount: values<number, [ownerId: number]>(`SELECT count(*) FROM diagram_evidence e JOIN codings c ON c.guid = e.coding_guid WHERE e.${column} = ?`),
    liveCounts: rows<{ target: number; n: number }, [diagramId: number]>(
      `SELECT ${column} AS target, count(*) AS n FROM diagram_evidence e JOIN codings c ON c.guid = e.coding_guid
       WHERE e.diagram_id = ? AND ${column} IS NOT NULL GROUP BY ${column}`,
    ),
    linkOfCoding: values<number, [ownerId: number, codingId: number]>(`SELECT e.id FROM diagram_evidence e JOIN codings c ON c.guid = e.coding_guid WHERE e.${column} = ? AND c.id = ?`),
    // links whose codings were removed
    missingIds: values<number, [ownerId: number]>(`SELECT e.id FROM diagram_evidence e WHERE e.${column} = ? AND NOT EXISTS (SELECT 1 FROM codings c WHERE c.guid = e.coding_guid)`),
    items: rows<EvidenceItemRow, [ownerId: number]>(`${ITEM_SQL} JOIN diagram_evidence e ON e.coding_guid = c.guid WHERE e.${column} = ? ORDER BY s.name, c.start, c.id`),
  };
}

const componentEvidenceQueries = defineQueries(ownerEvidenceSpecs('component_id'));
const tensionEvidenceQueries = defineQueries(ownerEvidenceSpecs('tension_id'));

// The statements on the evidence of a component or of a tension, prepared once per connection.
export function evidenceQueries(store: Store, owner: 'component' | 'tension'): ReturnType<typeof componentEvidenceQueries> {
  return owner === 'component' ? componentEvidenceQueries(store) : tensionEvidenceQueries(store);
}
