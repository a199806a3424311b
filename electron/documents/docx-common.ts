// What every Word export of Activity Lens shares: neutral document properties (no
// author, no user name, no project name), Word's own heading, Quote and Caption styles
// (so the Navigation pane, a table of contents and a thesis template's styles work),
// page numbers in the footer, and paragraphs made from plain text with its line breaks.
// Line spacing is always "auto" (a multiple of the font's line): a bare line height is
// read by LibreOffice as an exact one, which clips every inline picture to a strip.
import { AlignmentType, Document, Footer, Header, LineRuleType, PageNumber, Paragraph, TextRun } from 'docx';
import type { ImageRun, IPropertiesOptions, ISectionOptions, IStylesOptions } from 'docx';

export const QUOTE_STYLE = 'Quote';
export const REFERENCE_STYLE = 'ExtractReference';
export const NOTE_STYLE = 'ExtractNote';
export const CAPTION_STYLE = 'Caption';

// 1.15 lines, as a multiple of the font's own line height.
const BODY_SPACING = { after: 120, line: 276, lineRule: LineRuleType.AUTO } as const;

// Styles: Word's built-in names (Quote, Heading 1-3) so they map onto a thesis template's styles.
export const REPORT_STYLES: IStylesOptions = {
  default: {
    document: { run: { font: 'Calibri', size: 22 }, paragraph: { spacing: BODY_SPACING } },
    heading1: { run: { size: 32, bold: true, color: '1F3864' }, paragraph: { spacing: { before: 360, after: 120 }, keepNext: true } },
    heading2: { run: { size: 26, bold: true, color: '2F5496' }, paragraph: { spacing: { before: 240, after: 80 }, keepNext: true } },
    heading3: { run: { size: 23, bold: true, color: '404040' }, paragraph: { spacing: { before: 200, after: 60 }, keepNext: true } },
  },
  paragraphStyles: [
    {
      id: QUOTE_STYLE,
      name: 'Quote',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { italics: true, color: '262626' },
      paragraph: { indent: { left: 720, right: 720 }, spacing: { before: 160, after: 40 } },
    },
    {
      id: REFERENCE_STYLE,
      name: 'Extract Reference',
      basedOn: 'Normal',
      next: 'Normal',
      run: { size: 18, color: '595959' },
      paragraph: { indent: { left: 720, right: 720 }, spacing: { after: 200 } },
    },
    {
      id: CAPTION_STYLE,
      name: 'caption',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { italics: true, size: 18, color: '404040' },
      paragraph: { spacing: { before: 60, after: 240, line: 240, lineRule: LineRuleType.AUTO }, keepLines: true },
    },
    {
      id: NOTE_STYLE,
      name: 'Extract Note',
      basedOn: 'Normal',
      next: 'Normal',
      run: { size: 20, color: '404040' },
      paragraph: { spacing: { after: 80 } },
    },
  ],
};

// Runs of a plain text with its line breaks kept (one run per line).
export function textRuns(text: string, options: { bold?: boolean; italics?: boolean; size?: number } = {}): TextRun[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  return lines.map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined, bold: options.bold, italics: options.italics, size: options.size }));
}

// Paragraphs of a plain text: blank lines separate paragraphs, single line breaks stay breaks.
export function textParagraphs(text: string, style?: string): Paragraph[] {
  const blocks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter((b) => b.length > 0);
  return blocks.map((b) => new Paragraph({ style, children: textRuns(b) }));
}

// The page footer: "Page N of M", centred.
export function pageNumberFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 18, color: '595959' })],
      }),
    ],
  });
}

// A quiet running header with the document's title.
export function titleHeader(title: string): Header {
  return new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: title, size: 16, color: '7F7F7F' })] })] });
}

// A section with the running header and page numbers.
export function section(title: string, children: ISectionOptions['children']): ISectionOptions {
  return { headers: { default: titleHeader(title) }, footers: { default: pageNumberFooter() }, children };
}

// A document with neutral properties: a generic title, no creator, no last-modified-by, no description.
export function neutralDocument(title: string, sections: ISectionOptions[], extra: Partial<Omit<IPropertiesOptions, 'sections'>> = {}): Document {
  return new Document({
    title,
    creator: '',
    lastModifiedBy: '',
    description: '',
    subject: '',
    keywords: '',
    revision: 1,
    styles: REPORT_STYLES,
    ...extra,
    sections,
  });
}

// A caption paragraph ("Figure 1: ...", "Table 1: ...") in Word's Caption style.
export function caption(text: string, options: { keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({ style: CAPTION_STYLE, keepNext: options.keepNext, keepLines: true, children: [new TextRun({ text })] });
}

// The paragraph of an inline picture: single auto line spacing (so nothing clips it),
// centred, kept on one page with the caption that follows it.
export function pictureParagraph(image: ImageRun): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 120, after: 0, line: 240, lineRule: LineRuleType.AUTO }, keepNext: true, keepLines: true, children: [image] });
}
