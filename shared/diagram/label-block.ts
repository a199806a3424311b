// A component's label as drawn: the heading, the researcher's text wrapped in the bundled
// font, and the labels of primary contradictions inside it; measured to a box.
import { componentHeading } from '../model/diagrams.ts';
import type { DiagramComponentKind, DiagramGeneration } from '../model/diagrams.ts';
import { STYLE } from './style.ts';
import { fontExtent, textWidth } from './text-metrics.ts';
import type { FontWeight } from './text-metrics.ts';
import { wrapText } from './wrap-text.ts';

export interface LabelLine {
  text: string;
  size: number;
  weight: FontWeight;
  color: string;
  width: number;
  // the primary contradiction this line belongs to (clicking it selects the tension)
  tensionId: number | null;
}

export interface LabelBlock {
  lines: LabelLine[];
  // size of the text area including padding
  width: number;
  height: number;
  // the heading carries a contradiction mark at its left
  marked: boolean;
}

function line(text: string, size: number, weight: FontWeight, color: string, tensionId: number | null = null): LabelLine {
  return { text, size, weight, color, width: textWidth(text, size, weight), tensionId };
}

// The height one line of this size takes.
export function lineHeight(size: number): number {
  return Math.ceil(size * STYLE.lineHeight);
}

// Where a line's baseline sits below the top of its line box.
export function baselineOffset(size: number, weight: FontWeight = 'regular'): number {
  const { ascent, descent } = fontExtent(size, weight);
  return (lineHeight(size) - (ascent + descent)) / 2 + ascent;
}

// Measures a list of lines (no padding).
export function measureLines(lines: readonly LabelLine[]): { width: number; height: number } {
  return { width: lines.reduce((w, l) => Math.max(w, l.width), 0), height: lines.reduce((h, l) => h + lineHeight(l.size), 0) };
}

// The boundary objects a shared object carries: a heading and one bulleted name each.
function boundaryLines(names: readonly string[], wrapWidth: number): LabelLine[] {
  if (names.length === 0) return [];
  const items = names.flatMap((n) => wrapText(`\u2022 ${n}`, wrapWidth, STYLE.fontSize).map((t) => line(t, STYLE.fontSize, 'regular', STYLE.colors.text)));
  return [line('Boundary objects', STYLE.fontSize, 'bold', STYLE.colors.muted), ...items];
}

// The label of one component with its primary contradictions (and a shared object's
// boundary objects), its text wrapped at `wrapWidth`.
export function componentBlock(
  kind: DiagramComponentKind,
  generation: DiagramGeneration,
  text: string,
  primaries: readonly { id: number; label: string }[],
  wrapWidth: number = STYLE.wrapWidth,
  boundaryObjects: readonly string[] = [],
): LabelBlock {
  const heading = line(componentHeading(kind, generation), STYLE.headingSize, 'bold', STYLE.colors.heading);
  const body = wrapText(text, wrapWidth, STYLE.fontSize).map((t) => line(t, STYLE.fontSize, 'regular', STYLE.colors.text));
  const tensionLines = primaries.flatMap((p) =>
    wrapText(p.label || 'Primary contradiction', wrapWidth, STYLE.tensionLabelSize).map((t) => line(t, STYLE.tensionLabelSize, 'regular', STYLE.colors.tensionText, p.id)),
  );
  const lines = [heading, ...body, ...boundaryLines(boundaryObjects, wrapWidth), ...tensionLines];
  const marked = primaries.length > 0;
  const measured = measureLines(lines);
  const headingWidth = heading.width + (marked ? STYLE.markWidth + STYLE.markGap : 0);
  return {
    lines,
    width: Math.ceil(Math.max(measured.width, headingWidth) + 2 * STYLE.padding),
    height: Math.ceil(measured.height + 2 * STYLE.padding),
    marked,
  };
}

// The label of a tension between two components (no lines when it has no text).
export function tensionLabelLines(label: string, wrapWidth: number = STYLE.tensionWrapWidth): LabelLine[] {
  return wrapText(label, wrapWidth, STYLE.tensionLabelSize).map((t) => line(t, STYLE.tensionLabelSize, 'regular', STYLE.colors.tensionText));
}

// Lines of free text (title, caption, system names) wrapped to a width.
export function textLines(text: string, width: number, size: number, weight: FontWeight, color: string): LabelLine[] {
  return wrapText(text, width, size, weight).map((t) => line(t, size, weight, color));
}
