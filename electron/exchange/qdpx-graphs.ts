// The project's activity-system diagrams as REFI-QDA graphs: a vertex per component
// (named with its text, placed in Engeström's layout), an edge per line of the system
// and per tension (dashed, named with its level), evidence as links from a vertex or a
// tension edge to the coded selections, and a note linked to the graph that carries
// what a graph cannot (phase, caption, levels, memos, label nudges) for our importer.
import { COMPONENT_LABELS } from '../../shared/model/activity-components.ts';
import type { LeftOutItem } from '../../shared/model/exchange.ts';
import { markerLine } from '../../shared/exchange/markers.ts';
import type { RefiEdge, RefiGraph, RefiLink, RefiText, RefiVertex } from '../../shared/exchange/refi-model.ts';
import { DIAGRAM_MARKER } from '../../shared/exchange/import-plan-notes.ts';
import { encodeDiagramData } from '../../shared/exchange/diagram-data.ts';
import type { DiagramData } from '../../shared/exchange/diagram-data.ts';
import type { Store } from '../db/store.ts';
import type { DiagramComponentRow, DiagramRow, DiagramSystemRow, TensionRow } from '../db/table-rows.ts';
import { diagramQueries } from '../diagrams/queries.ts';
import { derivedGuid, exportGuid } from './qdpx-guids.ts';

export interface CollectedGraphs {
  graphs: RefiGraph[];
  // notes that carry what a graph cannot, linked to their graph
  notes: RefiText[];
  links: RefiLink[];
  // diagram id -> graph GUID
  diagramGuids: Map<number, string>;
  leftOut: LeftOutItem[];
}

// Where each component sits in one system (drawing units; a box is 180 x 60).
const PLACE: Record<string, [number, number]> = {
  tools: [310, 20],
  subject: [60, 200],
  object: [560, 200],
  outcome: [800, 200],
  rules: [20, 400],
  community: [310, 400],
  'division-of-labour': [600, 400],
};
const SYSTEM_WIDTH = 1040;
// Engeström's nine lines of a second-generation system, and the first generation's three.
const LINES: readonly [string, string][] = [
  ['tools', 'subject'],
  ['tools', 'object'],
  ['subject', 'object'],
  ['subject', 'rules'],
  ['subject', 'community'],
  ['object', 'community'],
  ['object', 'division-of-labour'],
  ['rules', 'community'],
  ['community', 'division-of-labour'],
];

function heading(kind: string): string {
  if (kind === 'shared-object') return 'Shared object';
  return (COMPONENT_LABELS as Record<string, string>)[kind] ?? kind;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

// One diagram as the graph is built from it.
interface DiagramParts {
  d: DiagramRow;
  graphGuid: string;
  systems: Pick<DiagramSystemRow, 'id' | 'guid' | 'seq' | 'name'>[];
  components: DiagramComponentRow[];
  tensions: TensionRow[];
  vertexGuid: Map<number, string>;
  systemIndex: Map<number, number>;
  // the exported coding GUIDs behind a component or tension (links to removed codings are counted and left out)
  evidenceOf: (column: 'component_id' | 'tension_id', id: number) => string[];
}

function partsOf(store: Store, d: DiagramRow, graphGuid: string, codingGuids: ReadonlyMap<string, string>, countMissing: () => void): DiagramParts {
  const q = diagramQueries(store);
  const systems = q.systems.all(d.id);
  const components = q.componentsById.all(d.id);
  const evidence = q.evidenceLinks.all(d.id);
  return {
    d,
    graphGuid,
    systems,
    components,
    tensions: q.tensions.all(d.id),
    vertexGuid: new Map(components.map((c) => [c.id, exportGuid(c.guid, `${graphGuid}:component`)])),
    systemIndex: new Map(systems.map((s, i) => [s.id, i])),
    evidenceOf: (column, id) =>
      evidence
        .filter((e) => e[column] === id)
        .map((e) => codingGuids.get(e.coding_guid))
        .filter((g): g is string => {
          if (g === undefined) countMissing();
          return g !== undefined;
        }),
  };
}

// A vertex per component, placed in Engeström's layout (the third generation's second system faces the first).
function verticesOf({ d, systems, components, vertexGuid, systemIndex }: DiagramParts): RefiVertex[] {
  return components.map((c) => {
    const index = c.system_id === null ? 0 : (systemIndex.get(c.system_id) ?? 0);
    // the shared object sits between the two systems
    const [x, y] = c.component === 'shared-object' ? [SYSTEM_WIDTH - 60, 200] : (PLACE[c.component] ?? [0, 0]);
    const mirrored = d.generation === 3 && index === 1;
    const left = c.component === 'shared-object' ? x : mirrored ? 2 * SYSTEM_WIDTH + 120 - x - 180 : x + index * SYSTEM_WIDTH;
    const text = oneLine(c.text);
    const system = systems[index];
    const prefix = systems.length > 1 && c.system_id !== null && system ? `${system.name || `System ${index + 1}`} - ` : '';
    return {
      guid: vertexGuid.get(c.id) ?? '',
      name: `${prefix}${heading(c.component)}${text ? `: ${text}` : ''}`,
      firstX: Math.round(left),
      firstY: y,
      secondX: Math.round(left) + 180,
      secondY: y + 60,
      shape: c.component === 'object' || c.component === 'shared-object' ? 'Oval' : 'Rectangle',
    };
  });
}

// An edge per line of each system, with the arrow to the outcome and, in the third generation, to the shared object.
function systemEdges({ graphGuid, systems, components, vertexGuid }: DiagramParts): RefiEdge[] {
  const edges: RefiEdge[] = [];
  for (const system of systems) {
    const byKind = new Map<string, DiagramComponentRow>(components.filter((c) => c.system_id === system.id).map((c) => [c.component, c]));
    const pairs: [string, string, boolean][] = LINES.map(([a, b]) => [a, b, false]);
    pairs.push(['object', 'outcome', true]);
    for (const [a, b, arrow] of pairs) {
      const from = byKind.get(a);
      const to = byKind.get(b);
      if (!from || !to) continue;
      edges.push({
        guid: derivedGuid(`${graphGuid}:${system.guid}:${a}-${b}`),
        sourceVertex: vertexGuid.get(from.id) ?? '',
        targetVertex: vertexGuid.get(to.id) ?? '',
        direction: arrow ? 'OneWay' : 'Associative',
        lineStyle: 'solid',
      });
    }
    const shared = components.find((c) => c.component === 'shared-object');
    const object = byKind.get('object');
    if (shared && object) {
      edges.push({ guid: derivedGuid(`${graphGuid}:${system.guid}:object-shared`), sourceVertex: vertexGuid.get(object.id) ?? '', targetVertex: vertexGuid.get(shared.id) ?? '', direction: 'OneWay', lineStyle: 'solid' });
    }
  }
  return edges;
}

// A dashed edge per tension, its evidence as links, and what our importer needs of it.
function tensionsOf({ graphGuid, tensions, vertexGuid, evidenceOf }: DiagramParts, links: RefiLink[]): { edges: RefiEdge[]; data: DiagramData['tensions'] } {
  const edges: RefiEdge[] = [];
  const data: DiagramData['tensions'] = [];
  for (const t of tensions) {
    const from = t.from_component_id !== null ? vertexGuid.get(t.from_component_id) : undefined;
    if (from === undefined) continue;
    const to = t.to_component_id !== null ? vertexGuid.get(t.to_component_id) : undefined;
    const guid = exportGuid(t.guid, `${graphGuid}:tension`);
    edges.push({
      guid,
      name: `Tension (${t.level})${t.label ? `: ${oneLine(t.label)}` : ''}`,
      sourceVertex: from,
      targetVertex: to ?? from,
      color: '#d62728',
      direction: 'Bidirectional',
      lineStyle: 'dashed',
    });
    const backing = evidenceOf('tension_id', t.id);
    for (const g of backing) links.push({ guid: derivedGuid(`${guid}:evidence:${g}`), name: 'Evidence for tension', direction: 'OneWay', originGuid: guid, targetGuid: derivedGuid(`${g}:selection`), noteRefs: [] });
    data.push({
      guid,
      from,
      to: to ?? null,
      level: t.level,
      label: t.label,
      memo: t.memo,
      labelNudgeX: t.label_nudge_x,
      labelNudgeY: t.label_nudge_y,
      createdAt: t.created_at,
      evidence: backing,
    });
  }
  return { edges, data };
}

// What our importer needs of each component, with its evidence as links.
function componentsOf({ components, vertexGuid, systemIndex, evidenceOf }: DiagramParts, links: RefiLink[]): DiagramData['components'] {
  return components.map((c) => {
    const backing = evidenceOf('component_id', c.id);
    const guid = vertexGuid.get(c.id) ?? '';
    for (const g of backing) links.push({ guid: derivedGuid(`${guid}:evidence:${g}`), name: 'Evidence for component', direction: 'OneWay', originGuid: guid, targetGuid: derivedGuid(`${g}:selection`), noteRefs: [] });
    return { guid, system: c.system_id === null ? null : (systemIndex.get(c.system_id) ?? 0), component: c.component, text: c.text, nudgeX: c.nudge_x, nudgeY: c.nudge_y, evidence: backing };
  });
}

// The note that carries what a graph cannot: readable lines, then the diagram's data for our importer.
function diagramNote({ d, graphGuid, tensions }: DiagramParts, data: DiagramData): RefiText {
  const readable = [
    `Activity-system diagram "${d.title}" (generation ${d.generation})${d.perspective ? `, perspective: ${d.perspective}` : ''}${d.phase ? `, phase: ${d.phase}` : ''}.`,
    d.caption,
    ...tensions.map((t) => `Tension (${t.level}) ${heading(t.from_component)}${t.to_component ? ` - ${heading(t.to_component)}` : ''}${t.label ? `: ${t.label}` : ''}${t.memo ? `. ${t.memo}` : ''}`),
    '',
    'The line below lets Activity Lens restore this diagram exactly; other programs can ignore it.',
    markerLine(DIAGRAM_MARKER, encodeDiagramData(data)),
  ].filter((line, i) => line !== '' || i > 1);
  return { guid: derivedGuid(`${graphGuid}:data`), name: `Diagram: ${d.title}`, plainTextContent: readable.join('\n'), creationDateTime: d.created_at, modifiedDateTime: d.updated_at, selections: [], codings: [], noteRefs: [], values: [] };
}

// Builds one graph per diagram; `codingGuids` gives each stored coding GUID its exported one.
export function collectGraphs(store: Store, projectGuid: string, codingGuids: ReadonlyMap<string, string>): CollectedGraphs {
  const out: CollectedGraphs = { graphs: [], notes: [], links: [], diagramGuids: new Map(), leftOut: [] };
  let missingEvidence = 0;
  for (const d of diagramQueries(store).allById.all()) {
    const graphGuid = exportGuid(d.guid, `${projectGuid}:diagrams`);
    out.diagramGuids.set(d.id, graphGuid);
    const parts = partsOf(store, d, graphGuid, codingGuids, () => missingEvidence++);
    const vertices = verticesOf(parts);
    const edges = systemEdges(parts);
    const tensions = tensionsOf(parts, out.links);
    edges.push(...tensions.edges);
    const data: DiagramData = {
      v: 1,
      guid: graphGuid,
      generation: d.generation,
      title: d.title,
      perspective: d.perspective,
      phase: d.phase,
      caption: d.caption,
      createdAt: d.created_at,
      updatedAt: d.updated_at,
      systems: parts.systems.map((s) => ({ guid: exportGuid(s.guid, `${graphGuid}:system`), name: s.name })),
      components: componentsOf(parts, out.links),
      tensions: tensions.data,
    };
    out.graphs.push({ guid: graphGuid, name: d.title, vertices, edges });
    const note = diagramNote(parts, data);
    out.notes.push(note);
    out.links.push({ guid: derivedGuid(`${graphGuid}:data-link`), name: 'Diagram data', direction: 'OneWay', originGuid: note.guid, targetGuid: graphGuid, noteRefs: [] });
  }
  if (missingEvidence > 0) {
    out.leftOut.push({ what: 'Evidence links to removed codings', count: missingEvidence, reason: 'These diagram evidence links point at codings that were removed since; there is no passage left to link.', examples: [] });
  }
  return out;
}
