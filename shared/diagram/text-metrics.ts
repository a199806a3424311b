// Measures text in the bundled diagram font (DejaVu Sans, assets/fonts) from the advance
// widths and kerning pairs scripts/extract-diagram-font-metrics.mjs extracted, so the
// pure layout code wraps labels exactly as resvg and the renderer will draw them.
import metrics from './dejavu-sans-metrics.json' with { type: 'json' };

export type FontWeight = 'regular' | 'bold';

// The family name SVG text asks for (the bundled font's own name).
export const DIAGRAM_FONT_FAMILY = 'DejaVu Sans';

interface Face {
  unitsPerEm: number;
  ascender: number;
  descender: number;
  missingWidth: number;
  widths: Map<number, number>;
  kerning: Map<string, number>;
}

const faces = new Map<FontWeight, Face>();

function load(weight: FontWeight): Face {
  const cached = faces.get(weight);
  if (cached) return cached;
  const raw = weight === 'bold' ? metrics.bold : metrics.regular;
  const widths = new Map<number, number>();
  for (const [start, run] of raw.widthRuns) {
    if (typeof start !== 'number' || !Array.isArray(run)) throw new Error('The diagram font metrics are damaged (width runs).');
    run.forEach((w, i) => widths.set(start + i, w));
  }
  const kerning = new Map<string, number>();
  for (const [pair, value] of raw.kerning) {
    if (typeof pair !== 'string' || typeof value !== 'number') throw new Error('The diagram font metrics are damaged (kerning).');
    kerning.set(pair, value);
  }
  const face: Face = { unitsPerEm: raw.unitsPerEm, ascender: raw.ascender, descender: raw.descender, missingWidth: raw.missingWidth, widths, kerning };
  faces.set(weight, face);
  return face;
}

// The width of one line of text in drawing units at a font size.
export function textWidth(text: string, fontSize: number, weight: FontWeight = 'regular'): number {
  const face = load(weight);
  let units = 0;
  let previous = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    units += face.widths.get(cp) ?? face.missingWidth;
    if (previous) units += face.kerning.get(previous + ch) ?? 0;
    previous = ch;
  }
  return (units / face.unitsPerEm) * fontSize;
}

// The font's ascent and descent (positive, in drawing units) at a font size.
export function fontExtent(fontSize: number, weight: FontWeight = 'regular'): { ascent: number; descent: number } {
  const face = load(weight);
  return { ascent: (face.ascender / face.unitsPerEm) * fontSize, descent: (-face.descender / face.unitsPerEm) * fontSize };
}

// Tells whether the bundled font has a glyph for a character (others draw as a box).
export function hasGlyph(ch: string, weight: FontWeight = 'regular'): boolean {
  return load(weight).widths.has(ch.codePointAt(0) ?? 0);
}
