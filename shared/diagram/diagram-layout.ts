// Lays out a whole diagram: the systems, the researcher's label nudges, the lines, the
// tensions, the title above and the caption below. Pure: same spec, same drawing.
import { GENERATION_COMPONENTS } from '../model/diagrams.ts';
import { composeSystems, midpoint, moveNode, nodesBounds } from './compose-systems.ts';
import type { DiagramSpec } from './diagram-spec.ts';
import { distance, inflate, lerp, moveRect, rectsOverlap, segmentHitsRect, shapeBounds, unionRects, unitNormal } from './geometry.ts';
import type { Point, Rect } from './geometry.ts';
import { tensionPath } from './jagged-path.ts';
import { componentBlock, lineHeight, measureLines, tensionLabelLines, textLines } from './label-block.ts';
import type { LabelBlock, LabelLine } from './label-block.ts';
import type { DiagramLayout, LayoutEdge, LayoutNode, LayoutTension, LayoutText } from './layout-types.ts';
import { STYLE } from './style.ts';
import { textWidth } from './text-metrics.ts';
import { buildEdges } from './system-layout.ts';
import type { SystemInput } from './system-layout.ts';

const MIN_TEXT_WIDTH = 420;

// Every component's label block, with the primary contradictions drawn inside it.
function blocksOf(spec: DiagramSpec): Map<number, LabelBlock> {
  const primaries = new Map<number, { id: number; label: string }[]>();
  for (const t of spec.tensions) {
    if (t.toId !== null && t.toId !== t.fromId) continue;
    const list = primaries.get(t.fromId) ?? [];
    list.push({ id: t.id, label: t.label });
    primaries.set(t.fromId, list);
  }
  const blocks = new Map<number, LabelBlock>();
  const all = [...spec.systems.flatMap((s) => s.components), ...(spec.sharedObject ? [spec.sharedObject] : [])];
  for (const c of all) blocks.set(c.id, componentBlock(c.kind, spec.generation, c.text, primaries.get(c.id) ?? []));
  return blocks;
}

function systemInputs(spec: DiagramSpec, blocks: Map<number, LabelBlock>): SystemInput[] {
  const allowed = GENERATION_COMPONENTS[spec.generation];
  return spec.systems.map((system, index) => ({
    index,
    form: spec.generation === 1 ? 'triangle' : 'system',
    components: system.components
      .filter((c) => c.kind !== 'shared-object' && allowed.includes(c.kind))
      .map((c) => ({ id: c.id, kind: c.kind, block: blocks.get(c.id) ?? componentBlock(c.kind, spec.generation, '', []) })),
    withOutcome: spec.generation !== 3,
    mirror: spec.generation === 3 && index === 1,
  }));
}

// Lines of text stacked from `top`, centred on x.
function stack(lines: readonly LabelLine[], x: number, top: number, role: LayoutText['role']): { texts: LayoutText[]; bottom: number } {
  const texts: LayoutText[] = [];
  let y = top;
  for (const l of lines) {
    texts.push({ text: l.text, x, top: y, size: l.size, weight: l.weight, color: l.color, role });
    y += lineHeight(l.size);
  }
  return { texts, bottom: y };
}

interface Obstacles {
  nodes: readonly LayoutNode[];
  edges: readonly LayoutEdge[];
  labels: readonly Rect[];
}

// How many things a tension label placed here would cover.
function conflicts(box: Rect, obstacles: Obstacles): number {
  let count = 0;
  for (const node of obstacles.nodes) if (rectsOverlap(inflate(shapeBounds(node.shape), 3), box)) count += 3;
  for (const label of obstacles.labels) if (rectsOverlap(inflate(label, 3), box)) count += 3;
  for (const edge of obstacles.edges) if (segmentHitsRect(edge.segment, box)) count += 1;
  return count;
}

// Where a tension's label goes: beside its jagged line, on the outer side if it can,
// at the first of a few places along the line that covers no label and no line.
function placeTensionLabel(lines: readonly LabelLine[], path: readonly Point[], offset: number, centroid: Point, obstacles: Obstacles): Rect {
  const size = measureLines(lines);
  const width = size.width + 2 * STYLE.padding;
  const height = size.height + 2 * STYLE.padding;
  const start = path[0] ?? { x: 0, y: 0 };
  const end = path[path.length - 1] ?? start;
  let n = unitNormal(start, end);
  const mid = midpoint(start, end);
  if ((mid.x + n.x - centroid.x) ** 2 + (mid.y + n.y - centroid.y) ** 2 < (mid.x - n.x - centroid.x) ** 2 + (mid.y - n.y - centroid.y) ** 2) n = { x: -n.x, y: -n.y };
  const reach = Math.abs(n.x) * (width / 2) + Math.abs(n.y) * (height / 2) + STYLE.jagAmplitude + offset + 4;
  let best: { box: Rect; score: number } | null = null;
  for (const extra of [0, 16, 32]) {
    for (const side of [1, -1]) {
      for (const along of [0.5, 0.38, 0.62, 0.26, 0.74]) {
        const at = lerp(start, end, along);
        const center = { x: at.x + side * n.x * (reach + extra), y: at.y + side * n.y * (reach + extra) };
        const box = { x: center.x - width / 2, y: center.y - height / 2, width, height };
        const score = conflicts(box, obstacles) + extra / 16 + (side === 1 ? 0 : 1) + Math.abs(along - 0.5);
        if (!best || score < best.score) best = { box, score };
        if (conflicts(box, obstacles) === 0) return box;
      }
    }
  }
  return best?.box ?? { x: mid.x - width / 2, y: mid.y - height / 2, width, height };
}

function tensionsOf(spec: DiagramSpec, nodes: readonly LayoutNode[], edges: readonly LayoutEdge[], centroid: Point): LayoutTension[] {
  const placedLabels: Rect[] = [];
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const pairCount = new Map<string, number>();
  const pairSeen = new Map<string, number>();
  const pairKey = (a: number, b: number) => (a < b ? `${a}-${b}` : `${b}-${a}`);
  for (const t of spec.tensions) if (t.toId !== null && t.toId !== t.fromId) pairCount.set(pairKey(t.fromId, t.toId), (pairCount.get(pairKey(t.fromId, t.toId)) ?? 0) + 1);
  const out: LayoutTension[] = [];
  for (const t of spec.tensions) {
    const from = byId.get(t.fromId);
    if (!from) continue;
    if (t.toId === null || t.toId === t.fromId) {
      out.push({ id: t.id, from: t.fromId, to: null, level: t.level, path: [], label: null });
      continue;
    }
    const to = byId.get(t.toId);
    if (!to) continue;
    const key = pairKey(t.fromId, t.toId);
    const seen = pairSeen.get(key) ?? 0;
    pairSeen.set(key, seen + 1);
    const count = pairCount.get(key) ?? 1;
    const offset = (seen - (count - 1) / 2) * (2 * STYLE.jagAmplitude + 6);
    // draw every pair in one direction so offsets of opposite tensions do not cancel
    const [a, b] = t.fromId < t.toId ? [from, to] : [to, from];
    const path = tensionPath(a.shape, b.shape, offset);
    const lines = tensionLabelLines(t.label);
    let label: LayoutTension['label'] = null;
    if (lines.length > 0) {
      const box = placeTensionLabel(lines, path, Math.abs(offset), centroid, { nodes, edges, labels: placedLabels });
      const moved = moveRect(box, t.nudgeX, t.nudgeY);
      placedLabels.push(moved);
      label = { lines, box: moved };
    }
    out.push({ id: t.id, from: t.fromId, to: t.toId, level: t.level, path, label });
  }
  return out;
}

function subtitleOf(spec: DiagramSpec): string {
  const parts: string[] = [];
  if (spec.perspective.trim()) parts.push(`Perspective: ${spec.perspective.trim()}`);
  if (spec.phase.trim()) parts.push(`Phase: ${spec.phase.trim()}`);
  return parts.join(' · ');
}

function translate(layout: Omit<DiagramLayout, 'width' | 'height' | 'generation'>, dx: number, dy: number) {
  const p = (q: Point): Point => ({ x: q.x + dx, y: q.y + dy });
  return {
    nodes: layout.nodes.map((n) => moveNode(n, dx, dy)),
    edges: layout.edges.map((e): LayoutEdge => ({ ...e, segment: { a: p(e.segment.a), b: p(e.segment.b) } })),
    tensions: layout.tensions.map((t): LayoutTension => ({ ...t, path: t.path.map(p), label: t.label ? { ...t.label, box: moveRect(t.label.box, dx, dy) } : null })),
    texts: layout.texts.map((t): LayoutText => ({ ...t, x: t.x + dx, top: t.top + dy })),
  };
}

function pathBounds(points: readonly Point[]): Rect[] {
  if (points.length === 0) return [];
  const xs = points.map((q) => q.x);
  const ys = points.map((q) => q.y);
  const minX = Math.min(...xs);
  const minY = Math.min(...ys);
  return [{ x: minX, y: minY, width: Math.max(...xs) - minX, height: Math.max(...ys) - minY }];
}

// Lays out a diagram: every component placed, lines cut at labels, tensions and texts.
export function layoutDiagram(spec: DiagramSpec): DiagramLayout {
  const blocks = blocksOf(spec);
  const shared = spec.generation === 3 && spec.sharedObject ? { id: spec.sharedObject.id, block: blocks.get(spec.sharedObject.id) ?? componentBlock('shared-object', 3, '', []) } : null;
  const composed = composeSystems(spec.generation, systemInputs(spec, blocks), shared);

  // system names under each system, before nudges move anything
  const systemTexts: LayoutText[] = [];
  spec.systems.forEach((system, index) => {
    const bounds = composed.systemBounds[index];
    if (!bounds || !system.name.trim()) return;
    const lines = textLines(system.name, Math.max(bounds.width, 160), STYLE.systemNameSize, 'bold', STYLE.colors.heading);
    systemTexts.push(...stack(lines, bounds.x + bounds.width / 2, bounds.y + bounds.height + 14, 'system').texts);
  });

  const nudges = new Map([...spec.systems.flatMap((s) => s.components), ...(spec.sharedObject ? [spec.sharedObject] : [])].map((c) => [c.id, c]));
  const nodes = composed.nodes.map((n) => {
    const c = nudges.get(n.id);
    return c && (c.nudgeX || c.nudgeY) ? moveNode(n, c.nudgeX, c.nudgeY) : n;
  });
  const edges = buildEdges(nodes, composed.links);
  const centre = nodesBounds(composed.nodes);
  const tensions = tensionsOf(spec, nodes, edges, { x: centre.x + centre.width / 2, y: centre.y + centre.height / 2 });

  const systemTextBoxes = systemTexts.map((t) => {
    const w = textWidth(t.text, t.size, t.weight);
    return { x: t.x - w / 2, y: t.top, width: w, height: lineHeight(t.size) };
  });
  const content = unionRects([
    nodesBounds(nodes),
    ...edges.flatMap((e) => pathBounds([e.segment.a, e.segment.b])),
    ...tensions.flatMap((t) => [...pathBounds(t.path), ...(t.label ? [t.label.box] : [])]),
    ...systemTextBoxes,
  ]);
  const wrapWidth = Math.max(content.width, MIN_TEXT_WIDTH);
  const title = textLines(spec.title, wrapWidth, STYLE.titleSize, 'bold', STYLE.colors.heading);
  const subtitle = textLines(subtitleOf(spec), wrapWidth, STYLE.subtitleSize, 'regular', STYLE.colors.muted);
  const caption = textLines(spec.caption, wrapWidth, STYLE.captionSize, 'regular', STYLE.colors.muted);
  const widest = Math.max(content.width, measureLines([...title, ...subtitle, ...caption]).width);
  const width = Math.ceil(widest + 2 * STYLE.margin);
  const centerX = width / 2;

  const head = stack(title, centerX, STYLE.margin, 'title');
  const sub = stack(subtitle, centerX, head.bottom + (title.length > 0 ? 2 : 0), 'subtitle');
  const contentTop = sub.bottom + (title.length + subtitle.length > 0 ? STYLE.margin : 0);
  const moved = translate({ nodes, edges, tensions, texts: systemTexts }, centerX - (content.x + content.width / 2), contentTop - content.y);
  const cap = stack(caption, centerX, contentTop + content.height + (caption.length > 0 ? STYLE.margin : 0), 'caption');
  const height = Math.ceil(cap.bottom + STYLE.margin);

  return {
    generation: spec.generation,
    width,
    height,
    nodes: moved.nodes,
    edges: moved.edges,
    tensions: moved.tensions,
    texts: [...head.texts, ...sub.texts, ...moved.texts, ...cap.texts],
  };
}

// The length of a jagged path (for tests and the accessible description).
export function pathLength(points: readonly Point[]): number {
  let total = 0;
  for (let i = 1; i < points.length; i++) total += distance(points[i - 1] as Point, points[i] as Point);
  return total;
}
