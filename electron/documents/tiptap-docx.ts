// A memo's rich text (tiptap JSON) as Word paragraphs: paragraphs, headings, bullet and
// numbered lists, block quotes, hard breaks, bold/italic/underline/strike. Anything else
// falls back to its text. `rewrite` lets the caller anonymise each paragraph's text.
import { HeadingLevel, Paragraph, TextRun } from 'docx';
import { QUOTE_STYLE, textParagraphs } from './docx-common.ts';

interface TipNode {
  type?: string;
  text?: string;
  attrs?: Record<string, unknown>;
  marks?: { type?: string }[];
  content?: TipNode[];
}

const HEADINGS = [HeadingLevel.HEADING_2, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];
const MAX_DEPTH = 50;

function parse(json: string): TipNode | null {
  try {
    const value: unknown = JSON.parse(json);
    return typeof value === 'object' && value !== null ? (value as TipNode) : null;
  } catch {
    return null;
  }
}

function inlineText(node: TipNode, depth = 0): string {
  if (depth > MAX_DEPTH) return '';
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return '\n';
  return (node.content ?? []).map((c) => inlineText(c, depth + 1)).join('');
}

// Runs of an inline node list; when rewrite is given, the paragraph's text is rewritten as a whole (marks dropped).
function runs(nodes: readonly TipNode[], rewrite?: (text: string) => string): TextRun[] {
  if (rewrite) {
    const text = rewrite(nodes.map((n) => inlineText(n)).join(''));
    return text.split('\n').map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined }));
  }
  const out: TextRun[] = [];
  for (const n of nodes) {
    if (n.type === 'hardBreak') {
      out.push(new TextRun({ text: '', break: 1 }));
      continue;
    }
    const marks = new Set((n.marks ?? []).map((m) => m.type));
    out.push(new TextRun({ text: inlineText(n), bold: marks.has('bold'), italics: marks.has('italic'), underline: marks.has('underline') ? {} : undefined, strike: marks.has('strike') }));
  }
  return out;
}

function blocks(node: TipNode, out: Paragraph[], rewrite: ((text: string) => string) | undefined, context: { list: 'bullet' | 'ordered' | null; level: number; quote: boolean }, depth: number): void {
  if (depth > MAX_DEPTH) return;
  const content = node.content ?? [];
  switch (node.type) {
    case 'doc':
      for (const c of content) blocks(c, out, rewrite, context, depth + 1);
      return;
    case 'paragraph': {
      const bullet = context.list === 'bullet' ? { level: Math.min(context.level, 8) } : undefined;
      const prefix = context.list === 'ordered' ? [new TextRun('– ')] : [];
      out.push(new Paragraph({ style: context.quote ? QUOTE_STYLE : undefined, bullet, children: [...prefix, ...runs(content, rewrite)] }));
      return;
    }
    case 'heading': {
      const level = typeof node.attrs?.level === 'number' ? Math.min(Math.max(node.attrs.level, 1), 6) : 2;
      out.push(new Paragraph({ heading: HEADINGS[level - 1], children: runs(content, rewrite) }));
      return;
    }
    case 'bulletList':
    case 'orderedList':
      for (const c of content) blocks(c, out, rewrite, { ...context, list: node.type === 'bulletList' ? 'bullet' : 'ordered', level: context.list ? context.level + 1 : 0 }, depth + 1);
      return;
    case 'listItem':
      for (const c of content) blocks(c, out, rewrite, context, depth + 1);
      return;
    case 'blockquote':
      for (const c of content) blocks(c, out, rewrite, { ...context, quote: true }, depth + 1);
      return;
    case 'horizontalRule':
      out.push(new Paragraph(''));
      return;
    default: {
      const text = inlineText(node);
      if (text.trim()) out.push(new Paragraph({ children: runs([{ type: 'text', text }], rewrite) }));
    }
  }
}

// Word paragraphs of a memo: from its tiptap JSON when readable, else from its plain text.
export function memoToParagraphs(contentJson: string, plainText: string, rewrite?: (text: string) => string): Paragraph[] {
  const doc = parse(contentJson);
  const out: Paragraph[] = [];
  if (doc && doc.type === 'doc') blocks(doc, out, rewrite, { list: null, level: 0, quote: false }, 0);
  if (out.length > 0) return out;
  return textParagraphs(rewrite ? rewrite(plainText) : plainText);
}
