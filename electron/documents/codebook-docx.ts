// The codebook as a Word document: each node under its parent's heading, with its
// description, activity-system components, reference counts and one example extract
// (anonymised, attributed) - the appendix a thesis usually carries.
import { HeadingLevel, Paragraph, TextRun } from 'docx';
import type { NodeRecord } from '../../shared/model/entities.ts';
import { neutralDocument, NOTE_STYLE, QUOTE_STYLE, REFERENCE_STYLE, section } from './docx-common.ts';

export interface CodebookExample {
  pieces: { text: string; replaced: boolean }[];
  attribution: string;
  reference: string;
}

export interface CodebookEntry {
  node: NodeRecord;
  depth: number;
  example: CodebookExample | null;
}

const LEVELS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4];

// Builds the codebook document.
export function buildCodebookDocument(title: string, entries: readonly CodebookEntry[]) {
  const children: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(title)] }),
    new Paragraph({
      style: NOTE_STYLE,
      children: [new TextRun(`${entries.length} nodes. Each shows its description, the components of the activity system it codes, how many extracts and sources are coded at it, and one example extract.`)],
    }),
  ];
  for (const { node, depth, example } of entries) {
    children.push(new Paragraph({ heading: LEVELS[Math.min(depth, LEVELS.length - 1)], children: [new TextRun(node.name)] }));
    if (node.description.trim()) children.push(new Paragraph({ children: [new TextRun(node.description.trim())] }));
    const facts = [`${node.codingCount} extract${node.codingCount === 1 ? '' : 's'} in ${node.sourceCount} source${node.sourceCount === 1 ? '' : 's'}`];
    if (node.components.length > 0) facts.push(`components: ${node.components.join(', ').replace(/-/g, ' ')}`);
    if (node.question !== null) facts.push(`question ${node.question}`);
    children.push(new Paragraph({ style: NOTE_STYLE, children: [new TextRun({ text: facts.join(' · '), italics: true })] }));
    if (example) {
      const runs = example.pieces.flatMap((p) => p.text.split('\n').map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined, italics: p.replaced ? false : undefined })));
      children.push(new Paragraph({ style: QUOTE_STYLE, children: [...runs, new TextRun({ text: ` (${example.attribution})`, italics: false })] }));
      children.push(new Paragraph({ style: REFERENCE_STYLE, children: [new TextRun(example.reference)] }));
    }
  }
  return neutralDocument(title, [section(title, children)]);
}
