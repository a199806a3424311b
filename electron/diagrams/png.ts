// A diagram's SVG as PNG: drawn by @resvg/resvg-js with the bundled DejaVu Sans only (no
// system fonts), so the PNG, the Word figure and the screen use the same glyphs; sized in
// pixels for a print width at 300 dpi, with that resolution recorded in the file.
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import { ApiError } from '../../shared/errors.ts';
import type { DiagramSpec } from '../../shared/diagram/diagram-spec.ts';
import type { LayoutOptions } from '../../shared/diagram/layout-types.ts';
import { renderDiagramSvg } from '../../shared/diagram/render-svg.ts';
import { DIAGRAM_FONT_FAMILY } from '../../shared/diagram/text-metrics.ts';

export const PRINT_DPI = 300;
export const DEFAULT_PRINT_WIDTH_CM = 16;
export const MIN_PRINT_WIDTH_CM = 2;
export const MAX_PRINT_WIDTH_CM = 120;
// about 240 MB of pixels while drawing
const MAX_PIXELS = 60_000_000;

const FONT_NAMES = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' } as const;

// The pixel width of a print width in centimetres at 300 dpi.
export function pixelsForPrint(widthCm: number, dpi: number = PRINT_DPI): number {
  return Math.round((widthCm / 2.54) * dpi);
}

// Copies a font out of an asar archive (resvg reads real files only).
function realFile(file: string): string {
  if (!file.includes(`.asar${sep}`)) return file;
  const dir = join(tmpdir(), 'activity-lens-fonts');
  mkdirSync(dir, { recursive: true });
  const target = join(dir, basename(file));
  if (!existsSync(target)) copyFileSync(file, target);
  return target;
}

// The bundled font files: assets/fonts in a checkout, or the copies the renderer build
// carries (dist/renderer/assets/DejaVuSans-<hash>.ttf) in a packaged app.
export function diagramFontFiles(): string[] {
  const folders = [new URL('../../assets/fonts/', import.meta.url), new URL('../assets/fonts/', import.meta.url)].map((u) => fileURLToPath(u));
  for (const folder of folders) {
    const files = [join(folder, FONT_NAMES.regular), join(folder, FONT_NAMES.bold)];
    if (files.every((f) => existsSync(f))) return files.map(realFile);
  }
  const built = fileURLToPath(new URL('../renderer/assets/', import.meta.url));
  if (existsSync(built)) {
    const names = readdirSync(built);
    const regular = names.find((n) => /^DejaVuSans-[\w-]{8}\.ttf$/.test(n));
    const bold = names.find((n) => /^DejaVuSans-Bold-[\w-]{8}\.ttf$/.test(n));
    if (regular && bold) return [join(built, regular), join(built, bold)].map(realFile);
  }
  throw new ApiError('INTERNAL', 'The diagram font (DejaVu Sans) is missing from this installation, so diagrams cannot be drawn as PNG. Export SVG instead, or reinstall Activity Lens.');
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

// The PNG with a pHYs chunk saying `dpi`, so Word and print dialogs size it as intended.
export function withResolution(png: Buffer, dpi: number): Buffer {
  const ihdrEnd = 8 + 4 + 4 + 13 + 4;
  if (png.length < ihdrEnd || png.toString('latin1', 12, 16) !== 'IHDR') return png;
  const perMetre = Math.round(dpi / 0.0254);
  const data = Buffer.alloc(9);
  data.writeUInt32BE(perMetre, 0);
  data.writeUInt32BE(perMetre, 4);
  data.writeUInt8(1, 8);
  const typeAndData = Buffer.concat([Buffer.from('pHYs', 'latin1'), data]);
  const chunk = Buffer.alloc(4 + typeAndData.length + 4);
  chunk.writeUInt32BE(data.length, 0);
  typeAndData.copy(chunk, 4);
  chunk.writeUInt32BE(crc32(typeAndData), 4 + typeAndData.length);
  return Buffer.concat([png.subarray(0, ihdrEnd), chunk, png.subarray(ihdrEnd)]);
}

// Draws an SVG as PNG `widthPx` wide (height in proportion) with the bundled font.
export function svgToPng(svg: string, widthPx: number, dpi: number = PRINT_DPI): { png: Buffer; width: number; height: number } {
  const resvg = new Resvg(svg, {
    font: { loadSystemFonts: false, fontFiles: diagramFontFiles(), defaultFontFamily: DIAGRAM_FONT_FAMILY, sansSerifFamily: DIAGRAM_FONT_FAMILY },
    fitTo: { mode: 'width', value: widthPx },
    background: '#ffffff',
    shapeRendering: 2,
    textRendering: 1,
  });
  const heightPx = Math.round((resvg.height / resvg.width) * widthPx);
  if (widthPx * heightPx > MAX_PIXELS) {
    throw new ApiError('TOO_LARGE', `A PNG of ${widthPx} × ${heightPx} pixels is too large to draw; choose a smaller print width or export SVG.`);
  }
  const image = resvg.render();
  return { png: withResolution(image.asPng(), dpi), width: image.width, height: image.height };
}

// Checks a print width in centimetres.
export function checkPrintWidth(widthCm: number): void {
  if (!Number.isFinite(widthCm) || widthCm < MIN_PRINT_WIDTH_CM || widthCm > MAX_PRINT_WIDTH_CM) {
    throw new ApiError('BAD_INPUT', `Choose a print width between ${MIN_PRINT_WIDTH_CM} and ${MAX_PRINT_WIDTH_CM} cm.`);
  }
}

// A drawing as a printed figure: its SVG (laid out as planned) and a PNG at 300 dpi for
// its print width in points (what a Word report embeds).
export function drawPrintFigure(spec: DiagramSpec, layout: LayoutOptions, widthPt: number): { png: Buffer; svg: string; widthPx: number; heightPx: number } {
  const { svg } = renderDiagramSvg(spec, { layout });
  const { png, width, height } = svgToPng(svg, Math.max(1, Math.round((widthPt / 72) * PRINT_DPI)));
  return { png, svg, widthPx: width, heightPx: height };
}
