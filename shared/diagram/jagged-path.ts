// The jagged (lightning) line that marks a tension between two components, and the
// bolt drawn inside a component for a primary contradiction.
import { clipBetween, distance, lerp, shapeCenter, unitNormal } from './geometry.ts';
import type { Point, Shape } from './geometry.ts';
import { STYLE } from './style.ts';

// Corner points of a zigzag from a to b: it starts and ends on the straight line and
// swings `amplitude` to either side in between, about every `step` units.
export function zigzag(a: Point, b: Point, amplitude: number = STYLE.jagAmplitude, step: number = STYLE.jagStep): Point[] {
  const length = distance(a, b);
  const count = Math.max(4, Math.min(40, Math.round(length / step)));
  const n = unitNormal(a, b);
  const points: Point[] = [a];
  for (let i = 1; i < count; i++) {
    const base = lerp(a, b, i / count);
    const side = i % 2 === 1 ? 1 : -1;
    points.push({ x: base.x + n.x * amplitude * side, y: base.y + n.y * amplitude * side });
  }
  points.push(b);
  return points;
}

// The jagged path between two components' borders, shifted sideways by `offset` (so two
// tensions between the same pair stay apart).
export function tensionPath(from: Shape, to: Shape, offset = 0): Point[] {
  const clipped = clipBetween(from, to, 4);
  const a = clipped ? clipped.a : shapeCenter(from);
  const b = clipped ? clipped.b : shapeCenter(to);
  if (distance(a, b) === 0) return [a, b];
  const n = unitNormal(a, b);
  const shift = (p: Point): Point => ({ x: p.x + n.x * offset, y: p.y + n.y * offset });
  return zigzag(shift(a), shift(b));
}

// The lightning-bolt polygon of a primary contradiction, in a box whose top-left is (x, y).
export function boltPolygon(x: number, y: number, width: number, height: number): Point[] {
  const p = (fx: number, fy: number): Point => ({ x: x + fx * width, y: y + fy * height });
  return [p(0.55, 0), p(0.05, 0.58), p(0.45, 0.58), p(0.3, 1), p(0.95, 0.38), p(0.55, 0.38), p(0.8, 0)];
}
