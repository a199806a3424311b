// The coded extracts report: grouped by question, then node; each extract a quote in
// Word's Quote style with its attribution "(Broker, Project 1)" and a stable reference;
// memos as Word comments or footnotes; an optional matrix of extracts by a case facet,
// the alignment of objectives, and diagrams as figures (tables and figures on landscape
// pages when they need them); headings for the Navigation pane and a table of contents;
// page numbers; neutral properties. The caller leak-checks the packed file.
import { CommentRangeEnd, CommentRangeStart, CommentReference, FootnoteReferenceRun, HeadingLevel, Paragraph, TableOfContents, TextRun } from 'docx';
import type { ICommentOptions, ISectionOptions } from 'docx';
import type { AttributionFormat, MemoPlacement } from '../../shared/model/anonymise.ts';
import type { NodeRecord } from '../../shared/model/entities.ts';
import type { Extract } from './extracts.ts';
import { neutralDocument, NOTE_STYLE, QUOTE_STYLE, REFERENCE_STYLE, textParagraphs } from './docx-common.ts';
import type { DiagramFigure } from './figures.ts';
import { orientedSections } from './page-layout.ts';
import { figureRuns, tableRuns } from './report-blocks.ts';
import type { ReportTable } from './report-blocks.ts';

export interface ReportOptions {
  title: string;
  attribution: AttributionFormat;
  memos: MemoPlacement;
  tableOfContents: boolean;
  nodeDescriptions: boolean;
  tables: ReportTable[];
  figures: DiagramFigure[];
}

function headingFor(depth: number): (typeof HeadingLevel)[keyof typeof HeadingLevel] {
  return depth <= 0 ? HeadingLevel.HEADING_1 : depth === 1 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3;
}

function depthOf(node: NodeRecord, byId: ReadonlyMap<number, NodeRecord>): number {
  let depth = 0;
  let current = node;
  while (current.parentId !== null && depth < 100) {
    const parent = byId.get(current.parentId);
    if (!parent) break;
    current = parent;
    depth++;
  }
  return depth;
}

function quoteRuns(extract: Extract): TextRun[] {
  const runs: TextRun[] = [];
  for (const piece of extract.pieces) {
    const lines = piece.text.split('\n');
    lines.forEach((line, i) => {
      runs.push(new TextRun({ text: line, break: i > 0 ? 1 : undefined, italics: piece.replaced ? false : undefined }));
    });
  }
  return runs;
}

function memoParagraphs(memo: Extract['memos'][number]): Paragraph[] {
  const title = memo.title.trim();
  const body = textParagraphs(memo.text);
  return title ? [new Paragraph({ children: [new TextRun({ text: title, bold: true })] }), ...body] : body.length > 0 ? body : [new Paragraph('')];
}

type Block = ISectionOptions['children'][number];

// Builds the report document from extracts already anonymised and in order.
export function buildExtractsReport(extracts: readonly Extract[], nodes: readonly NodeRecord[], options: ReportOptions) {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const comments: ICommentOptions[] = [];
  const footnotes: Record<string, { children: Paragraph[] }> = {};
  let footnoteId = 1;
  const children: Block[] = [];

  const questions = [...new Set(extracts.map((e) => e.question))];
  const roleWord = options.attribution === 'pseudonym' ? 'pseudonym' : 'role and project';
  children.push(new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(options.title)] }));
  children.push(
    new Paragraph({
      style: NOTE_STYLE,
      children: [
        new TextRun(
          `${extracts.length} coded extract${extracts.length === 1 ? '' : 's'}${questions.some((q) => q !== null) ? ` under question${questions.length === 1 ? '' : 's'} ${questions.filter((q) => q !== null).join(', ')}` : ''}, attributed by ${roleWord}. Names and other identifiers are replaced by the anonymisation register; replacements are shown in square brackets. Each extract's reference (source and turn) stays the same in every export.`,
        ),
      ],
    }),
  );
  if (options.tableOfContents) children.push(new TableOfContents('Contents', { hyperlink: true, headingStyleRange: '1-3' }));

  // headings for every ancestor of each node with extracts, once, in order
  const shown = new Set<number>();
  const showHeading = (node: NodeRecord) => {
    const chain: NodeRecord[] = [];
    let current: NodeRecord | undefined = node;
    while (current && !shown.has(current.id) && chain.length < 100) {
      chain.unshift(current);
      current = current.parentId === null ? undefined : byId.get(current.parentId);
    }
    for (const n of chain) {
      shown.add(n.id);
      children.push(new Paragraph({ heading: headingFor(depthOf(n, byId)), children: [new TextRun(n.name)] }));
      if (options.nodeDescriptions && n.description.trim()) children.push(new Paragraph({ style: NOTE_STYLE, children: [new TextRun({ text: n.description.trim(), italics: true })] }));
    }
  };

  let currentNode = -1;
  for (const extract of extracts) {
    if (extract.nodeId !== currentNode) {
      currentNode = extract.nodeId;
      const node = byId.get(extract.nodeId);
      if (node) showHeading(node);
    }
    const runs: (TextRun | CommentRangeStart | CommentRangeEnd | FootnoteReferenceRun)[] = [];
    const memoComments = options.memos === 'comments' ? extract.memos : [];
    const commentIds = memoComments.map((memo) => {
      const id = comments.length;
      comments.push({ id, author: 'Memo', initials: 'M', children: memoParagraphs(memo) });
      return id;
    });
    for (const id of commentIds) runs.push(new CommentRangeStart(id));
    runs.push(...quoteRuns(extract));
    for (const id of commentIds) runs.push(new CommentRangeEnd(id));
    for (const id of commentIds) runs.push(new TextRun({ children: [new CommentReference(id)] }));
    runs.push(new TextRun({ text: ` (${extract.attribution})`, italics: false }));
    if (options.memos === 'footnotes') {
      for (const memo of extract.memos) {
        const id = footnoteId++;
        footnotes[String(id)] = { children: memoParagraphs(memo) };
        runs.push(new FootnoteReferenceRun(id));
      }
    }
    children.push(new Paragraph({ style: QUOTE_STYLE, children: runs }));
    children.push(new Paragraph({ style: REFERENCE_STYLE, children: [new TextRun(extract.reference)] }));
  }
  if (extracts.length === 0) children.push(new Paragraph({ style: NOTE_STYLE, children: [new TextRun('No coded extracts match this selection.')] }));

  const runs = [{ orientation: 'portrait' as const, children }, ...tableRuns(options.tables), ...figureRuns(options.figures)];
  const allowances = extracts.flatMap((e) => e.allowances);
  const document = neutralDocument(options.title, orientedSections(options.title, runs), {
    comments: comments.length > 0 ? { children: comments } : undefined,
    footnotes: Object.keys(footnotes).length > 0 ? footnotes : undefined,
    features: options.tableOfContents ? { updateFields: true } : undefined,
  });
  return { document, allowances };
}
