// Word tables whose columns never break a word: each column is at least as wide as its
// longest word, measured in DejaVu Sans (the widest of the fonts Word and LibreOffice
// draw our text in, and what LibreOffice uses where Calibri is missing), the rest of the
// width shared by how much text each column holds. A table too wide for a portrait page
// goes on a landscape page, then in a smaller font. Fixed layout, so both programs keep
// the widths.
import { AlignmentType, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from 'docx';
import { textWidth } from '../../shared/diagram/text-metrics.ts';
import type { Orientation } from './page-layout.ts';
import { textWidthTwips } from './page-layout.ts';

export interface TableContent {
  header: string[];
  rows: string[][];
  // columns after the first hold numbers (right-aligned)
  numeric: boolean;
  // or just these columns (0-based) do
  numericColumns?: readonly number[];
}

export interface SizedTable {
  table: Table;
  orientation: Orientation;
  // column widths in twips and the font size in points, as laid out
  widths: number[];
  fontPt: number;
}

// Cell margins left and right, in twips.
const CELL_MARGIN = 100;
// Room for rounding and for the cell borders, in points.
const SLACK_PT = 3;
const FONT_SIZES = [9, 8, 7] as const;
const MAX_PREFERRED_PT = 320;

// The text with a break allowed after each slash between words (node paths), invisibly.
export function breakableText(text: string): string {
  return text.replace(/\/(?=\S)/g, '/\u200b');
}

// The pieces a line may break between: at spaces, after hyphens and after slashes.
export function unbreakablePieces(text: string): string[] {
  return text.split(/\s+|(?<=[-/\u200b])/).filter((p) => p.replace(/\u200b/g, '') !== '');
}

function widthPt(text: string, fontPt: number, bold: boolean): number {
  return textWidth(text.replace(/\u200b/g, ''), fontPt, bold ? 'bold' : 'regular');
}

interface ColumnNeeds {
  least: number[];
  preferred: number[];
}

// Each column's narrowest width (its longest word) and its preferred width (its longest line), in points.
export function columnNeeds(content: TableContent, fontPt: number): ColumnNeeds {
  const pad = (2 * CELL_MARGIN) / 20 + SLACK_PT;
  const columns = content.header.length;
  const least = Array.from({ length: columns }, () => pad);
  const preferred = Array.from({ length: columns }, () => pad);
  const measure = (text: string, c: number, bold: boolean) => {
    for (const line of text.split(/\r?\n/)) {
      for (const piece of unbreakablePieces(line)) least[c] = Math.max(least[c] ?? 0, widthPt(piece, fontPt, bold) + pad);
      preferred[c] = Math.max(preferred[c] ?? 0, Math.min(MAX_PREFERRED_PT, widthPt(line, fontPt, bold) + pad));
    }
  };
  content.header.forEach((h, c) => measure(h, c, true));
  for (const row of content.rows) row.forEach((v, c) => c < columns && measure(v, c, false));
  return { least, preferred: preferred.map((p, c) => Math.max(p, least[c] ?? 0)) };
}

// Shares a width between columns: everyone gets its least, the rest by what each still wants.
export function shareWidth(needs: ColumnNeeds, availablePt: number): number[] {
  const least = needs.least.reduce((a, b) => a + b, 0);
  const preferred = needs.preferred.reduce((a, b) => a + b, 0);
  if (preferred <= availablePt) return needs.preferred.map((p) => (p * availablePt) / preferred);
  const wanting = preferred - least;
  return needs.least.map((l, c) => l + ((availablePt - least) * ((needs.preferred[c] ?? l) - l)) / Math.max(wanting, 1e-9));
}

// Chooses the page and font size at which every word fits its column, and the widths.
export function planColumns(content: TableContent): { orientation: Orientation; fontPt: number; widthsPt: number[] } {
  for (const orientation of ['portrait', 'landscape'] as const) {
    for (const fontPt of FONT_SIZES) {
      const needs = columnNeeds(content, fontPt);
      const available = textWidthTwips(orientation) / 20;
      if (needs.least.reduce((a, b) => a + b, 0) <= available) return { orientation, fontPt, widthsPt: shareWidth(needs, available) };
    }
  }
  // words longer than a landscape page: the smallest font, columns by their share
  const fontPt = FONT_SIZES[FONT_SIZES.length - 1] ?? 7;
  const needs = columnNeeds(content, fontPt);
  const available = textWidthTwips('landscape') / 20;
  const total = needs.least.reduce((a, b) => a + b, 0);
  return { orientation: 'landscape', fontPt, widthsPt: needs.least.map((l) => (l * available) / total) };
}

// Widths in whole twips that add up to the text width exactly.
function toTwips(widthsPt: readonly number[], totalTwips: number): number[] {
  const twips = widthsPt.map((w) => Math.floor(w * 20));
  const rest = totalTwips - twips.reduce((a, b) => a + b, 0);
  if (twips.length > 0) twips[twips.length - 1] = (twips[twips.length - 1] ?? 0) + rest;
  return twips;
}

// A table sized so that no word breaks, with a repeated header row.
export function sizedTable(content: TableContent): SizedTable {
  const plan = planColumns(content);
  const widths = toTwips(plan.widthsPt, textWidthTwips(plan.orientation));
  const size = plan.fontPt * 2;
  const cell = (text: string, c: number, bold: boolean) =>
    new TableCell({
      width: { size: widths[c] ?? 0, type: WidthType.DXA },
      children: text.split(/\r?\n/).map(
        (line) =>
          new Paragraph({
            alignment: (content.numericColumns ? content.numericColumns.includes(c) : content.numeric && c > 0) ? AlignmentType.RIGHT : AlignmentType.LEFT,
            spacing: { before: 0, after: 0 },
            children: [new TextRun({ text: breakableText(line), bold, size })],
          }),
      ),
    });
  const header = new TableRow({ tableHeader: true, cantSplit: true, children: content.header.map((h, c) => cell(h, c, true)) });
  const rows = content.rows.map((r) => new TableRow({ cantSplit: r.join('').length < 600, children: content.header.map((_, c) => cell(r[c] ?? '', c, false)) }));
  const table = new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: { left: CELL_MARGIN, right: CELL_MARGIN, top: 40, bottom: 40 },
    rows: [header, ...rows],
  });
  return { table, orientation: plan.orientation, widths, fontPt: plan.fontPt };
}
