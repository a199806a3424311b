// Where a tension's label goes: beside its jagged line, on the outer side if it can, at
// the first place along the line that covers no text, no label and no line; failing
// that, the nearest free place around the line's middle (the drawing grows to hold it).
import { distance, inflate, rectsOverlap, segmentHitsRect } from './geometry.ts';
import type { Point, Rect } from './geometry.ts';
import { measureLines } from './label-block.ts';
import type { LabelLine } from './label-block.ts';
import { STYLE } from './style.ts';
import { pointAlong, polylineLength } from './tension-route.ts';

// A line drawn in the diagram (an edge, an arrow, a jagged line) with its bounds.
export interface DrawnLine {
  points: readonly Point[];
  bounds: Rect;
}

export interface LabelObstacles {
  // text boxes, ovals and labels already placed
  boxes: Rect[];
  lines: DrawnLine[];
}

const BOX_MARGIN = 3;
const LINE_MARGIN = 4;

// A drawn line with its bounds, for the label search.
export function drawnLine(points: readonly Point[]): DrawnLine {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { points, bounds: { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y } };
}

// Tells whether a label placed here would cover anything.
export function labelCovers(box: Rect, obstacles: LabelObstacles): boolean {
  for (const other of obstacles.boxes) if (rectsOverlap(inflate(other, BOX_MARGIN), box)) return true;
  const padded = inflate(box, LINE_MARGIN);
  for (const line of obstacles.lines) {
    if (!rectsOverlap(inflate(line.bounds, 1), padded)) continue;
    for (let i = 1; i < line.points.length; i++) if (segmentHitsRect({ a: line.points[i - 1] as Point, b: line.points[i] as Point }, padded)) return true;
  }
  return false;
}

function boxAt(center: Point, width: number, height: number): Rect {
  return { x: center.x - width / 2, y: center.y - height / 2, width, height };
}

// Places along the line, both sides, a little further out each round.
function besideTheLine(path: readonly Point[], width: number, height: number, centroid: Point): Rect[] {
  const length = polylineLength(path);
  const out: Rect[] = [];
  for (const extra of [0, 14, 28, 44]) {
    for (const outer of [true, false]) {
      for (const along of [0.5, 0.38, 0.62, 0.26, 0.74, 0.14, 0.86]) {
        const { point, normal } = pointAlong(path, length * along);
        const outward = distance({ x: point.x + normal.x, y: point.y + normal.y }, centroid) >= distance({ x: point.x - normal.x, y: point.y - normal.y }, centroid) ? 1 : -1;
        const side = outer ? outward : -outward;
        const reach = Math.abs(normal.x) * (width / 2) + Math.abs(normal.y) * (height / 2) + STYLE.jagAmplitude + LINE_MARGIN + 2 + extra;
        out.push(boxAt({ x: point.x + side * normal.x * reach, y: point.y + side * normal.y * reach }, width, height));
      }
    }
  }
  return out;
}

// The label's box (padding included), clear of every obstacle.
export function placeTensionLabel(lines: readonly LabelLine[], path: readonly Point[], centroid: Point, obstacles: LabelObstacles): Rect {
  const size = measureLines(lines);
  const width = size.width + 2 * STYLE.padding;
  const height = size.height + 2 * STYLE.padding;
  for (const box of besideTheLine(path, width, height, centroid)) if (!labelCovers(box, obstacles)) return box;
  const middle = pointAlong(path, polylineLength(path) / 2).point;
  for (let radius = 16; radius < 6000; radius += 12) {
    const steps = Math.min(48, Math.max(12, Math.round((2 * Math.PI * radius) / 24)));
    for (let k = 0; k < steps; k++) {
      // start below and go round, so a label pushed out lands under the line first
      const angle = Math.PI / 2 + (2 * Math.PI * k) / steps;
      const box = boxAt({ x: middle.x + radius * Math.cos(angle), y: middle.y + radius * Math.sin(angle) }, width, height);
      if (!labelCovers(box, obstacles)) return box;
    }
  }
  return boxAt(middle, width, height);
}
