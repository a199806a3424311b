import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DiagramGeneration } from '../model/diagrams.ts';
import { allComponents } from './diagram-spec.ts';
import type { DiagramSpec, SpecTension } from './diagram-spec.ts';
import { layoutDiagram, textBoxOf } from './diagram-layout.ts';
import { rectsOverlap, segmentHitsRect, shapeBounds } from './geometry.ts';
import type { Point, Rect } from './geometry.ts';
import type { DiagramLayout, LayoutOptions } from './layout-types.ts';
import { makeSpec } from './test-specs.ts';

interface Box {
  what: string;
  rect: Rect;
}

// Every box of text a reader sees: component labels, tension labels, titles, names, captions.
function textBoxes(layout: DiagramLayout): Box[] {
  return [
    ...layout.nodes.map((n) => ({ what: `${n.kind} ${n.id}`, rect: n.textBox })),
    ...layout.tensions.flatMap((t) => (t.label ? [{ what: `label of tension ${t.id}`, rect: t.label.box }] : [])),
    ...layout.texts.map((t) => ({ what: `${t.role} "${t.text}"`, rect: textBoxOf(t) })),
  ];
}

function segmentsOf(points: readonly Point[]): { a: Point; b: Point }[] {
  const out: { a: Point; b: Point }[] = [];
  for (let i = 1; i < points.length; i++) out.push({ a: points[i - 1] as Point, b: points[i] as Point });
  return out;
}

// What a reader would see wrong: text on text, a jagged line through text, a label on a line.
function problems(layout: DiagramLayout): string[] {
  const out: string[] = [];
  const boxes = textBoxes(layout);
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i] as Box;
      const b = boxes[j] as Box;
      if (rectsOverlap(a.rect, b.rect)) out.push(`${a.what} overlaps ${b.what}`);
    }
  }
  const lines = [
    ...layout.edges.map((e) => ({ what: `line ${e.from}-${e.to}`, segments: [e.segment] })),
    ...layout.tensions.map((t) => ({ what: `tension ${t.id}`, segments: segmentsOf(t.path) })),
  ];
  for (const t of layout.tensions) {
    for (const node of layout.nodes) if (segmentsOf(t.path).some((s) => segmentHitsRect(s, node.textBox))) out.push(`tension ${t.id} crosses the text of ${node.kind} ${node.id}`);
    if (!t.label) continue;
    for (const line of lines) if (line.segments.some((s) => segmentHitsRect(s, t.label?.box as Rect))) out.push(`the label of tension ${t.id} covers ${line.what}`);
    for (const node of layout.nodes.filter((n) => n.outlined)) if (rectsOverlap(shapeBounds(node.shape), t.label.box)) out.push(`the label of tension ${t.id} covers the oval of ${node.kind}`);
  }
  return out;
}

const word = fc.stringMatching(/^[A-Za-z][a-z]{0,11}$/);
const textLine = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
const text = fc.array(textLine, { minLength: 0, maxLength: 4 }).map((l) => l.join('\n'));
const label = fc.array(word, { minLength: 0, maxLength: 7 }).map((w) => w.join(' '));

const generated = fc
  .record({
    generation: fc.constantFrom<DiagramGeneration>(1, 1, 2, 3),
    triangles: fc.integer({ min: 1, max: 8 }),
    texts: fc.array(text, { minLength: 12, maxLength: 12 }),
    names: fc.array(textLine, { minLength: 8, maxLength: 8 }),
    tensions: fc.array(fc.record({ from: fc.nat(), to: fc.option(fc.nat(), { freq: 6 }), label }), { minLength: 0, maxLength: 12 }),
    perRow: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
    wrapWidth: fc.option(fc.integer({ min: 110, max: 200 }), { nil: undefined }),
  })
  .map(({ generation, triangles, texts, names, tensions, perRow, wrapWidth }) => {
    let i = 0;
    const spec = makeSpec(generation, () => texts[i++ % texts.length] ?? '', { triangles });
    spec.systems.forEach((s, k) => (s.name = generation === 2 ? '' : (names[k] ?? '')));
    const ids = allComponents(spec).map((c) => c.id);
    spec.tensions = tensions.map((t, k): SpecTension => {
      const fromId = ids[t.from % ids.length] ?? 0;
      const toId = t.to === null ? null : (ids[t.to % ids.length] ?? 0);
      return { id: 500 + k, fromId, toId: toId === fromId ? null : toId, level: toId === null || toId === fromId ? 'primary' : 'secondary', label: t.label, nudgeX: 0, nudgeY: 0 };
    });
    const options: LayoutOptions = { perRow, wrapWidth };
    return { spec, options };
  });

describe('tensions keep clear of text', () => {
  it('over many generated diagrams no two text boxes overlap, no jagged line crosses text and no label covers a line', () => {
    fc.assert(
      fc.property(generated, ({ spec, options }) => {
        expect(problems(layoutDiagram(spec, options))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  function secondGeneration(): { spec: DiagramSpec; id: (kind: string) => number } {
    const spec = makeSpec(2, (kind) => (kind === 'community' ? 'Mentors, mentees, brokers\nand the senior team' : `About ${kind}`));
    const id = (kind: string) => spec.systems[0]?.components.find((c) => c.kind === kind)?.id ?? 0;
    return { spec, id };
  }

  it('the jagged line replaces the straight line between its two components', () => {
    const { spec, id } = secondGeneration();
    const before = layoutDiagram(spec).edges.length;
    spec.tensions = [{ id: 1, fromId: id('community'), toId: id('division-of-labour'), level: 'secondary', label: 'Who owns the coaching time?', nudgeX: 0, nudgeY: 0 }];
    const layout = layoutDiagram(spec);
    expect(layout.edges).toHaveLength(before - 1);
    expect(layout.edges.some((e) => [e.from, e.to].sort().join() === [id('community'), id('division-of-labour')].sort().join())).toBe(false);
    expect(problems(layout)).toEqual([]);
  });

  it('a tension from rules to division of labour goes round "Community" between them, below the base', () => {
    const { spec, id } = secondGeneration();
    spec.tensions = [{ id: 1, fromId: id('rules'), toId: id('division-of-labour'), level: 'secondary', label: 'Inspection rules against who coaches', nudgeX: 0, nudgeY: 0 }];
    const layout = layoutDiagram(spec);
    const community = layout.nodes.find((n) => n.kind === 'community');
    const path = layout.tensions[0]?.path ?? [];
    expect(path.length).toBeGreaterThan(5);
    expect(segmentsOf(path).some((s) => segmentHitsRect(s, community?.textBox as Rect))).toBe(false);
    const lowest = Math.max(...path.map((p) => p.y));
    expect(lowest).toBeGreaterThan((community?.textBox.y ?? 0) + (community?.textBox.height ?? 0));
    expect(problems(layout)).toEqual([]);
  });

  it('a tension across first-generation triangles is routed round the triangle between them', () => {
    const spec = makeSpec(1, (kind, s) => `${kind} of triangle ${s + 1}`, { triangles: 3 });
    const object = (s: number) => spec.systems[s]?.components.find((c) => c.kind === 'object')?.id ?? 0;
    spec.tensions = [{ id: 1, fromId: object(0), toId: object(2), level: 'secondary', label: 'Different objects', nudgeX: 0, nudgeY: 0 }];
    expect(problems(layoutDiagram(spec))).toEqual([]);
    expect(problems(layoutDiagram(spec, { perRow: 1 }))).toEqual([]);
  });
});
