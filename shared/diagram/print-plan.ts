// How a diagram goes onto the page as figures whose every label prints at least 8 pt:
// the drawing's wrap width, first-generation triangles side by side, in rows or one per
// figure, and the frame (a portrait or a landscape page) it is printed in.
import type { TriangleArrangement } from '../model/diagrams.ts';
import { layoutDiagram } from './diagram-layout.ts';
import type { DiagramSpec } from './diagram-spec.ts';
import type { LayoutOptions } from './layout-types.ts';
import { MIN_PRINTED_FONT_PT, printWidthPt, smallestPrintedFontPt } from './print-size.ts';
import type { PrintFrame } from './print-size.ts';
import { STYLE } from './style.ts';
import { textWidth } from './text-metrics.ts';

export interface FigurePlan {
  // what is drawn: the diagram, or one triangle of it
  spec: DiagramSpec;
  // the triangle's name when the diagram is split one per figure
  part: string | null;
  options: LayoutOptions;
  // which of the frames it prints in
  frame: number;
  widthPt: number;
  heightPt: number;
  smallestFontPt: number;
}

// Narrower wraps and taller systems make a drawing narrower, so it prints larger; tried in this order.
const WRAP_WIDTHS = [STYLE.wrapWidth, 170, 140, 115, 95];
const STRETCHES = [1, 1.3, 1.6, 2, 2.5];

// The widest word of any component's text, boundary object or primary contradiction (a wrap narrower than it would break the word).
function widestWord(spec: DiagramSpec): number {
  const words = [...spec.systems.flatMap((s) => s.components), ...(spec.sharedObject ? [spec.sharedObject] : [])].flatMap((c) => [c.text, ...(c.boundaryObjects ?? []).map((b) => `\u2022 ${b}`)].flatMap((t) => t.split(/\s+/)));
  words.push(...spec.tensions.flatMap((t) => t.label.split(/\s+/)));
  return words.reduce((w, word) => Math.max(w, textWidth(word, STYLE.fontSize)), 0);
}

function evaluate(spec: DiagramSpec, options: LayoutOptions, frames: readonly PrintFrame[], frame: number, part: string | null): FigurePlan {
  const layout = layoutDiagram(spec, options);
  const widthPt = printWidthPt(layout, frames[frame] ?? { widthPt: 450, heightPt: 600 });
  return { spec, part, options, frame, widthPt, heightPt: (widthPt * layout.height) / layout.width, smallestFontPt: smallestPrintedFontPt(layout, widthPt) };
}

// The first arrangement whose labels print at least 8 pt (frames in order, then rows,
// then wraps, then stretches), or the one that prints them largest.
function firstThatFits(spec: DiagramSpec, perRows: readonly (number | undefined)[], frames: readonly PrintFrame[], base: LayoutOptions, part: string | null): { plan: FigurePlan; fits: boolean } {
  let best: FigurePlan | null = null;
  const widest = widestWord(spec);
  const wraps = WRAP_WIDTHS.filter((w, i) => i === 0 || w >= widest);
  for (let frame = 0; frame < frames.length; frame++) {
    for (const perRow of perRows) {
      for (const wrapWidth of wraps) {
        for (const stretch of STRETCHES) {
          const plan = evaluate(spec, { ...base, perRow, wrapWidth, stretch }, frames, frame, part);
          if (plan.smallestFontPt >= MIN_PRINTED_FONT_PT) return { plan, fits: true };
          if (!best || plan.smallestFontPt > best.smallestFontPt + 0.01) best = plan;
        }
      }
    }
  }
  return { plan: best ?? evaluate(spec, base, frames, 0, part), fits: false };
}

// One spec per triangle, with the tensions inside that triangle.
export function splitTriangles(spec: DiagramSpec): { spec: DiagramSpec; part: string }[] {
  return spec.systems.map((system, index) => {
    const ids = new Set(system.components.map((c) => c.id));
    return {
      spec: { ...spec, systems: [system], tensions: spec.tensions.filter((t) => ids.has(t.fromId) && (t.toId === null || ids.has(t.toId))) },
      part: system.name.trim() || `triangle ${index + 1}`,
    };
  });
}

// The figures a diagram prints as, in the given frames (preferred first).
export function planFigures(spec: DiagramSpec, frames: readonly PrintFrame[], arrangement: TriangleArrangement = 'fit', base: LayoutOptions = {}): FigurePlan[] {
  const count = spec.systems.length;
  if (spec.generation !== 1 || count < 2 || arrangement === 'side-by-side') return [firstThatFits(spec, [undefined], frames, base, null).plan];
  const one = () => splitTriangles(spec).map((s) => firstThatFits(s.spec, [undefined], frames, base, s.part).plan);
  if (arrangement === 'one-per-figure') return one();
  const rows = Array.from({ length: count - 1 }, (_, i) => count - 1 - i);
  if (arrangement === 'rows') return [firstThatFits(spec, rows, frames, base, null).plan];
  const together = firstThatFits(spec, [undefined, ...rows], frames, base, null);
  return together.fits ? [together.plan] : one();
}
