import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GENERATION_COMPONENTS } from '../model/diagrams.ts';
import type { DiagramGeneration } from '../model/diagrams.ts';
import { allComponents } from './diagram-spec.ts';
import type { DiagramSpec } from './diagram-spec.ts';
import { layoutDiagram } from './diagram-layout.ts';
import { distance, inflate, rectContains, rectsOverlap, segmentHitsRect, shapeBounds } from './geometry.ts';
import type { Point, Rect } from './geometry.ts';
import type { DiagramLayout } from './layout-types.ts';
import { makeSpec } from './test-specs.ts';

const GENERATIONS: DiagramGeneration[] = [1, 2, 3];

// Six lines of words that fill most of the wrap width (the longest labels we promise to keep clear).
const SIX_LINES = ['Brokers: match, chase, report', 'Mentors: observe, question', 'Mentees: choose, try, reflect', 'Managers: release the time', 'Evaluator: watches, writes up', 'Researcher: asks, listens'].join('\n');

function inside(outer: Rect, inner: Rect): boolean {
  return inner.x >= outer.x - 0.01 && inner.y >= outer.y - 0.01 && inner.x + inner.width <= outer.x + outer.width + 0.01 && inner.y + inner.height <= outer.y + outer.height + 0.01;
}

// Every problem of a layout a reader would see: text under a line, labels on each other.
function overlaps(layout: DiagramLayout): string[] {
  const problems: string[] = [];
  for (const node of layout.nodes) {
    for (const edge of layout.edges) {
      if (segmentHitsRect(edge.segment, node.textBox)) problems.push(`line ${edge.from}-${edge.to} crosses the label of ${node.kind} ${node.id}`);
    }
    for (const other of layout.nodes) {
      if (other.id > node.id && rectsOverlap(node.textBox, other.textBox)) problems.push(`${node.kind} ${node.id} overlaps ${other.kind} ${other.id}`);
    }
  }
  return problems;
}

function withTensionsBetweenAll(spec: DiagramSpec): DiagramSpec {
  const ids = allComponents(spec).map((c) => c.id);
  let next = 1000;
  const tensions: DiagramSpec['tensions'] = [];
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) tensions.push({ id: next++, fromId: ids[i] ?? 0, toId: ids[j] ?? 0, level: 'secondary', label: '', nudgeX: 0, nudgeY: 0 });
  }
  return { ...spec, tensions };
}

describe('every component is placed', () => {
  it.each(GENERATIONS)('generation %i: one node per component, inside the drawing', (generation) => {
    const spec = makeSpec(generation, (kind) => `Text of ${kind}`);
    const layout = layoutDiagram(spec);
    const expected = allComponents(spec).map((c) => c.id).sort((a, b) => a - b);
    expect(layout.nodes.map((n) => n.id).sort((a, b) => a - b)).toEqual(expected);
    const page = { x: 0, y: 0, width: layout.width, height: layout.height };
    for (const node of layout.nodes) {
      expect(Number.isFinite(node.center.x) && Number.isFinite(node.center.y)).toBe(true);
      expect(inside(page, shapeBounds(node.shape)), `${node.kind} is outside the drawing`).toBe(true);
    }
  });

  it('first generation: tools at the apex, subject bottom left, object bottom right, outcome right of the object with an arrow', () => {
    const layout = layoutDiagram(makeSpec(1, () => '', { triangles: 1 }));
    const at = (kind: string): Point => layout.nodes.find((n) => n.kind === kind)?.center ?? { x: NaN, y: NaN };
    expect(at('tools').y).toBeLessThan(at('subject').y);
    expect(at('subject').y).toBeCloseTo(at('object').y);
    expect(at('subject').x).toBeLessThan(at('tools').x);
    expect(at('object').x).toBeGreaterThan(at('tools').x);
    expect(at('outcome').x).toBeGreaterThan(at('object').x);
    expect(layout.edges.filter((e) => !e.arrow)).toHaveLength(3);
    const arrow = layout.edges.filter((e) => e.arrow);
    expect(arrow).toHaveLength(1);
    expect(layout.nodes.find((n) => n.id === arrow[0]?.to)?.kind).toBe('outcome');
  });

  it('first generation: several triangles side by side, one per subject, none overlapping', () => {
    const layout = layoutDiagram(makeSpec(1, (kind, s) => `${kind} ${s}`, { triangles: 4 }));
    const bySystem = [0, 1, 2, 3].map((s) => layout.nodes.filter((n) => n.systemIndex === s));
    for (const nodes of bySystem) expect(nodes.map((n) => n.kind).sort()).toEqual([...GENERATION_COMPONENTS[1]].sort());
    const subjects = bySystem.map((nodes) => nodes.find((n) => n.kind === 'subject')?.center.x ?? 0);
    expect(subjects).toEqual([...subjects].sort((a, b) => a - b));
    expect(overlaps(layout)).toEqual([]);
  });

  it("second generation: Engeström's layout with nine lines, the object in an oval and its arrow to the outcome", () => {
    const layout = layoutDiagram(makeSpec(2, () => ''));
    const node = (kind: string) => layout.nodes.find((n) => n.kind === kind);
    const at = (kind: string): Point => node(kind)?.center ?? { x: NaN, y: NaN };
    expect(at('tools').y).toBeLessThan(at('subject').y);
    expect(at('subject').y).toBeCloseTo(at('object').y);
    expect(at('subject').x).toBeLessThan(at('object').x);
    expect(at('rules').y).toBeCloseTo(at('community').y);
    expect(at('community').y).toBeCloseTo(at('division-of-labour').y);
    expect(at('rules').y).toBeGreaterThan(at('subject').y);
    expect(at('rules').x).toBeLessThan(at('community').x);
    expect(at('community').x).toBeLessThan(at('division-of-labour').x);
    expect(node('object')?.shape.kind).toBe('ellipse');
    expect(node('object')?.outlined).toBe(true);
    expect(layout.edges.filter((e) => !e.arrow)).toHaveLength(9);
    const arrows = layout.edges.filter((e) => e.arrow);
    expect(arrows.map((e) => [layout.nodes.find((n) => n.id === e.from)?.kind, layout.nodes.find((n) => n.id === e.to)?.kind])).toEqual([['object', 'outcome']]);
  });

  it('third generation: two systems mirrored, their objects pointing at the shared object between them', () => {
    const layout = layoutDiagram(makeSpec(3, (kind) => kind));
    const left = layout.nodes.filter((n) => n.systemIndex === 0);
    const right = layout.nodes.filter((n) => n.systemIndex === 1);
    const shared = layout.nodes.find((n) => n.kind === 'shared-object');
    expect(shared?.outlined).toBe(true);
    const x = (nodes: typeof left, kind: string) => nodes.find((n) => n.kind === kind)?.center.x ?? NaN;
    // mirrored: the left system's subject is left of its object, the right system's is right of its object
    expect(x(left, 'subject')).toBeLessThan(x(left, 'object'));
    expect(x(right, 'subject')).toBeGreaterThan(x(right, 'object'));
    expect(x(left, 'object')).toBeLessThan(shared?.center.x ?? NaN);
    expect(x(right, 'object')).toBeGreaterThan(shared?.center.x ?? NaN);
    const middle = shared?.center.x ?? 0;
    for (const kind of ['tools', 'subject', 'rules', 'community', 'division-of-labour']) expect(x(left, kind) - middle).toBeCloseTo(-(x(right, kind) - middle), 0);
    const arrows = layout.edges.filter((e) => e.arrow);
    expect(arrows).toHaveLength(2);
    for (const arrow of arrows) expect(arrow.to).toBe(shared?.id);
    expect(layout.edges.filter((e) => !e.arrow)).toHaveLength(18);
  });
});

describe('no label overlaps the lines at the default size', () => {
  it.each(GENERATIONS)('generation %i with six-line labels everywhere', (generation) => {
    const layout = layoutDiagram(makeSpec(generation, () => SIX_LINES));
    expect(layout.nodes.every((n) => n.block.lines.length === 7)).toBe(true);
    expect(overlaps(layout)).toEqual([]);
  });

  it.each(GENERATIONS)('generation %i with random labels of up to six lines', (generation) => {
    const word = fc.stringMatching(/^[A-Za-z][a-z]{0,13}$/);
    const labelLine = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
    const label = fc.array(labelLine, { minLength: 0, maxLength: 6 }).map((l) => l.join('\n'));
    fc.assert(
      fc.property(fc.array(label, { minLength: 16, maxLength: 16 }), (labels) => {
        let i = 0;
        const spec = makeSpec(generation, () => labels[i++ % labels.length] ?? '');
        expect(overlaps(layoutDiagram(spec))).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });

  it('lines end at the oval around the object, not inside it', () => {
    const layout = layoutDiagram(makeSpec(2, () => SIX_LINES));
    const object = layout.nodes.find((n) => n.kind === 'object');
    if (object?.shape.kind !== 'ellipse') throw new Error('no oval');
    const oval = object.shape;
    for (const edge of layout.edges.filter((e) => e.from === object.id || e.to === object.id)) {
      for (const p of [edge.segment.a, edge.segment.b]) {
        const r = ((p.x - oval.cx) / oval.rx) ** 2 + ((p.y - oval.cy) / oval.ry) ** 2;
        expect(r).toBeGreaterThanOrEqual(1);
      }
    }
  });
});

describe('a jagged path between any two components', () => {
  it.each(GENERATIONS)('generation %i: every pair gets a zigzag from border to border', (generation) => {
    const spec = withTensionsBetweenAll(makeSpec(generation, (kind) => `Some ${kind} text`));
    const layout = layoutDiagram(spec);
    const nodes = new Map(layout.nodes.map((n) => [n.id, n]));
    expect(layout.tensions).toHaveLength(spec.tensions.length);
    for (const t of layout.tensions) {
      const from = nodes.get(t.from);
      const to = nodes.get(t.to ?? -1);
      if (!from || !to) throw new Error('tension without its components');
      expect(t.path.length).toBeGreaterThanOrEqual(5);
      const first = t.path[0] as Point;
      const last = t.path[t.path.length - 1] as Point;
      // starts and ends outside the labels, close to their borders
      for (const [p, node] of [
        [first, from],
        [last, to],
      ] as const) {
        const ends = [first, last];
        expect(ends.some((e) => rectContains(inflate(shapeBounds(node.shape), 30), e))).toBe(true);
        expect(rectContains(node.textBox, p)).toBe(false);
      }
      // jagged: consecutive turns go to alternate sides
      const turns: number[] = [];
      for (let i = 1; i < t.path.length - 1; i++) {
        const a = t.path[i - 1] as Point;
        const b = t.path[i] as Point;
        const c = t.path[i + 1] as Point;
        turns.push(Math.sign((b.x - a.x) * (c.y - b.y) - (b.y - a.y) * (c.x - b.x)));
      }
      for (let i = 1; i < turns.length; i++) expect(turns[i]).toBe(-(turns[i - 1] ?? 0));
      expect(distance(first, last)).toBeGreaterThan(0);
    }
  });

  it('two tensions between the same components are drawn apart', () => {
    const spec = makeSpec(2, () => '');
    const community = spec.systems[0]?.components.find((c) => c.kind === 'community')?.id ?? 0;
    const division = spec.systems[0]?.components.find((c) => c.kind === 'division-of-labour')?.id ?? 0;
    spec.tensions = [
      { id: 1, fromId: community, toId: division, level: 'secondary', label: 'one', nudgeX: 0, nudgeY: 0 },
      { id: 2, fromId: division, toId: community, level: 'secondary', label: 'two', nudgeX: 0, nudgeY: 0 },
    ];
    const [a, b] = layoutDiagram(spec).tensions;
    expect(distance(a?.path[0] as Point, b?.path[0] as Point)).toBeGreaterThan(8);
    expect(rectsOverlap(a?.label?.box as Rect, b?.label?.box as Rect)).toBe(false);
  });

  it('a primary contradiction is a mark inside its component, not a line', () => {
    const spec = makeSpec(2, () => 'Observation policy');
    const rules = spec.systems[0]?.components.find((c) => c.kind === 'rules')?.id ?? 0;
    spec.tensions = [{ id: 9, fromId: rules, toId: null, level: 'primary', label: 'Graded versus developmental observation', nudgeX: 0, nudgeY: 0 }];
    const layout = layoutDiagram(spec);
    expect(layout.tensions[0]?.path).toEqual([]);
    const node = layout.nodes.find((n) => n.id === rules);
    expect(node?.block.marked).toBe(true);
    expect(node?.block.lines.filter((l) => l.tensionId === 9).map((l) => l.text).join(' ')).toBe('Graded versus developmental observation');
    expect(overlaps(layout)).toEqual([]);
  });
});

describe('nudges', () => {
  it('a nudged label moves by the nudge and its lines follow it', () => {
    const spec = makeSpec(2, () => 'x');
    const before = layoutDiagram(spec);
    const community = spec.systems[0]?.components.find((c) => c.kind === 'community');
    if (!community) throw new Error('no community');
    community.nudgeX = 30;
    community.nudgeY = -20;
    const after = layoutDiagram(spec);
    const b = before.nodes.find((n) => n.id === community.id);
    const a = after.nodes.find((n) => n.id === community.id);
    const others = (l: DiagramLayout) => l.nodes.find((n) => n.kind === 'subject')?.center;
    const shift = { x: (others(after)?.x ?? 0) - (others(before)?.x ?? 0), y: (others(after)?.y ?? 0) - (others(before)?.y ?? 0) };
    expect((a?.center.x ?? 0) - (b?.center.x ?? 0) - shift.x).toBeCloseTo(30);
    expect((a?.center.y ?? 0) - (b?.center.y ?? 0) - shift.y).toBeCloseTo(-20);
    const edge = after.edges.find((e) => e.from === community.id || e.to === community.id);
    const end = edge?.from === community.id ? edge.segment.a : edge?.segment.b;
    expect(distance(end as Point, a?.center as Point)).toBeLessThan(distance(end as Point, b?.center as Point) + 60);
  });
});
