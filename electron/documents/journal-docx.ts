// The research journal: the project's memos, oldest first, each under its title and
// date, with its rich text kept (headings, lists, emphasis).
import { HeadingLevel, Paragraph, TextRun } from 'docx';
import { neutralDocument, NOTE_STYLE, section } from './docx-common.ts';
import { memoToParagraphs } from './tiptap-docx.ts';

export interface JournalEntry {
  title: string;
  date: string;
  contentJson: string;
  plainText: string;
}

// Builds the journal document; `rewrite` anonymises each paragraph when the caller asks for it.
export function buildJournalDocument(title: string, entries: readonly JournalEntry[], rewrite?: (text: string) => string) {
  const children: Paragraph[] = [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(title)] })];
  if (entries.length === 0) children.push(new Paragraph({ style: NOTE_STYLE, children: [new TextRun('The journal has no entries yet.')] }));
  for (const entry of entries) {
    const heading = entry.title.trim() || entry.date;
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(rewrite ? rewrite(heading) : heading)] }));
    children.push(new Paragraph({ style: NOTE_STYLE, children: [new TextRun({ text: entry.date, italics: true })] }));
    children.push(...memoToParagraphs(entry.contentJson, entry.plainText, rewrite));
  }
  return neutralDocument(title, [section(title, children)]);
}
