// PDF evaluator reports with pdfjs-dist (legacy build, eval disabled, no fonts loaded):
// page by page, text items are joined into lines and lines into paragraphs by vertical
// gaps; wrapped lines are unwrapped, page numbers dropped, a paragraph that runs over a
// page break is joined, and lines in larger type become headings. Scanned PDFs (no text
// layer) and password-protected ones are refused with the reason.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ApiError } from '../../shared/errors.ts';
import type { ImportedDocument } from '../../shared/model/import.ts';
import { createSpeakerTest, matchSpeakerLabel } from '../../shared/text/speaker-labels.ts';
import { DocumentBuilder } from './document-builder.ts';

export interface PdfTextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
  eol: boolean;
}

interface Line {
  text: string;
  y: number;
  size: number;
}

interface Paragraph {
  text: string;
  size: number;
  page: number;
}

const MAX_PAGES = 5000;
const PAGE_NUMBER = /^(?:page\s+)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$/iu;

function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

// Joins a page's text items into lines (items on one baseline, in order).
export function itemsToLines(items: readonly PdfTextItem[]): Line[] {
  const lines: Line[] = [];
  let current: { parts: string[]; y: number; size: number; right: number } | null = null;
  const finish = () => {
    if (current) {
      const text = current.parts.join('').replace(/\s+/gu, ' ').trim();
      if (text) lines.push({ text, y: current.y, size: current.size });
    }
    current = null;
  };
  for (const item of items) {
    if (item.str.length === 0) {
      if (item.eol) finish();
      continue;
    }
    const size = item.size || 10;
    if (current !== null) {
      const c: { parts: string[]; y: number; size: number; right: number } = current;
      if (Math.abs(item.y - c.y) > size * 0.5) finish();
      else {
        const gap = item.x - c.right;
        const last = c.parts[c.parts.length - 1] ?? '';
        if (gap > size * 0.2 && !/\s$/u.test(last) && !/^\s/u.test(item.str)) c.parts.push(' ');
        c.parts.push(item.str);
        c.right = item.x + item.width;
        c.size = Math.max(c.size, size);
      }
    }
    if (current === null) current = { parts: [item.str], y: item.y, size, right: item.x + item.width };
    if (item.eol) finish();
  }
  finish();
  return lines;
}

function joinLines(a: string, b: string): string {
  // a word broken at the line end keeps its hyphen ("co-" + "operation")
  return /[-\u2010]$/u.test(a) && /^\p{Ll}/u.test(b) ? `${a}${b}` : `${a} ${b}`;
}

const isSpeaker = createSpeakerTest();

// Groups a page's lines into paragraphs by vertical gaps, changes of type size and speaker labels.
export function linesToParagraphs(lines: readonly Line[], page: number, bodySize: number): Paragraph[] {
  const kept = lines.filter((line, i) => !((i === 0 || i === lines.length - 1) && PAGE_NUMBER.test(line.text)));
  const gaps: number[] = [];
  for (let i = 1; i < kept.length; i++) {
    const a = kept[i - 1];
    const b = kept[i];
    // line spacing is measured between lines of the same type size
    if (!a || !b || Math.abs(a.size - b.size) > 0.5) continue;
    const gap = a.y - b.y;
    if (gap > 0) gaps.push(gap);
  }
  // with few lines there is no telling line spacing from paragraph spacing: assume single spacing
  const lineGap = gaps.length >= 3 ? median(gaps) : bodySize * 1.25;
  const out: Paragraph[] = [];
  let current: Paragraph | null = null;
  let lastY = 0;
  for (const line of kept) {
    const gap = lastY - line.y;
    const sizeChanged = current !== null && Math.abs(line.size - current.size) > Math.max(0.5, current.size * 0.1);
    const label = matchSpeakerLabel(line.text, isSpeaker);
    const startsTurn = label !== null && label.style !== 'stamp';
    if (current === null || gap > lineGap * 1.4 || gap < 0 || sizeChanged || startsTurn) {
      if (current) out.push(current);
      current = { text: line.text, size: line.size, page };
    } else current.text = joinLines(current.text, line.text);
    lastY = line.y;
  }
  if (current) out.push(current);
  return out;
}

function pdfjsAssets(): { cMapUrl: string; standardFontDataUrl: string } {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return { cMapUrl: `${join(root, 'cmaps')}/`, standardFontDataUrl: `${join(root, 'standard_fonts')}/` };
}

// Reads the text items of every page (pdfjs, no eval, no font loading).
async function readPages(bytes: Uint8Array, fileName: string): Promise<PdfTextItem[][]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const assets = pdfjsAssets();
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    disableAutoFetch: true,
    disableStream: true,
    isOffscreenCanvasSupported: false,
    stopAtErrors: false,
    verbosity: 0,
    cMapUrl: assets.cMapUrl,
    cMapPacked: true,
    standardFontDataUrl: assets.standardFontDataUrl,
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException') {
      throw new ApiError('BAD_INPUT', `${fileName} is password-protected. Save a copy without a password and import that. Nothing was imported.`);
    }
    throw new ApiError('BAD_INPUT', `${fileName} is not a readable PDF (${error instanceof Error ? error.message.slice(0, 160) : 'unknown error'}); it may be damaged or cut short. Nothing was imported.`);
  }
  try {
    if (doc.numPages > MAX_PAGES) throw new ApiError('TOO_LARGE', `${fileName} has ${doc.numPages} pages, more than the ${MAX_PAGES} a source may have. Nothing was imported.`);
    const pages: PdfTextItem[][] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      const items: PdfTextItem[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const t = item.transform as number[];
        items.push({ str: item.str, x: t[4] ?? 0, y: t[5] ?? 0, width: item.width, size: Math.abs(t[3] ?? 0) || Math.abs(item.height) || 10, eol: item.hasEOL });
      }
      pages.push(items);
      page.cleanup();
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

// Reads a PDF into paragraphs and headings, with the page of each.
export async function readPdf(bytes: Uint8Array, fileName: string): Promise<ImportedDocument> {
  if (bytes.length === 0) throw new ApiError('BAD_INPUT', `${fileName} is empty (0 bytes). Nothing was imported.`);
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (!head.includes('%PDF-')) throw new ApiError('BAD_INPUT', `${fileName} is not a PDF (it does not start with a PDF header; it may be another file renamed). Nothing was imported.`);
  const pages = await readPages(bytes, fileName);
  const pageLines = pages.map((items) => itemsToLines(items));
  const bodySize = median(pageLines.flatMap((lines) => lines.flatMap((l) => Array<number>(Math.min(50, Math.max(1, Math.round(l.text.length / 20)))).fill(l.size))));
  const paragraphs: Paragraph[] = [];
  pageLines.forEach((lines, i) => {
    const found = linesToParagraphs(lines, i + 1, bodySize);
    const previous = paragraphs[paragraphs.length - 1];
    const first = found[0];
    // a paragraph cut by the page break continues on the next page
    if (previous && first && previous.page === i && Math.abs(previous.size - first.size) < 0.5 && !/[.!?:;"'\u201d\u2019)\]]$/u.test(previous.text) && /^\p{Ll}/u.test(first.text)) {
      previous.text = joinLines(previous.text, first.text);
      found.shift();
    }
    paragraphs.push(...found);
  });
  if (paragraphs.length === 0) {
    throw new ApiError('BAD_INPUT', `${fileName} has no text layer (it is probably scanned pages, which are pictures of text). Run it through text recognition (OCR) first. Nothing was imported.`);
  }
  const builder = new DocumentBuilder('pdf', fileName);
  for (const p of paragraphs) {
    const heading = p.size >= bodySize * 1.15 && p.text.length <= 150 && !/[.,;]$/u.test(p.text);
    builder.add(heading ? 'heading' : 'text', p.text, { page: p.page });
  }
  return builder.build({ pages: pages.length });
}

