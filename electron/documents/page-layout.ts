// The pages of our Word documents: A4 with 2.54 cm margins, portrait or landscape, and
// the room a figure or a table has on each; blocks grouped into sections by orientation
// (every section with the running header and page numbers).
import { PageOrientation } from 'docx';
import type { ISectionOptions } from 'docx';
import type { PrintFrame } from '../../shared/diagram/print-size.ts';
import { pageNumberFooter, titleHeader } from './docx-common.ts';

export type Orientation = 'portrait' | 'landscape';

type Block = ISectionOptions['children'][number];

// The blocks of one stretch of pages that share an orientation.
export interface PageRun {
  orientation: Orientation;
  children: Block[];
}

const A4 = { width: 11906, height: 16838 } as const;
const MARGIN = 1440;

// The width text runs across, in twips (1/20 pt).
export function textWidthTwips(orientation: Orientation): number {
  return (orientation === 'portrait' ? A4.width : A4.height) - 2 * MARGIN;
}

// The room a figure's picture has on a page (its caption and a heading fit beside it), in points.
export const FIGURE_FRAMES: Readonly<Record<Orientation, PrintFrame>> = {
  portrait: { widthPt: 450, heightPt: 600 },
  landscape: { widthPt: 690, heightPt: 390 },
};

// Joins runs of blocks into sections, one per change of orientation.
export function orientedSections(title: string, runs: readonly PageRun[]): ISectionOptions[] {
  const merged: PageRun[] = [];
  for (const run of runs) {
    const last = merged[merged.length - 1];
    if (last && last.orientation === run.orientation) last.children.push(...run.children);
    else if (run.children.length > 0) merged.push({ orientation: run.orientation, children: [...run.children] });
  }
  if (merged.length === 0) merged.push({ orientation: 'portrait', children: [] });
  return merged.map((run) => ({
    properties: {
      page: {
        size: { width: A4.width, height: A4.height, orientation: run.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
      },
    },
    headers: { default: titleHeader(title) },
    footers: { default: pageNumberFooter() },
    children: run.children,
  }));
}
