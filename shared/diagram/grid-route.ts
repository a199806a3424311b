// A route between two components around everything in the way, for when no arc is
// clear (a tension from one row of triangles to another, across a whole triangle): the
// shortest path on a grid over the drawing that keeps off every box, pulled straight
// where it can be and rounded at its corners so the zigzag along it stays even.
import { borderPoint, distance, inflate, lerp, segmentHitsRect, shapeBounds, unionRects } from './geometry.ts';
import type { Point, Rect, Shape } from './geometry.ts';

export interface GridRouteRequest {
  from: Shape;
  to: Shape;
  // boxes to keep off, the two components' own text included
  boxes: readonly Rect[];
  // how far the route keeps from each box
  clearance: number;
  // how far the route starts from each component's border
  endGap: number;
}

const MAX_CELLS = 250_000;
const TURN_COST = 6;
const CORNER_RADIUS = 24;
const MOVES = [
  [1, 0],
  [-1, 0],
  [0, 1],
  [0, -1],
  [1, 1],
  [1, -1],
  [-1, 1],
  [-1, -1],
] as const;

class Heap {
  private items: { key: number; value: number }[] = [];
  get size(): number {
    return this.items.length;
  }
  push(key: number, value: number): void {
    const items = this.items;
    items.push({ key, value });
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((items[parent]?.key ?? 0) <= key) break;
      [items[i], items[parent]] = [items[parent] as { key: number; value: number }, items[i] as { key: number; value: number }];
      i = parent;
    }
  }
  pop(): number {
    const items = this.items;
    const top = items[0]?.value ?? -1;
    const last = items.pop();
    if (items.length > 0 && last) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < items.length && (items[l]?.key ?? 0) < (items[m]?.key ?? 0)) m = l;
        if (r < items.length && (items[r]?.key ?? 0) < (items[m]?.key ?? 0)) m = r;
        if (m === i) break;
        [items[i], items[m]] = [items[m] as { key: number; value: number }, items[i] as { key: number; value: number }];
        i = m;
      }
    }
    return top;
  }
}

interface Grid {
  origin: Point;
  cell: number;
  cols: number;
  rows: number;
  blocked: Uint8Array;
}

function makeGrid(req: GridRouteRequest): Grid {
  const extent = inflate(unionRects([...req.boxes, shapeBounds(req.from), shapeBounds(req.to)]), 4 * req.clearance + 60);
  let cell = 8;
  while ((extent.width / cell) * (extent.height / cell) > MAX_CELLS) cell *= 1.5;
  const cols = Math.ceil(extent.width / cell);
  const rows = Math.ceil(extent.height / cell);
  const blocked = new Uint8Array(cols * rows);
  for (const box of req.boxes) {
    const r = inflate(box, req.clearance);
    const c0 = Math.max(0, Math.floor((r.x - extent.x) / cell));
    const c1 = Math.min(cols - 1, Math.ceil((r.x + r.width - extent.x) / cell));
    const r0 = Math.max(0, Math.floor((r.y - extent.y) / cell));
    const r1 = Math.min(rows - 1, Math.ceil((r.y + r.height - extent.y) / cell));
    for (let y = r0; y <= r1; y++) {
      for (let x = c0; x <= c1; x++) {
        const cx = extent.x + (x + 0.5) * cell;
        const cy = extent.y + (y + 0.5) * cell;
        if (cx >= r.x && cx <= r.x + r.width && cy >= r.y && cy <= r.y + r.height) blocked[y * cols + x] = 1;
      }
    }
  }
  return { origin: { x: extent.x, y: extent.y }, cell, cols, rows, blocked };
}

function centreOf(grid: Grid, index: number): Point {
  return { x: grid.origin.x + ((index % grid.cols) + 0.5) * grid.cell, y: grid.origin.y + (Math.floor(index / grid.cols) + 0.5) * grid.cell };
}

// Free cells in a ring just outside a shape (where a route may start or end).
function ringCells(grid: Grid, shape: Shape, reach: number): number[] {
  const inner = shapeBounds(shape);
  const outer = inflate(inner, reach + 1.5 * grid.cell);
  const out: number[] = [];
  for (let i = 0; i < grid.blocked.length; i++) {
    if (grid.blocked[i]) continue;
    const p = centreOf(grid, i);
    if (p.x >= outer.x && p.x <= outer.x + outer.width && p.y >= outer.y && p.y <= outer.y + outer.height) out.push(i);
  }
  return out;
}

// A* from any start cell to any goal cell, preferring few turns.
function searchGrid(grid: Grid, starts: readonly number[], goals: ReadonlySet<number>, target: Point): number[] | null {
  const cost = new Float64Array(grid.blocked.length).fill(Infinity);
  const came = new Int32Array(grid.blocked.length).fill(-1);
  const heading = new Int8Array(grid.blocked.length).fill(-1);
  const heap = new Heap();
  const h = (i: number) => distance(centreOf(grid, i), target);
  for (const s of starts) {
    cost[s] = 0;
    heap.push(h(s), s);
  }
  while (heap.size > 0) {
    const current = heap.pop();
    if (goals.has(current)) {
      const path = [current];
      for (let i = came[current] ?? -1; i >= 0; i = came[i] ?? -1) path.push(i);
      return path.reverse();
    }
    const cx = current % grid.cols;
    const cy = Math.floor(current / grid.cols);
    MOVES.forEach(([dx, dy], m) => {
      const nx = cx + dx;
      const ny = cy + dy;
      if (nx < 0 || ny < 0 || nx >= grid.cols || ny >= grid.rows) return;
      const next = ny * grid.cols + nx;
      if (grid.blocked[next]) return;
      const step = (dx !== 0 && dy !== 0 ? Math.SQRT2 : 1) * grid.cell + (heading[current] !== -1 && heading[current] !== m ? TURN_COST : 0);
      const total = (cost[current] ?? Infinity) + step;
      if (total >= (cost[next] ?? Infinity)) return;
      cost[next] = total;
      came[next] = current;
      heading[next] = m;
      heap.push(total + h(next), next);
    });
  }
  return null;
}

function clearLine(a: Point, b: Point, boxes: readonly Rect[]): boolean {
  return !boxes.some((box) => segmentHitsRect({ a, b }, box));
}

// Drops every corner the line can skip without touching a box.
function pullStraight(points: readonly Point[], boxes: readonly Rect[]): Point[] {
  const out: Point[] = [];
  let i = 0;
  while (i < points.length) {
    const here = points[i] as Point;
    out.push(here);
    let j = points.length - 1;
    while (j > i + 1 && !clearLine(here, points[j] as Point, boxes)) j--;
    i = j === i ? i + 1 : j;
  }
  return out;
}

// Rounds every corner with an arc of up to CORNER_RADIUS.
function roundCorners(points: readonly Point[]): Point[] {
  if (points.length < 3) return [...points];
  const out: Point[] = [points[0] as Point];
  for (let i = 1; i < points.length - 1; i++) {
    const prev = points[i - 1] as Point;
    const corner = points[i] as Point;
    const next = points[i + 1] as Point;
    const cut = Math.min(CORNER_RADIUS, distance(prev, corner) / 2, distance(corner, next) / 2);
    const a = lerp(corner, prev, cut / (distance(prev, corner) || 1));
    const b = lerp(corner, next, cut / (distance(corner, next) || 1));
    for (let k = 0; k <= 8; k++) {
      const t = k / 8;
      const u = 1 - t;
      out.push({ x: u * u * a.x + 2 * u * t * corner.x + t * t * b.x, y: u * u * a.y + 2 * u * t * corner.y + t * t * b.y });
    }
  }
  out.push(points[points.length - 1] as Point);
  return out;
}

// The route's points from border to border, or null when the grid has no way through.
export function gridRoute(req: GridRouteRequest): Point[] | null {
  const grid = makeGrid(req);
  const starts = ringCells(grid, req.from, req.clearance);
  const goals = new Set(ringCells(grid, req.to, req.clearance));
  const toBounds = shapeBounds(req.to);
  const cells = searchGrid(grid, starts, goals, { x: toBounds.x + toBounds.width / 2, y: toBounds.y + toBounds.height / 2 });
  if (!cells || cells.length === 0) return null;
  const centres = cells.map((c) => centreOf(grid, c));
  const first = centres[0] as Point;
  const last = centres[centres.length - 1] as Point;
  const points = [borderPoint(req.from, first, req.endGap), ...centres, borderPoint(req.to, last, req.endGap)];
  const keepOff = req.boxes.map((b) => inflate(b, req.clearance / 2));
  return roundCorners(pullStraight(points, keepOff));
}
