// Builds .docx files for tests and fixtures with the docx package: paragraphs of runs
// (bold or not, line breaks), headings, tables and images.
import { Document, HeadingLevel, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

export type DocxRun = { text: string; bold?: boolean } | { lineBreak: true };

export type DocxItem =
  | { kind: 'paragraph'; runs: DocxRun[] }
  | { kind: 'heading'; text: string; level?: 1 | 2 | 3 }
  | { kind: 'table'; rows: string[][] }
  | { kind: 'image' };

// A 1x1 transparent PNG.
const PNG = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64'));

const LEVELS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

function runs(items: readonly DocxRun[]): TextRun[] {
  const out: TextRun[] = [];
  let pendingBreak = 0;
  for (const item of items) {
    if ('lineBreak' in item) {
      pendingBreak++;
      continue;
    }
    out.push(new TextRun({ text: item.text, bold: item.bold === true, ...(pendingBreak > 0 ? { break: pendingBreak } : {}) }));
    pendingBreak = 0;
  }
  return out;
}

// Shorthand for a paragraph with a bold label and plain text after it.
export function labelled(label: string, text: string): DocxItem {
  return { kind: 'paragraph', runs: [{ text: label, bold: true }, { text }] };
}

// Shorthand for a plain paragraph.
export function plain(text: string): DocxItem {
  return { kind: 'paragraph', runs: [{ text }] };
}

// Writes a .docx holding the items, in order.
export async function makeDocx(items: readonly DocxItem[]): Promise<Uint8Array> {
  const children = items.map((item) => {
    switch (item.kind) {
      case 'paragraph':
        return new Paragraph({ children: runs(item.runs) });
      case 'heading':
        return new Paragraph({ text: item.text, heading: LEVELS[item.level ?? 1] });
      case 'image':
        return new Paragraph({ children: [new ImageRun({ type: 'png', data: PNG, transformation: { width: 10, height: 10 } })] });
      case 'table':
        return new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: item.rows.map((row) => new TableRow({ children: row.map((cell) => new TableCell({ children: [new Paragraph(cell)] })) })),
        });
    }
  });
  const doc = new Document({ creator: 'Activity Lens tests', sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}
