// Lays out a whole diagram: the systems (first-generation triangles in one row or in
// rows), the researcher's label nudges, the lines, the tensions' jagged lines (which
// replace the straight line between their components) and labels, the title above and
// the caption below. Pure: same spec and options, same drawing.
import { GENERATION_COMPONENTS } from '../model/diagrams.ts';
import { composeRows, composeSystems, moveNode, nodesBounds } from './compose-systems.ts';
import type { ComposedSystems } from './compose-systems.ts';
import type { DiagramSpec } from './diagram-spec.ts';
import { inflate, moveRect, shapeBounds, unionRects } from './geometry.ts';
import type { Point, Rect } from './geometry.ts';
import { componentBlock, lineHeight, measureLines, tensionLabelLines, textLines } from './label-block.ts';
import type { LabelBlock, LabelLine } from './label-block.ts';
import type { DiagramLayout, LayoutEdge, LayoutNode, LayoutOptions, LayoutTension, LayoutText } from './layout-types.ts';
import { STYLE } from './style.ts';
import { textWidth } from './text-metrics.ts';
import { buildEdges } from './system-layout.ts';
import type { SystemInput } from './system-layout.ts';
import { drawnLine, placeTensionLabel } from './tension-label.ts';
import type { LabelObstacles } from './tension-label.ts';
import { routeTension } from './tension-route.ts';

const MIN_TEXT_WIDTH = 420;
// the width a system name wraps at when the system is narrower
const MIN_NAME_WIDTH = 160;
const NAME_GAP = 14;

// Every component's label block, with the primary contradictions drawn inside it.
function blocksOf(spec: DiagramSpec, wrapWidth: number): Map<number, LabelBlock> {
  const primaries = new Map<number, { id: number; label: string }[]>();
  for (const t of spec.tensions) {
    if (t.toId !== null && t.toId !== t.fromId) continue;
    const list = primaries.get(t.fromId) ?? [];
    list.push({ id: t.id, label: t.label });
    primaries.set(t.fromId, list);
  }
  const blocks = new Map<number, LabelBlock>();
  const all = [...spec.systems.flatMap((s) => s.components), ...(spec.sharedObject ? [spec.sharedObject] : [])];
  for (const c of all) blocks.set(c.id, componentBlock(c.kind, spec.generation, c.text, primaries.get(c.id) ?? [], wrapWidth, c.boundaryObjects ?? []));
  return blocks;
}

function systemInputs(spec: DiagramSpec, blocks: Map<number, LabelBlock>, stretch: number): SystemInput[] {
  const allowed = GENERATION_COMPONENTS[spec.generation];
  return spec.systems.map((system, index) => ({
    index,
    form: spec.generation === 1 ? 'triangle' : 'system',
    components: system.components
      .filter((c) => c.kind !== 'shared-object' && allowed.includes(c.kind))
      .map((c) => ({ id: c.id, kind: c.kind, block: blocks.get(c.id) ?? componentBlock(c.kind, spec.generation, '', []) })),
    withOutcome: spec.generation !== 3,
    mirror: spec.generation === 3 && index === 1,
    stretch,
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

function pairKey(a: number, b: number): string {
  return a < b ? `${a}-${b}` : `${b}-${a}`;
}

// The pairs of components joined by a tension's jagged line (their straight line is not drawn).
function tensionPairs(spec: DiagramSpec): Set<string> {
  return new Set(spec.tensions.filter((t) => t.toId !== null && t.toId !== t.fromId).map((t) => pairKey(t.fromId, t.toId ?? t.fromId)));
}

// Every tension's jagged line, routed clear of every component's text and the system names.
function tensionPaths(spec: DiagramSpec, nodes: readonly LayoutNode[], centroid: Point, names: readonly Rect[]): Map<number, Point[]> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const pairCount = new Map<string, number>();
  const pairSeen = new Map<string, number>();
  for (const t of spec.tensions) if (t.toId !== null && t.toId !== t.fromId) pairCount.set(pairKey(t.fromId, t.toId), (pairCount.get(pairKey(t.fromId, t.toId)) ?? 0) + 1);
  const paths = new Map<number, Point[]>();
  for (const t of spec.tensions) {
    const from = byId.get(t.fromId);
    const to = t.toId === null ? undefined : byId.get(t.toId);
    if (!from || !to || to.id === from.id) continue;
    const key = pairKey(from.id, to.id);
    const seen = pairSeen.get(key) ?? 0;
    pairSeen.set(key, seen + 1);
    const offset = (seen - ((pairCount.get(key) ?? 1) - 1) / 2) * (2 * STYLE.jagAmplitude + 6);
    // draw every pair in one direction so offsets of opposite tensions do not cancel
    const [a, b] = from.id < to.id ? [from, to] : [to, from];
    const obstacles = [...nodes.filter((n) => n.id !== a.id && n.id !== b.id).map((n) => inflate(n.textBox, 3)), ...names];
    paths.set(t.id, routeTension({ from: a, to: b, offset, centroid, obstacles }));
  }
  return paths;
}

function tensionsOf(spec: DiagramSpec, nodes: readonly LayoutNode[], edges: readonly LayoutEdge[], centroid: Point, names: readonly Rect[], wrapWidth: number): LayoutTension[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const paths = tensionPaths(spec, nodes, centroid, names);
  const obstacles: LabelObstacles = {
    boxes: [...nodes.flatMap((n) => [n.textBox, shapeBounds(n.shape)]), ...names],
    lines: [...edges.map((e) => drawnLine([e.segment.a, e.segment.b])), ...[...paths.values()].map((p) => drawnLine(p))],
  };
  const out: LayoutTension[] = [];
  for (const t of spec.tensions) {
    if (!byId.has(t.fromId)) continue;
    if (t.toId === null || t.toId === t.fromId) {
      out.push({ id: t.id, from: t.fromId, to: null, level: t.level, path: [], label: null });
      continue;
    }
    const path = paths.get(t.id);
    if (!path) continue;
    const lines = tensionLabelLines(t.label, Math.min(STYLE.tensionWrapWidth, wrapWidth));
    let label: LayoutTension['label'] = null;
    if (lines.length > 0) {
      const box = moveRect(placeTensionLabel(lines, path, centroid, obstacles), t.nudgeX, t.nudgeY);
      obstacles.boxes.push(box);
      label = { lines, box };
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

function composeAll(spec: DiagramSpec, blocks: Map<number, LabelBlock>, options: LayoutOptions): ComposedSystems {
  const inputs = systemInputs(spec, blocks, options.stretch ?? 1);
  const perRow = Math.max(1, Math.floor(options.perRow ?? inputs.length));
  if (spec.generation === 1 && perRow < inputs.length) {
    const below = (index: number) => NAME_GAP + textLines(spec.systems[index]?.name ?? '', MIN_NAME_WIDTH, STYLE.systemNameSize, 'bold', STYLE.colors.heading).length * lineHeight(STYLE.systemNameSize);
    return composeRows(inputs, perRow, below);
  }
  const shared = spec.generation === 3 && spec.sharedObject ? { id: spec.sharedObject.id, block: blocks.get(spec.sharedObject.id) ?? componentBlock('shared-object', 3, '', []) } : null;
  return composeSystems(spec.generation, inputs, shared);
}

// The system names under each system, before nudges move anything.
function systemNameTexts(spec: DiagramSpec, composed: ComposedSystems): LayoutText[] {
  const texts: LayoutText[] = [];
  spec.systems.forEach((system, index) => {
    const bounds = composed.systemBounds[index];
    if (!bounds || !system.name.trim()) return;
    const lines = textLines(system.name, Math.max(bounds.width, MIN_NAME_WIDTH), STYLE.systemNameSize, 'bold', STYLE.colors.heading);
    texts.push(...stack(lines, bounds.x + bounds.width / 2, bounds.y + bounds.height + NAME_GAP, 'system').texts);
  });
  return texts;
}

// The box a line of free text takes.
export function textBoxOf(t: LayoutText): Rect {
  const w = textWidth(t.text, t.size, t.weight);
  return { x: t.x - w / 2, y: t.top, width: w, height: lineHeight(t.size) };
}

// Lays out a diagram: every component placed, lines cut at labels, tensions and texts.
export function layoutDiagram(spec: DiagramSpec, options: LayoutOptions = {}): DiagramLayout {
  const wrapWidth = options.wrapWidth ?? STYLE.wrapWidth;
  const blocks = blocksOf(spec, wrapWidth);
  const composed = composeAll(spec, blocks, options);
  const systemTexts = systemNameTexts(spec, composed);
  const systemTextBoxes = systemTexts.map(textBoxOf);

  const nudges = new Map([...spec.systems.flatMap((s) => s.components), ...(spec.sharedObject ? [spec.sharedObject] : [])].map((c) => [c.id, c]));
  const nodes = composed.nodes.map((n) => {
    const c = nudges.get(n.id);
    return c && (c.nudgeX || c.nudgeY) ? moveNode(n, c.nudgeX, c.nudgeY) : n;
  });
  const joined = tensionPairs(spec);
  const edges = buildEdges(nodes, composed.links).filter((e) => !joined.has(pairKey(e.from, e.to)));
  const centre = nodesBounds(composed.nodes);
  const tensions = tensionsOf(spec, nodes, edges, { x: centre.x + centre.width / 2, y: centre.y + centre.height / 2 }, systemTextBoxes, wrapWidth);

  const content = unionRects([
    nodesBounds(nodes),
    ...edges.flatMap((e) => pathBounds([e.segment.a, e.segment.b])),
    ...tensions.flatMap((t) => [...pathBounds(t.path), ...(t.label ? [t.label.box] : [])]),
    ...systemTextBoxes,
  ]);
  return frameLayout(spec, options, { nodes, edges, tensions, texts: systemTexts }, content);
}

// Puts the title and subtitle above the content and the caption below it.
function frameLayout(spec: DiagramSpec, options: LayoutOptions, parts: Omit<DiagramLayout, 'width' | 'height' | 'generation'>, content: Rect): DiagramLayout {
  const margin = options.margin ?? STYLE.margin;
  // free text wraps at the drawing's width: at least MIN_TEXT_WIDTH when a title is drawn, so a narrow drawing keeps a readable title
  const wrapWidth = options.title === false && options.caption === false ? Math.max(content.width, MIN_NAME_WIDTH) : Math.max(content.width, MIN_TEXT_WIDTH);
  const title = options.title === false ? [] : textLines(spec.title, wrapWidth, STYLE.titleSize, 'bold', STYLE.colors.heading);
  const subtitle = textLines(subtitleOf(spec), wrapWidth, STYLE.subtitleSize, 'regular', STYLE.colors.muted);
  const caption = options.caption === false ? [] : textLines(spec.caption, wrapWidth, STYLE.captionSize, 'regular', STYLE.colors.muted);
  const widest = Math.max(content.width, measureLines([...title, ...subtitle, ...caption]).width);
  const width = Math.ceil(widest + 2 * margin);
  const centerX = width / 2;

  const head = stack(title, centerX, margin, 'title');
  const sub = stack(subtitle, centerX, head.bottom + (title.length > 0 ? 2 : 0), 'subtitle');
  const contentTop = sub.bottom + (title.length + subtitle.length > 0 ? STYLE.margin : 0);
  const moved = translate(parts, centerX - (content.x + content.width / 2), contentTop - content.y);
  const cap = stack(caption, centerX, contentTop + content.height + (caption.length > 0 ? STYLE.margin : 0), 'caption');
  const height = Math.ceil(cap.bottom + margin);

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
