import { describe, expect, it } from 'vitest';
import type { DiagramSpec } from './diagram-spec.ts';
import { layoutDiagram } from './diagram-layout.ts';
import { planFigures } from './print-plan.ts';
import { MIN_PRINTED_FONT_PT, POINTS_PER_UNIT, smallestPrintedFontPt } from './print-size.ts';
import type { PrintFrame } from './print-size.ts';
import { makeSpec } from './test-specs.ts';

// A portrait page's figure frame and a landscape page's (16 cm and 24 cm wide), in points.
const FRAMES: PrintFrame[] = [
  { widthPt: 450, heightPt: 600 },
  { widthPt: 690, heightPt: 400 },
];
const SIXTEEN_CM = (16 / 2.54) * 72;
const FIGURE = { title: false, caption: false };

// Three first-generation triangles, one per subject, with labels of two or three lines.
function threeSubjects(): DiagramSpec {
  const spec = makeSpec(1, (kind, s) => `${['Vice principal', 'Middle leader', 'Practitioner'][s] ?? ''}: ${kind}\nworks on the ${kind} of the project`, { triangles: 3 });
  spec.systems.forEach((system, i) => (system.name = ['Vice principal', 'Middle leader', 'Practitioner'][i] ?? ''));
  return spec;
}

function collectiveSystem(): DiagramSpec {
  const spec = makeSpec(2, (kind) => `The ${kind} of the partnership\nas brokers describe it`);
  const id = (kind: string) => spec.systems[0]?.components.find((c) => c.kind === kind)?.id ?? 0;
  spec.tensions = [
    { id: 1, fromId: id('community'), toId: id('division-of-labour'), level: 'secondary', label: 'Shared responsibility against line management', nudgeX: 0, nudgeY: 0 },
    { id: 2, fromId: id('rules'), toId: id('division-of-labour'), level: 'secondary', label: 'Inspection against coaching', nudgeX: 0, nudgeY: 0 },
  ];
  return spec;
}

describe('the smallest printed font size', () => {
  it('is the smallest text size scaled to the print width', () => {
    const layout = layoutDiagram(makeSpec(2, () => 'x'), FIGURE);
    expect(smallestPrintedFontPt(layout, layout.width * POINTS_PER_UNIT)).toBeCloseTo(13 * POINTS_PER_UNIT);
    expect(smallestPrintedFontPt(layout, layout.width * POINTS_PER_UNIT * 2)).toBeCloseTo(13 * POINTS_PER_UNIT * 2);
  });

  it('three triangles side by side at 16 cm print far below 8 pt', () => {
    const layout = layoutDiagram(threeSubjects());
    expect(smallestPrintedFontPt(layout, SIXTEEN_CM)).toBeLessThan(5);
  });
});

describe('planning figures for print', () => {
  it('fits three triangles so that every label prints at least 8 pt', () => {
    const plans = planFigures(threeSubjects(), FRAMES, 'fit', FIGURE);
    for (const plan of plans) {
      expect(plan.smallestFontPt).toBeGreaterThanOrEqual(MIN_PRINTED_FONT_PT);
      const frame = FRAMES[plan.frame] as PrintFrame;
      expect(plan.widthPt).toBeLessThanOrEqual(frame.widthPt + 0.01);
      expect(plan.heightPt).toBeLessThanOrEqual(frame.heightPt + 0.01);
      expect(smallestPrintedFontPt(layoutDiagram(plan.spec, plan.options), plan.widthPt)).toBeCloseTo(plan.smallestFontPt);
    }
  });

  it('puts one triangle per figure when asked, each named by its subject', () => {
    const plans = planFigures(threeSubjects(), FRAMES, 'one-per-figure', FIGURE);
    expect(plans.map((p) => p.part)).toEqual(['Vice principal', 'Middle leader', 'Practitioner']);
    for (const plan of plans) {
      expect(plan.spec.systems).toHaveLength(1);
      expect(plan.smallestFontPt).toBeGreaterThanOrEqual(MIN_PRINTED_FONT_PT);
    }
  });

  it('puts the triangles in rows when asked, and side by side when asked', () => {
    const [rows] = planFigures(threeSubjects(), FRAMES, 'rows', FIGURE);
    expect(rows?.options.perRow).toBeLessThan(3);
    expect(rows?.smallestFontPt).toBeGreaterThanOrEqual(MIN_PRINTED_FONT_PT);
    const [side] = planFigures(threeSubjects(), FRAMES, 'side-by-side', FIGURE);
    expect(side?.options.perRow).toBeUndefined();
  });

  it('prints a second-generation system with tensions on a portrait page at 8 pt or more', () => {
    const [plan] = planFigures(collectiveSystem(), FRAMES, 'fit', FIGURE);
    expect(plan?.frame).toBe(0);
    expect(plan?.smallestFontPt).toBeGreaterThanOrEqual(MIN_PRINTED_FONT_PT);
  });
});
