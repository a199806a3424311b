// The tables and figures of a report as runs of page blocks: each table under its heading
// with "Table N: ..." above it, sized so no word breaks (on a landscape page when it is
// wide); each figure at the size its plan chose, with "Figure N: ..." below it, on a
// landscape page when it needs one. Numbers count only what is shown.
import { HeadingLevel, ImageRun, Paragraph, TextRun } from 'docx';
import { figureCaption, tableCaption } from './captions.ts';
import { pictureParagraph } from './docx-common.ts';
import type { DiagramFigure } from './figures.ts';
import type { PageRun } from './page-layout.ts';
import { sizedTable } from './word-table.ts';
import type { TableContent } from './word-table.ts';

// A table of the report (a matrix of extracts by role, the alignment of objectives).
export interface ReportTable extends TableContent {
  title: string;
  caption: string;
}

// Points to the pixels (at 96 per inch) docx sizes pictures in.
const PX_PER_PT = 96 / 72;

function heading(text: string): Paragraph {
  return new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(text)] });
}

// The report's tables, each on a page of the orientation it needs (empty ones left out).
export function tableRuns(tables: readonly ReportTable[]): PageRun[] {
  return tables
    .filter((t) => t.rows.length > 0)
    .map((t, i) => {
      const sized = sizedTable(t);
      return { orientation: sized.orientation, children: [heading(t.title), tableCaption(i + 1, t.caption), sized.table] };
    });
}

// One figure: the picture (SVG with a PNG fallback, its description as alt text) and its caption.
export function figureBlocks(figure: DiagramFigure, n: number): Paragraph[] {
  const transformation = { width: Math.round(figure.widthPt * PX_PER_PT), height: Math.round(figure.heightPt * PX_PER_PT) };
  const altText = { name: `Figure ${n}`, title: figure.title, description: figure.description };
  const image = figure.svg
    ? new ImageRun({ type: 'svg', data: Buffer.from(figure.svg, 'utf8'), fallback: { type: 'png', data: figure.png }, transformation, altText })
    : new ImageRun({ type: 'png', data: figure.png, transformation, altText });
  return [pictureParagraph(image), figureCaption(n, figure.caption)];
}

// The report's figures under one heading, each on a page of the orientation it needs.
export function figureRuns(figures: readonly DiagramFigure[]): PageRun[] {
  return figures.map((figure, i) => ({ orientation: figure.orientation, children: [...(i === 0 ? [heading('Figures')] : []), ...figureBlocks(figure, i + 1)] }));
}
