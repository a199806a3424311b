// A transcript for checking coding on paper, the way the method's author checked NVivo
// coding: a two-column table, each turn's text on the left (anonymised by default) and,
// on the right, the codes applied to that turn with room for handwritten notes.
import { BorderStyle, HeadingLevel, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from 'docx';
import { neutralDocument, NOTE_STYLE, section } from './docx-common.ts';
import { textWidthTwips } from './page-layout.ts';

export interface TranscriptRow {
  // "Turn 12" or "Para 12", with the timestamp when there is one
  label: string;
  // the turn's text (already anonymised unless the caller chose real names)
  pieces: { text: string; replaced: boolean }[];
  // node paths coded in this turn; "(part)" when a coding covers only some of it
  codes: string[];
  interviewer: boolean;
}

export interface TranscriptDocument {
  title: string;
  // one line under the title: reference, kind, round, mode
  subtitle: string;
  rows: TranscriptRow[];
  // a warning printed at the top when real names were kept
  warning: string | null;
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: 'BFBFBF' };
// the text column and the notes column, in twips (fixed, so Word and LibreOffice agree)
const TEXT_WIDTH = Math.round(textWidthTwips('portrait') * 0.65);
const NOTES_WIDTH = textWidthTwips('portrait') - TEXT_WIDTH;

function textCell(row: TranscriptRow): TableCell {
  const lines: TextRun[] = [new TextRun({ text: row.label, bold: true, size: 16, color: '7F7F7F' }), new TextRun({ text: '', break: 1 })];
  for (const piece of row.pieces) {
    piece.text.split('\n').forEach((line, i) => lines.push(new TextRun({ text: line, break: i > 0 ? 1 : undefined, italics: row.interviewer, bold: piece.replaced ? false : undefined })));
  }
  return new TableCell({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER }, children: [new Paragraph({ children: lines })] });
}

function notesCell(row: TranscriptRow): TableCell {
  const codes = row.codes.map((c) => new Paragraph({ children: [new TextRun({ text: c, size: 16, color: '2F5496' })] }));
  return new TableCell({ width: { size: NOTES_WIDTH, type: WidthType.DXA }, borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER }, children: codes.length > 0 ? codes : [new Paragraph('')] });
}

// Builds the transcript-for-checking document.
export function buildTranscriptDocument(input: TranscriptDocument) {
  const children = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(input.title)] }),
    new Paragraph({ style: NOTE_STYLE, children: [new TextRun(input.subtitle)] }),
    ...(input.warning ? [new Paragraph({ children: [new TextRun({ text: input.warning, bold: true, color: 'C00000' })] })] : []),
    new Table({
      width: { size: TEXT_WIDTH + NOTES_WIDTH, type: WidthType.DXA },
      columnWidths: [TEXT_WIDTH, NOTES_WIDTH],
      layout: TableLayoutType.FIXED,
      rows: [
        new TableRow({
          tableHeader: true,
          children: [
            new TableCell({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, children: [new Paragraph({ children: [new TextRun({ text: 'Text', bold: true })] })] }),
            new TableCell({ width: { size: NOTES_WIDTH, type: WidthType.DXA }, children: [new Paragraph({ children: [new TextRun({ text: 'Codes and notes', bold: true })] })] }),
          ],
        }),
        ...input.rows.map((row) => new TableRow({ cantSplit: false, children: [textCell(row), notesCell(row)] })),
      ],
    }),
  ];
  return neutralDocument(input.title, [section(input.title, children)]);
}
