// Where a tension's jagged line runs: straight between its two components when nothing is
// in the way, else bowed around what is (to the outer side first, further and further
// out), else round everything on a grid; never through a component's text. The zigzag
// follows the route.
import { borderPoint, distance, lerp, rectsOverlap, segmentHitsRect, shapeCenter, unitNormal } from './geometry.ts';
import type { Point, Rect } from './geometry.ts';
import { gridRoute } from './grid-route.ts';
import { tensionPath, zigzag } from './jagged-path.ts';
import type { LayoutNode } from './layout-types.ts';
import { STYLE } from './style.ts';

export interface RouteRequest {
  from: LayoutNode;
  to: LayoutNode;
  // sideways shift, so tensions between the same two components stay apart
  offset: number;
  // the middle of the drawing: a bow goes away from it first
  centroid: Point;
  // boxes the line must not cross besides its own two components' text
  obstacles: readonly Rect[];
}

// How far the line starts from a component's border.
const END_GAP = 4;
// How far a bowed route swings out at most, tried in this order.
const BOWS = [14, 24, 36, 50, 66, 84, 104, 128, 156, 190, 230, 280, 340, 410, 500, 600];

function add(p: Point, v: Point, k: number): Point {
  return { x: p.x + v.x * k, y: p.y + v.y * k };
}

function quadratic(a: Point, c: Point, b: Point, steps = 24): Point[] {
  const out: Point[] = [];
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    const u = 1 - t;
    out.push({ x: u * u * a.x + 2 * u * t * c.x + t * t * b.x, y: u * u * a.y + 2 * u * t * c.y + t * t * b.y });
  }
  return out;
}

function cubic(a: Point, c1: Point, c2: Point, b: Point, steps = 32): Point[] {
  const out: Point[] = [];
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    const u = 1 - t;
    const w = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t] as const;
    out.push({ x: w[0] * a.x + w[1] * c1.x + w[2] * c2.x + w[3] * b.x, y: w[0] * a.y + w[1] * c1.y + w[2] * c2.y + w[3] * b.y });
  }
  return out;
}

// The length of a polyline.
export function polylineLength(points: readonly Point[]): number {
  let total = 0;
  for (let i = 1; i < points.length; i++) total += distance(points[i - 1] as Point, points[i] as Point);
  return total;
}

// The point at a length `at` along a polyline, with the direction of the piece it lies on.
export function pointAlong(points: readonly Point[], at: number): { point: Point; normal: Point } {
  let walked = 0;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as Point;
    const b = points[i] as Point;
    const piece = distance(a, b);
    if (piece > 0 && (walked + piece >= at || i === points.length - 1)) return { point: lerp(a, b, Math.min(1, Math.max(0, (at - walked) / piece))), normal: unitNormal(a, b) };
    walked += piece;
  }
  const only = points[0] ?? { x: 0, y: 0 };
  return { point: only, normal: { x: 0, y: -1 } };
}

// A zigzag along a route: it starts and ends on the route and swings `amplitude` to
// alternate sides of it about every `step` units of length.
export function zigzagAlong(route: readonly Point[], amplitude: number = STYLE.jagAmplitude, step: number = STYLE.jagStep): Point[] {
  const first = route[0];
  const last = route[route.length - 1];
  if (!first || !last) return [];
  if (route.length === 2) return zigzag(first, last, amplitude, step);
  const length = polylineLength(route);
  const count = Math.max(4, Math.min(80, Math.round(length / step)));
  const points: Point[] = [first];
  for (let i = 1; i < count; i++) {
    const { point, normal } = pointAlong(route, (length * i) / count);
    points.push(add(point, normal, amplitude * (i % 2 === 1 ? 1 : -1)));
  }
  points.push(last);
  return points;
}

function boundsOf(points: readonly Point[]): Rect {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

// How many of the boxes a polyline crosses (each box counted once).
export function boxesCrossed(points: readonly Point[], boxes: readonly Rect[]): number {
  const bounds = boundsOf(points);
  let count = 0;
  for (const box of boxes) {
    if (!rectsOverlap({ x: bounds.x - 1, y: bounds.y - 1, width: bounds.width + 2, height: bounds.height + 2 }, box)) continue;
    for (let i = 1; i < points.length; i++) {
      if (segmentHitsRect({ a: points[i - 1] as Point, b: points[i] as Point }, box)) {
        count++;
        break;
      }
    }
  }
  return count;
}

// Routes bowed `reach` units to one side: a single arc, and a flatter arc that leaves
// each component square to the line between them.
function bowedRoutes(req: RouteRequest, outward: Point, reach: number, shift: Point): Point[][] {
  const ca = shapeCenter(req.from.shape);
  const cb = shapeCenter(req.to.shape);
  const mid = lerp(ca, cb, 0.5);
  const control = add(add(mid, outward, 2 * reach), shift, 1);
  const arc = quadratic(add(borderPoint(req.from.shape, control, END_GAP), shift, 1), control, add(borderPoint(req.to.shape, control, END_GAP), shift, 1));
  const c1 = add(add(ca, outward, (4 / 3) * reach), shift, 1);
  const c2 = add(add(cb, outward, (4 / 3) * reach), shift, 1);
  const square = cubic(add(borderPoint(req.from.shape, c1, END_GAP), shift, 1), c1, c2, add(borderPoint(req.to.shape, c2, END_GAP), shift, 1));
  return [arc, square];
}

// The jagged line of a tension between two components, clear of every text it can avoid.
export function routeTension(req: RouteRequest): Point[] {
  const boxes = [...req.obstacles, req.from.textBox, req.to.textBox];
  const straight = tensionPath(req.from.shape, req.to.shape, req.offset);
  if (boxesCrossed(straight, boxes) === 0) return straight;
  const ca = shapeCenter(req.from.shape);
  const cb = shapeCenter(req.to.shape);
  const normal = unitNormal(ca, cb);
  const shift = add({ x: 0, y: 0 }, normal, req.offset);
  const mid = lerp(ca, cb, 0.5);
  const outward = distance(add(mid, normal, 1), req.centroid) >= distance(add(mid, normal, -1), req.centroid) ? normal : add({ x: 0, y: 0 }, normal, -1);
  let best = { path: straight, hits: boxesCrossed(straight, boxes) };
  for (const reach of BOWS) {
    for (const side of [1, -1]) {
      for (const route of bowedRoutes(req, add({ x: 0, y: 0 }, outward, side), reach, shift)) {
        const path = zigzagAlong(route);
        const hits = boxesCrossed(path, boxes);
        if (hits === 0) return path;
        if (hits < best.hits) best = { path, hits };
      }
    }
  }
  // nothing arcs clear: go round on the grid, keeping as far off as the space allows
  for (const clearance of [STYLE.jagAmplitude + 14, STYLE.jagAmplitude + 8, STYLE.jagAmplitude + 4]) {
    const route = gridRoute({ from: req.from.shape, to: req.to.shape, boxes, clearance, endGap: END_GAP });
    if (!route) continue;
    const path = zigzagAlong(route);
    const hits = boxesCrossed(path, boxes);
    if (hits === 0) return path;
    if (hits < best.hits) best = { path, hits };
  }
  return best.path;
}
