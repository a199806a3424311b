// A mirror-data handout for a Change Laboratory session (Virkkunen and Newnham 2013):
// chosen extracts shown back to participants, grouped by the contradiction they show, in
// large print, each with a box for the participant's notes, and questions to work on under
// every contradiction. The caller anonymises the extracts and leak-checks the packed file.
import { AlignmentType, BorderStyle, HeadingLevel, HeightRule, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from 'docx';
import { neutralDocument } from './docx-common.ts';
import type { Extract } from './extracts.ts';
import { orientedSections, textWidthTwips } from './page-layout.ts';

// One group of the handout: a contradiction (or a tension not followed across phases) and its extracts.
export interface MirrorGroup {
  heading: string;
  // what it lies between and in which phases, in a line
  about: string;
  extracts: Extract[];
}

// Large print: 16 pt body text and quotes (half-points as Word counts them).
const BODY = 32;
const SMALL = 26;
// the notes box under each extract: at least 3.5 cm high
const NOTES_HEIGHT = 1985;
const QUESTIONS = ['What do these extracts show about how the work is done now?', 'Where does the tension come from: its history, its rules, who does what?', 'What could we try differently?'];

function notesBox(): Table {
  const width = textWidthTwips('portrait');
  const border = { style: BorderStyle.SINGLE, size: 6, color: '7F7F7F' };
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: [width],
    layout: TableLayoutType.FIXED,
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: [
      new TableRow({
        height: { value: NOTES_HEIGHT, rule: HeightRule.ATLEAST },
        cantSplit: true,
        children: [new TableCell({ width: { size: width, type: WidthType.DXA }, children: [new Paragraph({ children: [new TextRun({ text: 'Notes', size: SMALL, color: '595959' })] })] })],
      }),
    ],
  });
}

// The quote in quotation marks (unless it is itself quoted speech).
function quoted(text: string): string {
  const quote = text.replace(/\s*\n\s*/g, ' ').trim();
  return /^["“‘']/.test(quote) ? quote : `“${quote}”`;
}

function extractBlocks(extract: Extract, n: number): (Paragraph | Table)[] {
  const quote = quoted(extract.pieces.map((p) => p.text).join(''));
  return [
    new Paragraph({
      keepNext: true,
      keepLines: true,
      spacing: { before: 240, after: 80 },
      indent: { left: 360 },
      children: [new TextRun({ text: `${n}. `, bold: true, size: BODY }), new TextRun({ text: quote, size: BODY })],
    }),
    new Paragraph({ keepNext: true, alignment: AlignmentType.RIGHT, spacing: { after: 120 }, children: [new TextRun({ text: `(${extract.attribution})`, size: SMALL, italics: true })] }),
    notesBox(),
  ];
}

function groupBlocks(group: MirrorGroup, first: number, newPage: boolean): (Paragraph | Table)[] {
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: newPage, children: [new TextRun({ text: group.heading, size: 40 })] }),
    new Paragraph({ spacing: { after: 200 }, children: [new TextRun({ text: group.about, size: SMALL, color: '404040' })] }),
    ...group.extracts.flatMap((e, i) => extractBlocks(e, first + i)),
    new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 360 }, keepNext: true, children: [new TextRun({ text: 'To work on together', size: 30 })] }),
    ...QUESTIONS.flatMap((q) => [new Paragraph({ keepNext: true, spacing: { before: 160, after: 80 }, children: [new TextRun({ text: q, size: BODY })] }), notesBox()]),
  ];
}

// Builds the handout from groups whose extracts are already anonymised.
export function buildMirrorDataDocument(title: string, groups: readonly MirrorGroup[]) {
  const total = groups.reduce((n, g) => n + g.extracts.length, 0);
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: title, size: 56 })] }),
    new Paragraph({
      spacing: { after: 240 },
      children: [
        new TextRun({
          text: `${total} extract${total === 1 ? '' : 's'} from the interviews and reports, grouped by the contradiction they show. Names have been replaced; each extract says whose role it comes from, never who said it. Read them, note what you see beside each one, and bring your notes to the discussion.`,
          size: BODY,
        }),
      ],
    }),
  ];
  let n = 1;
  for (const [i, group] of groups.entries()) {
    // each contradiction starts a page of its own, the first one under the introduction
    children.push(...groupBlocks(group, n, i > 0));
    n += group.extracts.length;
  }
  return neutralDocument(title, orientedSections(title, [{ orientation: 'portrait', children }]));
}
