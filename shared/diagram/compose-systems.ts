// Puts a diagram's systems together: first-generation triangles side by side, one
// second-generation system, or two mirrored systems whose objects meet in a shared object.
import type { DiagramGeneration } from '../model/diagrams.ts';
import { moveRect, moveShape, shapeBounds, unionRects } from './geometry.ts';
import type { Rect } from './geometry.ts';
import type { LabelBlock } from './label-block.ts';
import type { LayoutNode } from './layout-types.ts';
import { LINE_GAP, layoutProblems, makeNode, placeSystem, requiredScale } from './system-layout.ts';
import type { Link, PlacedSystem, SystemInput } from './system-layout.ts';
import { STYLE } from './style.ts';

export interface ComposedSystems {
  nodes: LayoutNode[];
  links: Link[];
  // each system's extent, for its name
  systemBounds: Rect[];
}

// A node moved by (dx, dy).
export function moveNode(node: LayoutNode, dx: number, dy: number): LayoutNode {
  return { ...node, center: { x: node.center.x + dx, y: node.center.y + dy }, textBox: moveRect(node.textBox, dx, dy), shape: moveShape(node.shape, dx, dy) };
}

// The extent of some nodes.
export function nodesBounds(nodes: readonly LayoutNode[]): Rect {
  return unionRects(nodes.map((n) => shapeBounds(n.shape)));
}

function shift(placed: PlacedSystem, dx: number, dy: number): PlacedSystem {
  return { nodes: placed.nodes.map((n) => moveNode(n, dx, dy)), links: placed.links };
}

// The one scale at which every system fits (so they look alike).
export function commonScale(inputs: readonly SystemInput[]): number {
  return inputs.reduce((s, input) => Math.max(s, requiredScale(input)), 0);
}

// Lays out the systems of a diagram at one common scale (so they look alike).
export function composeSystems(generation: DiagramGeneration, inputs: readonly SystemInput[], shared: { id: number; block: LabelBlock } | null, scale: number = commonScale(inputs)): ComposedSystems {
  if (generation === 3 && inputs.length === 2 && inputs[0] && inputs[1]) return composeThird(inputs[0], inputs[1], shared, scale);
  const nodes: LayoutNode[] = [];
  const links: Link[] = [];
  const systemBounds: Rect[] = [];
  let cursor = 0;
  for (const input of inputs) {
    const placed = placeSystem(input, scale);
    const bounds = nodesBounds(placed.nodes);
    const moved = shift(placed, cursor - bounds.x, 0);
    nodes.push(...moved.nodes);
    links.push(...moved.links);
    systemBounds.push({ ...bounds, x: cursor });
    cursor += bounds.width + STYLE.systemGap;
  }
  return { nodes, links, systemBounds };
}

// First-generation triangles in rows of `perRow`, each row centred under the widest, with
// `below(index)` units kept free under each triangle for its name.
export function composeRows(inputs: readonly SystemInput[], perRow: number, below: (index: number) => number): ComposedSystems {
  const scale = commonScale(inputs);
  const rows: ComposedSystems[] = [];
  for (let i = 0; i < inputs.length; i += perRow) rows.push(composeSystems(1, inputs.slice(i, i + perRow), null, scale));
  const widest = Math.max(...rows.map((r) => nodesBounds(r.nodes).width));
  const out: ComposedSystems = { nodes: [], links: [], systemBounds: [] };
  let top = 0;
  rows.forEach((row, r) => {
    const bounds = nodesBounds(row.nodes);
    const dx = (widest - bounds.width) / 2 - bounds.x;
    const dy = top - bounds.y;
    out.nodes.push(...row.nodes.map((n) => moveNode(n, dx, dy)));
    out.links.push(...row.links);
    out.systemBounds.push(...row.systemBounds.map((b) => moveRect(b, dx, dy)));
    const reserved = Math.max(0, ...row.systemBounds.map((_, i) => below(r * perRow + i)));
    top += bounds.height + reserved + STYLE.systemGap;
  });
  return out;
}

// Two systems facing each other: the left as drawn, the right mirrored, each object's
// arrow pointing at the shared object between them; the gap grows until nothing touches.
function composeThird(left: SystemInput, right: SystemInput, shared: { id: number; block: LabelBlock } | null, scale: number): ComposedSystems {
  const l = placeSystem({ ...left, mirror: false, withOutcome: false }, scale);
  const r = placeSystem({ ...right, mirror: true, withOutcome: false }, scale);
  const lObject = l.nodes.find((n) => n.kind === 'object');
  const rObject = r.nodes.find((n) => n.kind === 'object');
  const objectY = lObject?.center.y ?? 0;
  let arrow = STYLE.minArrow + 2 * LINE_GAP;
  let best: ComposedSystems | null = null;
  for (let i = 0; i < 80; i++) {
    const sharedNode = shared ? makeNode(shared.id, 'shared-object', null, shared.block, { x: 0, y: objectY }, true) : null;
    const half = sharedNode ? shapeBounds(sharedNode.shape).width / 2 : STYLE.systemGap / 2;
    const lRight = lObject ? shapeBounds(lObject.shape).x + shapeBounds(lObject.shape).width : nodesBounds(l.nodes).x + nodesBounds(l.nodes).width;
    const rLeft = rObject ? shapeBounds(rObject.shape).x : nodesBounds(r.nodes).x;
    const lMoved = shift(l, -half - arrow - lRight, 0);
    const rMoved = shift(r, half + arrow - rLeft, 0);
    const nodes = [...lMoved.nodes, ...rMoved.nodes, ...(sharedNode ? [sharedNode] : [])];
    const links = [...lMoved.links, ...rMoved.links];
    if (sharedNode && lObject) links.push({ from: lObject.id, to: sharedNode.id, arrow: true });
    if (sharedNode && rObject) links.push({ from: rObject.id, to: sharedNode.id, arrow: true });
    best = { nodes, links, systemBounds: [nodesBounds(lMoved.nodes), nodesBounds(rMoved.nodes)] };
    if (layoutProblems(nodes, links).length === 0) return best;
    arrow += 16;
  }
  return best ?? { nodes: [], links: [], systemBounds: [] };
}
