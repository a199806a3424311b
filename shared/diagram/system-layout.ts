// Fixed layouts of one activity system: the first-generation triangle (tools at the apex,
// subject bottom left, object bottom right, arrow to the outcome) and Engeström's
// second-generation system (tools at the apex; subject and object, in an oval, at mid
// height; rules, community and division of labour along the base; nine lines; arrow from
// the object to the outcome). The triangle grows until no label touches a line.
import type { ActivityComponent } from '../model/activity-components.ts';
import type { DiagramComponentKind } from '../model/diagrams.ts';
import { clipBetween, distance, rectAround, segmentHitsRect, inflate, shapeBounds, rectsOverlap } from './geometry.ts';
import type { Point, Shape } from './geometry.ts';
import type { LabelBlock } from './label-block.ts';
import type { LayoutEdge, LayoutNode } from './layout-types.ts';
import { STYLE } from './style.ts';

export interface Link {
  from: number;
  to: number;
  arrow: boolean;
}

export interface SystemInput {
  index: number;
  // 'triangle' = first generation, 'system' = second (and each side of the third)
  form: 'triangle' | 'system';
  components: { id: number; kind: DiagramComponentKind; block: LabelBlock }[];
  // draw the outcome with the object's arrow (not in the third generation)
  withOutcome: boolean;
  // mirror left-right (the right-hand system of the third generation)
  mirror: boolean;
  // how much taller than usual the system is drawn (a tall, narrow drawing prints larger on a portrait page)
  stretch?: number;
}

export interface PlacedSystem {
  nodes: LayoutNode[];
  links: Link[];
}

// The gap between a line's end and the component's border.
export const LINE_GAP = 3;

// The nine lines of the second-generation system and the three of the triangle.
const SYSTEM_LINES: readonly [ActivityComponent, ActivityComponent][] = [
  ['tools', 'subject'],
  ['tools', 'object'],
  ['subject', 'object'],
  ['subject', 'rules'],
  ['object', 'division-of-labour'],
  ['rules', 'community'],
  ['community', 'division-of-labour'],
  ['subject', 'community'],
  ['object', 'community'],
];
const TRIANGLE_LINES: readonly [ActivityComponent, ActivityComponent][] = [
  ['tools', 'subject'],
  ['tools', 'object'],
  ['subject', 'object'],
];

// Height of the triangle for a half-width A.
const HEIGHT_RATIO = { triangle: 1.15, system: 1.4 } as const;
// The smallest half-width tried.
const START_SCALE = { triangle: 110, system: 150 } as const;

// The shape lines stop at: an oval around an object of the second and third generations.
export function nodeShape(center: Point, block: LabelBlock, oval: boolean): Shape {
  const textBox = rectAround(center, block.width, block.height);
  if (!oval) return { kind: 'rect', rect: textBox };
  const rx = Math.max((block.width / 2) * Math.SQRT2, block.width / 2 + 14);
  const ry = Math.max((block.height / 2) * Math.SQRT2, block.height / 2 + 10);
  return { kind: 'ellipse', cx: center.x, cy: center.y, rx, ry };
}

// A laid-out component at a centre.
export function makeNode(id: number, kind: DiagramComponentKind, systemIndex: number | null, block: LabelBlock, center: Point, oval: boolean): LayoutNode {
  return { id, kind, systemIndex, center, textBox: rectAround(center, block.width, block.height), shape: nodeShape(center, block, oval), outlined: oval, block };
}

// The lines and arrows between placed components, cut at their borders (a line whose
// components overlap is left out).
export function buildEdges(nodes: readonly LayoutNode[], links: readonly Link[]): LayoutEdge[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const edges: LayoutEdge[] = [];
  for (const link of links) {
    const from = byId.get(link.from);
    const to = byId.get(link.to);
    if (!from || !to) continue;
    const segment = clipBetween(from.shape, to.shape, LINE_GAP);
    if (segment) edges.push({ from: link.from, to: link.to, segment, arrow: link.arrow });
  }
  return edges;
}

// What is wrong with a layout: labels over lines they do not end at, labels over each
// other, lines too short to see. Empty when the layout is clean.
export function layoutProblems(nodes: readonly LayoutNode[], links: readonly Link[]): string[] {
  const problems: string[] = [];
  const byId = new Map(nodes.map((n) => [n.id, n]));
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      const a = nodes[i];
      const b = nodes[j];
      if (a && b && rectsOverlap(inflate(shapeBounds(a.shape), 6), shapeBounds(b.shape))) problems.push(`${a.kind} overlaps ${b.kind}`);
    }
  }
  for (const link of links) {
    const from = byId.get(link.from);
    const to = byId.get(link.to);
    if (!from || !to) continue;
    const segment = clipBetween(from.shape, to.shape, LINE_GAP);
    if (!segment || distance(segment.a, segment.b) < (link.arrow ? STYLE.minArrow : STYLE.minEdge)) {
      problems.push(`the line ${from.kind}-${to.kind} is too short`);
      continue;
    }
    for (const node of nodes) {
      if (node.id === link.from || node.id === link.to) continue;
      if (segmentHitsRect(segment, inflate(shapeBounds(node.shape), 4))) problems.push(`the line ${from.kind}-${to.kind} crosses ${node.kind}`);
    }
  }
  return problems;
}

function find(input: SystemInput, kind: ActivityComponent) {
  return input.components.find((c) => c.kind === kind);
}

// Places one system's components for a half-width `scale` (before any check).
export function placeSystem(input: SystemInput, scale: number): PlacedSystem {
  const A = scale;
  const H = A * HEIGHT_RATIO[input.form] * (input.stretch ?? 1);
  const sign = input.mirror ? -1 : 1;
  const at = (x: number, y: number): Point => ({ x: sign * x, y });
  const positions: Partial<Record<ActivityComponent, Point>> =
    input.form === 'triangle'
      ? { tools: at(0, 0), subject: at(-A, H), object: at(A, H) }
      : { tools: at(0, 0), subject: at(-A / 2, H / 2), object: at(A / 2, H / 2), rules: at(-A, H), community: at(0, H), 'division-of-labour': at(A, H) };
  const oval = input.form === 'system';
  const nodes: LayoutNode[] = [];
  for (const [kind, center] of Object.entries(positions) as [ActivityComponent, Point][]) {
    const c = find(input, kind);
    if (c) nodes.push(makeNode(c.id, kind, input.index, c.block, center, oval && kind === 'object'));
  }
  const lines = input.form === 'triangle' ? TRIANGLE_LINES : SYSTEM_LINES;
  const links: Link[] = [];
  for (const [a, b] of lines) {
    const from = find(input, a);
    const to = find(input, b);
    if (from && to) links.push({ from: from.id, to: to.id, arrow: false });
  }
  const outcome = find(input, 'outcome');
  const object = nodes.find((n) => n.kind === 'object');
  if (input.withOutcome && outcome && object) {
    const objectHalf = shapeBounds(object.shape).width / 2;
    const half = outcome.block.width / 2;
    let x = object.center.x * sign + objectHalf + STYLE.minArrow + 2 * LINE_GAP + half;
    if (input.form === 'system') {
      // clear of the line from the object down to division of labour
      const below = outcome.block.height / 2 + 8;
      x = Math.max(x, A / 2 + (below * (A / 2)) / (H / 2) + 10 + half);
    }
    nodes.push(makeNode(outcome.id, 'outcome', input.index, outcome.block, at(x, object.center.y), false));
    links.push({ from: object.id, to: outcome.id, arrow: true });
  }
  return { nodes, links };
}

// The smallest half-width (from a fixed series) at which the system's labels touch no line.
export function requiredScale(input: SystemInput): number {
  let scale = START_SCALE[input.form];
  for (let i = 0; i < 120; i++) {
    const placed = placeSystem(input, scale);
    if (layoutProblems(placed.nodes, placed.links).length === 0) return scale;
    scale *= 1.06;
  }
  return scale;
}
