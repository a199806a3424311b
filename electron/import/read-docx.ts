// Word documents (.docx), after the zip has been checked and its XML parts inflated under
// caps (safe-unzip.ts): an ordinary document's body is read straight from word/document.xml
// (docx-body-stream.ts); any other goes to mammoth, which gets a rebuilt, uncompressed zip of
// only those parts. Paragraphs, headings (by style), table rows and bold or heading-styled
// speaker labels become blocks; images, footnotes, endnotes, comments, headers, footers and
// hidden text are left out, and the warnings say exactly how many (docx-left-out.ts).
import mammoth from 'mammoth';
import { ApiError } from '../../shared/errors.ts';
import type { ImportedDocument } from '../../shared/model/import.ts';
import { DocumentBuilder } from './document-builder.ts';
import { addRichParagraphs } from './rich-paragraphs.ts';
import type { RichParagraph } from './rich-paragraphs.ts';
import { openSafeZip, rezipStored } from '../infra/safe-unzip.ts';
import { leaveOutOfDocx } from './docx-left-out.ts';
import { leftOutWarnings } from './left-out.ts';
import { readDocxBodyDirectly } from './docx-body-stream.ts';
import type { DocxNode } from './docx-body-stream.ts';

type MammothNode = DocxNode;

interface Piece {
  text: string;
  bold: boolean;
}

interface Counters {
  images: number;
  tables: number;
}

const HEADING_STYLE = /^(?:heading\s*\d|title|subtitle)$/iu;

function isHeading(node: MammothNode): boolean {
  return HEADING_STYLE.test(node.styleName ?? '') || /^(?:Heading\d|Title|Subtitle)$/u.test(node.styleId ?? '');
}

function collectPieces(node: MammothNode, bold: boolean, out: Piece[], counters: Counters): void {
  switch (node.type) {
    case 'text':
      out.push({ text: node.value ?? '', bold });
      return;
    case 'tab':
      out.push({ text: '\t', bold });
      return;
    case 'break':
      out.push({ text: '\n', bold });
      return;
    case 'checkbox':
      out.push({ text: node.checked ? '\u2612 ' : '\u2610 ', bold });
      return;
    case 'image':
      counters.images++;
      return;
    case 'noteReference':
    case 'commentReference':
    case 'bookmarkStart':
      return;
    case 'run':
      for (const child of node.children ?? []) collectPieces(child, node.isBold === true, out, counters);
      return;
    default:
      for (const child of node.children ?? []) collectPieces(child, bold, out, counters);
  }
}

function paragraphOf(node: MammothNode, counters: Counters): RichParagraph {
  const pieces: Piece[] = [];
  for (const child of node.children ?? []) collectPieces(child, false, pieces, counters);
  const text = pieces.map((p) => p.text).join('');
  let boldPrefix = '';
  let started = false;
  for (const piece of pieces) {
    if (!started && piece.text.trim().length === 0) {
      boldPrefix += piece.text;
      continue;
    }
    started = true;
    if (!piece.bold) break;
    boldPrefix += piece.text;
  }
  const visible = pieces.filter((p) => p.text.trim().length > 0);
  const allBold = visible.length > 0 && visible.every((p) => p.bold);
  return { kind: isHeading(node) ? 'heading' : 'paragraph', text, boldPrefix: started ? boldPrefix : '', allBold };
}

function cellText(node: MammothNode, counters: Counters): string {
  const parts: string[] = [];
  const walk = (n: MammothNode) => {
    if (n.type === 'paragraph') {
      const p = paragraphOf(n, counters).text.replace(/\s+/gu, ' ').trim();
      if (p) parts.push(p);
      return;
    }
    for (const child of n.children ?? []) walk(child);
  };
  walk(node);
  return parts.join(' ');
}

function walkBody(nodes: readonly MammothNode[], out: RichParagraph[], counters: Counters): void {
  for (const node of nodes) {
    if (node.type === 'paragraph') out.push(paragraphOf(node, counters));
    else if (node.type === 'table') {
      counters.tables++;
      const group = `table-${counters.tables}`;
      for (const row of node.children ?? []) {
        if (row.type !== 'tableRow') continue;
        const cells = (row.children ?? []).filter((c) => c.type === 'tableCell').map((c) => cellText(c, counters));
        if (cells.some((c) => c.length > 0)) out.push({ kind: 'table-row', text: cells.join(' | '), boldPrefix: '', allBold: false, group });
      }
    } else walkBody(node.children ?? [], out, counters);
  }
}

// Reads the body with mammoth (documents the direct reader hands on): its tree, captured before it writes HTML.
async function readWithMammoth(parts: Map<string, Uint8Array>, fileName: string): Promise<MammothNode | null> {
  let captured: MammothNode | null = null;
  try {
    await mammoth.convertToHtml(
      { buffer: Buffer.from(rezipStored(parts)) },
      {
        externalFileAccess: false,
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
        transformDocument: (document: MammothNode) => {
          captured = document;
          return document;
        },
      },
    );
  } catch (error) {
    throw new ApiError('BAD_INPUT', `${fileName} could not be read as a Word document (${error instanceof Error ? error.message.slice(0, 200) : 'unknown error'}). Save it again from Word and retry. Nothing was imported.`);
  }
  return captured;
}

// Reads a .docx into blocks (`via` 'mammoth' skips the direct reader: tests compare the two).
export async function readDocx(bytes: Uint8Array, fileName: string, via: 'direct' | 'mammoth' = 'direct'): Promise<ImportedDocument> {
  const zip = openSafeZip(bytes, fileName, (name) => /\.(xml|rels)$/iu.test(name));
  if (!zip.parts.has('word/document.xml')) {
    if (zip.entries.some((e) => e.name === 'EncryptionInfo' || e.name === 'EncryptedPackage')) {
      throw new ApiError('BAD_INPUT', `${fileName} is password-protected (encrypted). Save an unprotected copy and import that. Nothing was imported.`);
    }
    throw new ApiError('BAD_INPUT', `${fileName} is not a Word document (it has no word/document.xml; it may be another kind of file renamed to .docx). Nothing was imported.`);
  }
  const { parts, left } = leaveOutOfDocx(zip.parts);
  const root = (via === 'direct' ? readDocxBodyDirectly(parts) : null) ?? (await readWithMammoth(parts, fileName));
  if (root === null) throw new ApiError('BAD_INPUT', `${fileName} could not be read as a Word document. Nothing was imported.`);
  const counters: Counters = { images: 0, tables: 0 };
  const paragraphs: RichParagraph[] = [];
  walkBody(root.children ?? [], paragraphs, counters);
  const builder = new DocumentBuilder('docx', fileName);
  addRichParagraphs(builder, paragraphs);
  if (builder.size === 0) throw new ApiError('BAD_INPUT', `${fileName} holds no text. Nothing was imported.`);
  const warnings: string[] = [];
  if (counters.images > 0) warnings.push(`${counters.images === 1 ? 'One image was' : `${counters.images} images were`} left out; only text is imported.`);
  warnings.push(...leftOutWarnings(left));
  return builder.build({ warnings });
}
