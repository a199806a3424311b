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
import { DIAGRAM_COMPONENT_KINDS, TENSION_LEVELS } from '../../shared/model/diagrams.ts';
import { sql } from '../db/statements.ts';
import type { Store } from '../db/store.ts';
import { derivedGuid, exportGuid } from './qdpx-guids.ts';
import type { ComponentRow, TensionRow } from '../diagrams/read.ts';

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

// Builds one graph per diagram; `codingGuids` gives each stored coding GUID its exported one.
export function collectGraphs(store: Store, projectGuid: string, codingGuids: ReadonlyMap<string, string>): CollectedGraphs {
  const out: CollectedGraphs = { graphs: [], notes: [], links: [], diagramGuids: new Map(), leftOut: [] };
  const diagrams = sql(store, 'SELECT id, guid, generation, title, perspective, phase, caption, created_at, updated_at FROM diagrams ORDER BY id').all() as {
    id: number;
    guid: string;
    generation: number;
    title: string;
    perspective: string;
    phase: string;
    caption: string;
    created_at: string;
    updated_at: string;
  }[];
  let missingEvidence = 0;
  for (const d of diagrams) {
    const graphGuid = exportGuid(d.guid, `${projectGuid}:diagrams`);
    out.diagramGuids.set(d.id, graphGuid);
    const systems = sql(store, 'SELECT id, guid, seq, name FROM diagram_systems WHERE diagram_id = ? ORDER BY seq, id').all(d.id) as { id: number; guid: string; seq: number; name: string }[];
    const components = sql(store, 'SELECT * FROM diagram_components WHERE diagram_id = ? ORDER BY id').all(d.id) as ComponentRow[];
    const tensions = sql(store, 'SELECT * FROM tensions WHERE diagram_id = ? ORDER BY id').all(d.id) as TensionRow[];
    const evidence = sql(store, 'SELECT component_id, tension_id, coding_guid FROM diagram_evidence WHERE diagram_id = ? ORDER BY id').all(d.id) as { component_id: number | null; tension_id: number | null; coding_guid: string }[];
    const vertexGuid = new Map(components.map((c) => [c.id, exportGuid(c.guid, `${graphGuid}:component`)]));
    const systemIndex = new Map(systems.map((s, i) => [s.id, i]));
    const evidenceOf = (column: 'component_id' | 'tension_id', id: number) =>
      evidence
        .filter((e) => e[column] === id)
        .map((e) => codingGuids.get(e.coding_guid))
        .filter((g): g is string => {
          if (g === undefined) missingEvidence++;
          return g !== undefined;
        });

    const vertices: RefiVertex[] = components.map((c) => {
      const index = c.system_id === null ? 0 : (systemIndex.get(c.system_id) ?? 0);
      // the third generation's second system faces the first; the shared object sits between them
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

    const edges: RefiEdge[] = [];
    for (const system of systems) {
      const byKind = new Map(components.filter((c) => c.system_id === system.id).map((c) => [c.component, c]));
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
    const tensionData: DiagramData['tensions'] = [];
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
      for (const g of backing) out.links.push({ guid: derivedGuid(`${guid}:evidence:${g}`), name: 'Evidence for tension', direction: 'OneWay', originGuid: guid, targetGuid: derivedGuid(`${g}:selection`), noteRefs: [] });
      tensionData.push({
        guid,
        from,
        to: to ?? null,
        level: TENSION_LEVELS.find((l) => l === t.level) ?? 'secondary',
        label: t.label,
        memo: t.memo,
        labelNudgeX: t.label_nudge_x,
        labelNudgeY: t.label_nudge_y,
        createdAt: t.created_at,
        evidence: backing,
      });
    }
    const componentData = (c: ComponentRow): DiagramData['components'][number] => {
      const backing = evidenceOf('component_id', c.id);
      const guid = vertexGuid.get(c.id) ?? '';
      for (const g of backing) out.links.push({ guid: derivedGuid(`${guid}:evidence:${g}`), name: 'Evidence for component', direction: 'OneWay', originGuid: guid, targetGuid: derivedGuid(`${g}:selection`), noteRefs: [] });
      return { guid, system: c.system_id === null ? null : (systemIndex.get(c.system_id) ?? 0), component: DIAGRAM_COMPONENT_KINDS.find((k) => k === c.component) ?? 'subject', text: c.text, nudgeX: c.nudge_x, nudgeY: c.nudge_y, evidence: backing };
    };
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
      systems: systems.map((s) => ({ guid: exportGuid(s.guid, `${graphGuid}:system`), name: s.name })),
      components: components.map(componentData),
      tensions: tensionData,
    };
    out.graphs.push({ guid: graphGuid, name: d.title, vertices, edges });
    const noteGuid = derivedGuid(`${graphGuid}:data`);
    const readable = [
      `Activity-system diagram "${d.title}" (generation ${d.generation})${d.perspective ? `, perspective: ${d.perspective}` : ''}${d.phase ? `, phase: ${d.phase}` : ''}.`,
      d.caption,
      ...tensions.map((t) => `Tension (${t.level}) ${heading(t.from_component)}${t.to_component ? ` - ${heading(t.to_component)}` : ''}${t.label ? `: ${t.label}` : ''}${t.memo ? `. ${t.memo}` : ''}`),
      '',
      'The line below lets Activity Lens restore this diagram exactly; other programs can ignore it.',
      markerLine(DIAGRAM_MARKER, encodeDiagramData(data)),
    ].filter((line, i) => line !== '' || i > 1);
    out.notes.push({ guid: noteGuid, name: `Diagram: ${d.title}`, plainTextContent: readable.join('\n'), creationDateTime: d.created_at, modifiedDateTime: d.updated_at, selections: [], codings: [], noteRefs: [], values: [] });
    out.links.push({ guid: derivedGuid(`${graphGuid}:data-link`), name: 'Diagram data', direction: 'OneWay', originGuid: noteGuid, targetGuid: graphGuid, noteRefs: [] });
  }
  if (missingEvidence > 0) {
    out.leftOut.push({ what: 'Evidence links to removed codings', count: missingEvidence, reason: 'These diagram evidence links point at codings that were removed since; there is no passage left to link.', examples: [] });
  }
  return out;
}
