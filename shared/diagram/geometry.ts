// Plane geometry for diagram layout: points, rectangles, ellipses, segment tests and
// clipping a line at a shape's border.

export interface Point {
  x: number;
  y: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type Shape = { kind: 'rect'; rect: Rect } | { kind: 'ellipse'; cx: number; cy: number; rx: number; ry: number };

export interface Segment {
  a: Point;
  b: Point;
}

// A rectangle of the given size centred on a point.
export function rectAround(center: Point, width: number, height: number): Rect {
  return { x: center.x - width / 2, y: center.y - height / 2, width, height };
}

// The rectangle grown by `by` on every side.
export function inflate(rect: Rect, by: number): Rect {
  return { x: rect.x - by, y: rect.y - by, width: rect.width + 2 * by, height: rect.height + 2 * by };
}

// The smallest rectangle holding every given rectangle.
export function unionRects(rects: readonly Rect[]): Rect {
  if (rects.length === 0) return { x: 0, y: 0, width: 0, height: 0 };
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const r of rects) {
    minX = Math.min(minX, r.x);
    minY = Math.min(minY, r.y);
    maxX = Math.max(maxX, r.x + r.width);
    maxY = Math.max(maxY, r.y + r.height);
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

// The bounding rectangle of a shape.
export function shapeBounds(shape: Shape): Rect {
  return shape.kind === 'rect' ? shape.rect : { x: shape.cx - shape.rx, y: shape.cy - shape.ry, width: 2 * shape.rx, height: 2 * shape.ry };
}

// The centre of a shape.
export function shapeCenter(shape: Shape): Point {
  return shape.kind === 'rect' ? { x: shape.rect.x + shape.rect.width / 2, y: shape.rect.y + shape.rect.height / 2 } : { x: shape.cx, y: shape.cy };
}

// The shape moved by (dx, dy).
export function moveShape(shape: Shape, dx: number, dy: number): Shape {
  return shape.kind === 'rect' ? { kind: 'rect', rect: moveRect(shape.rect, dx, dy) } : { ...shape, cx: shape.cx + dx, cy: shape.cy + dy };
}

// The rectangle moved by (dx, dy).
export function moveRect(rect: Rect, dx: number, dy: number): Rect {
  return { ...rect, x: rect.x + dx, y: rect.y + dy };
}

// Tells whether two rectangles overlap (touching edges do not count).
export function rectsOverlap(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

// Tells whether a point lies inside a rectangle (borders included).
export function rectContains(rect: Rect, p: Point): boolean {
  return p.x >= rect.x && p.x <= rect.x + rect.width && p.y >= rect.y && p.y <= rect.y + rect.height;
}

// Distance between two points.
export function distance(a: Point, b: Point): number {
  return Math.hypot(b.x - a.x, b.y - a.y);
}

// The point a fraction t of the way from a to b.
export function lerp(a: Point, b: Point, t: number): Point {
  return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
}

function cross(o: Point, a: Point, b: Point): number {
  return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

function onSegment(p: Point, q: Point, r: Point): boolean {
  return Math.min(p.x, r.x) <= q.x && q.x <= Math.max(p.x, r.x) && Math.min(p.y, r.y) <= q.y && q.y <= Math.max(p.y, r.y);
}

// Tells whether two segments cross or touch.
export function segmentsIntersect(s: Segment, t: Segment): boolean {
  const d1 = cross(t.a, t.b, s.a);
  const d2 = cross(t.a, t.b, s.b);
  const d3 = cross(s.a, s.b, t.a);
  const d4 = cross(s.a, s.b, t.b);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return true;
  if (d1 === 0 && onSegment(t.a, s.a, t.b)) return true;
  if (d2 === 0 && onSegment(t.a, s.b, t.b)) return true;
  if (d3 === 0 && onSegment(s.a, t.a, s.b)) return true;
  if (d4 === 0 && onSegment(s.a, t.b, s.b)) return true;
  return false;
}

// Tells whether a segment crosses or lies inside a rectangle.
export function segmentHitsRect(s: Segment, rect: Rect): boolean {
  if (rectContains(rect, s.a) || rectContains(rect, s.b)) return true;
  const tl = { x: rect.x, y: rect.y };
  const tr = { x: rect.x + rect.width, y: rect.y };
  const br = { x: rect.x + rect.width, y: rect.y + rect.height };
  const bl = { x: rect.x, y: rect.y + rect.height };
  return (
    segmentsIntersect(s, { a: tl, b: tr }) ||
    segmentsIntersect(s, { a: tr, b: br }) ||
    segmentsIntersect(s, { a: br, b: bl }) ||
    segmentsIntersect(s, { a: bl, b: tl })
  );
}

// The fraction t (0..1) along the ray from the shape's centre towards `toward` at which
// it leaves the shape (1 or more when `toward` is inside the shape).
function exitFraction(shape: Shape, toward: Point): number {
  const c = shapeCenter(shape);
  const dx = toward.x - c.x;
  const dy = toward.y - c.y;
  if (dx === 0 && dy === 0) return 1;
  if (shape.kind === 'ellipse') {
    return 1 / Math.sqrt((dx / shape.rx) ** 2 + (dy / shape.ry) ** 2);
  }
  const hw = shape.rect.width / 2;
  const hh = shape.rect.height / 2;
  const tx = dx === 0 ? Infinity : hw / Math.abs(dx);
  const ty = dy === 0 ? Infinity : hh / Math.abs(dy);
  return Math.min(tx, ty);
}

// Where the line from this shape's centre towards `toward` leaves the shape, `gap` further on.
export function borderPoint(shape: Shape, toward: Point, gap = 0): Point {
  const c = shapeCenter(shape);
  const length = distance(c, toward);
  if (length === 0) return c;
  const t = exitFraction(shape, toward) + gap / length;
  return lerp(c, toward, t);
}

// The line between two shapes' centres, cut at both borders (plus a gap), or null when
// the shapes leave no line between them.
export function clipBetween(from: Shape, to: Shape, gap: number): Segment | null {
  const a = borderPoint(from, shapeCenter(to), gap);
  const b = borderPoint(to, shapeCenter(from), gap);
  const ca = shapeCenter(from);
  const cb = shapeCenter(to);
  // the cut points must keep their order along the centre line
  const total = distance(ca, cb);
  if (total === 0 || distance(ca, a) >= distance(ca, b)) return null;
  return { a, b };
}

// The unit normal (rotated 90 degrees counter-clockwise on screen) of the direction a -> b.
export function unitNormal(a: Point, b: Point): Point {
  const length = distance(a, b) || 1;
  return { x: (b.y - a.y) / length, y: -(b.x - a.x) / length };
}
