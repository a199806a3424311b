// Exporting a diagram as SVG or as PNG at 300 dpi for a print width: the bytes for the
// app to save, or a file for the command line.
import { existsSync, statSync } from 'node:fs';
import { dirname, extname } from 'node:path';
import { checkSvg } from '../anonymise/leak-check.ts';
import { writeFileAtomic } from '../infra/atomic-write.ts';
import { exportMatcher } from '../documents/extracts-export.ts';
import { refuseLeaks } from '../anonymise/refuse-leaks.ts';
import { ApiError } from '../../shared/errors.ts';
import { specFromDetail } from '../../shared/diagram/diagram-spec.ts';
import { renderDiagramSvg } from '../../shared/diagram/render-svg.ts';
import type { DiagramExport } from '../../shared/model/diagrams.ts';
import type { Store } from '../db/store.ts';
import { checkPrintWidth, DEFAULT_PRINT_WIDTH_CM, pixelsForPrint, svgToPng } from './png.ts';
import { getDiagram } from './read.ts';

export type DiagramFormat = 'svg' | 'png';

// A file name from a diagram's title (letters, digits, dashes).
export function diagramFileName(title: string, format: DiagramFormat): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .toLowerCase();
  return `${slug || 'diagram'}.${format}`;
}

// Draws a diagram as SVG, or as PNG `widthCm` wide at 300 dpi.
export function exportDiagram(store: Store, id: number, options: { format: DiagramFormat; widthCm?: number }): DiagramExport & { bytes: Buffer } {
  const detail = getDiagram(store, id);
  const rendered = renderDiagramSvg(specFromDetail(detail));
  // diagrams leave the project like every other export: only without real names
  refuseLeaks(checkSvg(exportMatcher(store), rendered.svg, `diagram "${detail.title}"`));
  const fileName = diagramFileName(detail.title, options.format);
  if (options.format === 'svg') {
    const bytes = Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\n${rendered.svg}\n`, 'utf8');
    return { fileName, mimeType: 'image/svg+xml', bytesBase64: bytes.toString('base64'), widthPx: rendered.width, heightPx: rendered.height, bytes };
  }
  const widthCm = options.widthCm ?? DEFAULT_PRINT_WIDTH_CM;
  checkPrintWidth(widthCm);
  const { png, width, height } = svgToPng(rendered.svg, pixelsForPrint(widthCm));
  return { fileName, mimeType: 'image/png', bytesBase64: png.toString('base64'), widthPx: width, heightPx: height, bytes: png };
}

// Writes a diagram to an .svg or .png file (the format follows the extension).
export function writeDiagramFile(store: Store, id: number, outPath: string, widthCm?: number): DiagramExport & { bytes: Buffer } {
  const ext = extname(outPath).toLowerCase();
  if (ext !== '.svg' && ext !== '.png') throw new ApiError('BAD_INPUT', `Name the output file .svg or .png (got "${ext || 'no extension'}").`);
  const folder = dirname(outPath);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new ApiError('IO', `The folder ${folder} does not exist.`);
  const result = exportDiagram(store, id, { format: ext === '.svg' ? 'svg' : 'png', widthCm });
  writeFileAtomic(outPath, result.bytes);
  return result;
}
