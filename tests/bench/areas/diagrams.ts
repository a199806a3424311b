// Diagrams: drawing (layout + SVG) of each generation with long labels, PNG export at
// 300 dpi, opening a diagram, and the evidence and picker lists on the corpus.
import { specFromDetail } from '../../../shared/diagram/diagram-spec.ts';
import { renderDiagramSvg } from '../../../shared/diagram/render-svg.ts';
import { makeSpec } from '../../../shared/diagram/test-specs.ts';
import { addEvidence, codingsAtNode, listEvidence } from '../../../electron/diagrams/evidence.ts';
import { exportDiagram } from '../../../electron/diagrams/export.ts';
import { getDiagram } from '../../../electron/diagrams/read.ts';
import { createTension } from '../../../electron/diagrams/tensions.ts';
import { createDiagram, setComponentText } from '../../../electron/diagrams/diagrams.ts';
import { quantile, repeatMs } from '../bench-context.ts';
import type { BenchArea } from '../bench-context.ts';

const SIX_LINES = 'Brokers: match, chase, report\nMentors: observe, question\nMentees: choose, try, reflect\nManagers: release the time\nEvaluator: watches, writes up\nResearcher: asks, listens';

export const diagramsBench: BenchArea = {
  name: 'diagrams',
  run({ store, add }) {
    for (const [generation, name] of [
      [1, 'draw 8 first-generation triangles (layout + SVG, six-line labels)'],
      [2, 'draw a second-generation system (layout + SVG, six-line labels)'],
      [3, 'draw a third-generation diagram (layout + SVG, six-line labels)'],
    ] as const) {
      const spec = makeSpec(generation, () => SIX_LINES, { triangles: 8 });
      const times = repeatMs(20, () => renderDiagramSvg(spec, { interactive: true }));
      add(name, 'median', quantile(times, 0.5), 'ms');
      add(name, 'p95', quantile(times, 0.95), 'ms');
    }

    const diagram = createDiagram(store, { generation: 2, title: 'Bench system', phase: 'After' });
    for (const system of diagram.systems) for (const c of system.components) setComponentText(store, c.id, SIX_LINES);
    const node = Number(store.db.prepare('SELECT node_id FROM codings GROUP BY node_id ORDER BY count(*) DESC LIMIT 1').pluck().get());
    const codingIds = (store.db.prepare('SELECT id FROM codings WHERE node_id = ? ORDER BY id LIMIT 200').pluck().all(node) as number[]).slice(0, 200);
    const community = diagram.systems[0]?.components.find((c) => c.kind === 'community')?.id ?? 0;
    const started = performance.now();
    addEvidence(store, { componentId: community }, codingIds);
    add(`link ${codingIds.length} codings as evidence (one action)`, 'value', performance.now() - started, 'ms');
    const tension = createTension(store, { diagramId: diagram.id, from: { component: 'community' }, to: { component: 'division-of-labour' }, label: 'Bench tension', codingIds: codingIds.slice(0, 20) });
    add('open a diagram (diagrams.get)', 'median', quantile(repeatMs(20, () => getDiagram(store, diagram.id)), 0.5), 'ms');
    add(`evidence of a component (${codingIds.length} quotes with attributions)`, 'median', quantile(repeatMs(10, () => listEvidence(store, { componentId: community })), 0.5), 'ms');
    add('evidence of a tension (20 quotes)', 'median', quantile(repeatMs(10, () => listEvidence(store, { tensionId: tension.id })), 0.5), 'ms');
    add('picker: codings at the most-coded node', 'median', quantile(repeatMs(5, () => codingsAtNode(store, node)), 0.5), 'ms');
    const spec = specFromDetail(getDiagram(store, diagram.id));
    add('draw the stored diagram (layout + SVG)', 'median', quantile(repeatMs(20, () => renderDiagramSvg(spec)), 0.5), 'ms');
    const png = repeatMs(3, () => exportDiagram(store, diagram.id, { format: 'png', widthCm: 16 }));
    add('export PNG, 16 cm at 300 dpi (1890 px wide)', 'median', quantile(png, 0.5), 'ms');
  },
};
