// How big a diagram's text prints: the smallest font size, in points, of a laid-out
// diagram drawn at a print width, and the widest print that fits a frame on the page.
import type { DiagramLayout } from './layout-types.ts';

// The smallest font size a printed label may have.
export const MIN_PRINTED_FONT_PT = 8;

// One drawing unit is a CSS pixel: 0.75 pt when a drawing prints at its natural size.
export const POINTS_PER_UNIT = 0.75;

// The space a figure may take on the page, in points.
export interface PrintFrame {
  widthPt: number;
  heightPt: number;
}

// Every font size used in a laid-out diagram, in drawing units.
export function layoutFontSizes(layout: DiagramLayout): number[] {
  return [
    ...layout.nodes.flatMap((n) => n.block.lines.map((l) => l.size)),
    ...layout.tensions.flatMap((t) => (t.label ? t.label.lines.map((l) => l.size) : [])),
    ...layout.texts.map((t) => t.size),
  ];
}

// The smallest font size, in points, of any text of the diagram printed `widthPt` wide.
export function smallestPrintedFontPt(layout: DiagramLayout, widthPt: number): number {
  const sizes = layoutFontSizes(layout);
  if (sizes.length === 0 || layout.width <= 0) return Infinity;
  return (Math.min(...sizes) * widthPt) / layout.width;
}

// The widest a diagram can print in a frame keeping its proportions, and never larger
// than `maxScale` times its natural size.
export function printWidthPt(layout: DiagramLayout, frame: PrintFrame, maxScale = 4 / 3): number {
  return Math.min(frame.widthPt, (frame.heightPt * layout.width) / Math.max(layout.height, 1), layout.width * POINTS_PER_UNIT * maxScale);
}
