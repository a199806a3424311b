// OpenDocument text (.odt): the zip is checked and content.xml/styles.xml inflated under
// caps (safe-unzip.ts), then parsed with fast-xml-parser (no DTDs reach it). Headings
// (text:h or heading styles), paragraphs, list items, table rows and bold speaker labels
// (bold by automatic or named text styles) become blocks, as for Word.
import { XMLParser } from 'fast-xml-parser';
import { ApiError } from '../../shared/errors.ts';
import type { ImportedDocument } from '../../shared/model/import.ts';
import { DocumentBuilder } from './document-builder.ts';
import { addRichParagraphs } from './rich-paragraphs.ts';
import type { RichParagraph } from './rich-paragraphs.ts';
import { openSafeZip } from '../infra/safe-unzip.ts';

// fast-xml-parser's ordered form: one key (the tag, or #text) per node, attributes under ':@'.
type XmlNode = Record<string, unknown>;

interface StyleInfo {
  parent: string | null;
  bold: boolean | null;
  heading: boolean;
}

interface Piece {
  text: string;
  bold: boolean;
}

const SKIPPED = new Set([
  'text:note',
  'office:annotation',
  'office:annotation-end',
  'text:tracked-changes',
  'text:sequence-decls',
  'text:variable-decls',
  'text:user-field-decls',
  'text:table-of-content',
  'text:alphabetical-index',
  'text:illustration-index',
  'text:bibliography',
  'office:forms',
  'draw:frame',
  'draw:custom-shape',
  'draw:g',
  'text:soft-page-break',
]);

function parser(): XMLParser {
  return new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    trimValues: false,
    parseTagValue: false,
    parseAttributeValue: false,
    processEntities: true,
    htmlEntities: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
  });
}

function tagOf(node: XmlNode): string {
  for (const key of Object.keys(node)) if (key !== ':@') return key;
  return '';
}

function childrenOf(node: XmlNode): XmlNode[] {
  const value = node[tagOf(node)];
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

function attr(node: XmlNode, name: string): string | null {
  const attrs = node[':@'];
  if (attrs && typeof attrs === 'object') {
    const value = (attrs as Record<string, unknown>)[name];
    if (typeof value === 'string') return value;
  }
  return null;
}

function textOf(node: XmlNode): string {
  const value = node['#text'];
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

function findAll(nodes: readonly XmlNode[], tag: string, out: XmlNode[] = []): XmlNode[] {
  for (const node of nodes) {
    if (tagOf(node) === tag) out.push(node);
    else if (tagOf(node) !== '#text') findAll(childrenOf(node), tag, out);
  }
  return out;
}

function readStyles(roots: readonly XmlNode[]): Map<string, StyleInfo> {
  const styles = new Map<string, StyleInfo>();
  for (const style of findAll(roots, 'style:style')) {
    const name = attr(style, 'style:name');
    if (!name) continue;
    let bold: boolean | null = null;
    for (const child of childrenOf(style)) {
      if (tagOf(child) !== 'style:text-properties') continue;
      const weight = attr(child, 'fo:font-weight');
      if (weight !== null) bold = weight === 'bold' || Number(weight) >= 600;
    }
    const display = attr(style, 'style:display-name') ?? name;
    const heading = /^(?:heading|title|subtitle)/iu.test(display.replace(/_20_/gu, ' ')) || attr(style, 'style:default-outline-level') !== null;
    styles.set(name, { parent: attr(style, 'style:parent-style-name'), bold, heading });
  }
  return styles;
}

// Follows a style's parents until one sets the property; null when none does.
function resolve(styles: Map<string, StyleInfo>, name: string | null, pick: (s: StyleInfo) => boolean | null): boolean | null {
  let current = name;
  for (let depth = 0; current && depth < 10; depth++) {
    const style = styles.get(current);
    if (!style) return null;
    const value = pick(style);
    if (value !== null) return value;
    current = style.parent;
  }
  return null;
}

class OdtWalker {
  readonly paragraphs: RichParagraph[] = [];
  private tables = 0;
  private readonly styles: Map<string, StyleInfo>;
  images = 0;
  notes = 0;

  constructor(styles: Map<string, StyleInfo>) {
    this.styles = styles;
  }

  private bold(styleName: string | null): boolean {
    return resolve(this.styles, styleName, (s) => s.bold) ?? false;
  }

  private inline(nodes: readonly XmlNode[], bold: boolean, out: Piece[]): void {
    for (const node of nodes) {
      const tag = tagOf(node);
      if (tag === '#text') out.push({ text: textOf(node).replace(/[ \t\r\n]+/gu, ' '), bold });
      else if (tag === 'text:s') out.push({ text: ' '.repeat(Math.min(1000, Math.max(1, Number(attr(node, 'text:c') ?? '1') || 1))), bold });
      else if (tag === 'text:tab') out.push({ text: '\t', bold });
      else if (tag === 'text:line-break') out.push({ text: '\n', bold });
      else if (tag === 'text:note') this.notes++;
      else if (tag === 'draw:frame') this.images++;
      else if (SKIPPED.has(tag)) continue;
      else if (tag === 'text:span') {
        const own = resolve(this.styles, attr(node, 'text:style-name'), (s) => s.bold);
        this.inline(childrenOf(node), own ?? bold, out);
      } else this.inline(childrenOf(node), bold, out);
    }
  }

  private paragraph(node: XmlNode, heading: boolean): RichParagraph {
    const styleName = attr(node, 'text:style-name');
    const pieces: Piece[] = [];
    this.inline(childrenOf(node), this.bold(styleName), pieces);
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
    const isHeading = heading || resolve(this.styles, styleName, (s) => (s.heading ? true : null)) === true;
    return { kind: isHeading ? 'heading' : 'paragraph', text, boldPrefix: started ? boldPrefix : '', allBold: visible.length > 0 && visible.every((p) => p.bold) };
  }

  private cellText(nodes: readonly XmlNode[]): string {
    const parts: string[] = [];
    for (const node of nodes) {
      const tag = tagOf(node);
      if (tag === 'text:p' || tag === 'text:h') {
        const p = this.paragraph(node, false).text.replace(/\s+/gu, ' ').trim();
        if (p) parts.push(p);
      } else if (tag !== '#text' && !SKIPPED.has(tag)) {
        const inner = this.cellText(childrenOf(node));
        if (inner) parts.push(inner);
      }
    }
    return parts.join(' ');
  }

  private table(node: XmlNode): void {
    this.tables++;
    const group = `table-${this.tables}`;
    for (const row of findAll(childrenOf(node), 'table:table-row')) {
      const cells = childrenOf(row)
        .filter((c) => tagOf(c) === 'table:table-cell')
        .map((c) => this.cellText(childrenOf(c)));
      if (cells.some((c) => c.length > 0)) this.paragraphs.push({ kind: 'table-row', text: cells.join(' | '), boldPrefix: '', allBold: false, group });
    }
  }

  // Walks block-level content in document order.
  walk(nodes: readonly XmlNode[]): void {
    for (const node of nodes) {
      const tag = tagOf(node);
      if (tag === 'text:p') this.paragraphs.push(this.paragraph(node, false));
      else if (tag === 'text:h') this.paragraphs.push(this.paragraph(node, true));
      else if (tag === 'table:table') this.table(node);
      else if (tag === 'draw:frame') this.images++;
      else if (tag === '#text' || SKIPPED.has(tag)) continue;
      else this.walk(childrenOf(node));
    }
  }
}

function decode(bytes: Uint8Array | undefined): string {
  return bytes ? new TextDecoder('utf-8').decode(bytes) : '';
}

// Reads an .odt into blocks.
export function readOdt(bytes: Uint8Array, fileName: string): ImportedDocument {
  const zip = openSafeZip(bytes, fileName, (name) => name === 'content.xml' || name === 'styles.xml' || name === 'META-INF/manifest.xml' || name === 'mimetype');
  const manifest = decode(zip.parts.get('META-INF/manifest.xml'));
  if (manifest.includes('encryption-data')) {
    throw new ApiError('BAD_INPUT', `${fileName} is password-protected (encrypted). Save an unprotected copy and import that. Nothing was imported.`);
  }
  const content = zip.parts.get('content.xml');
  if (!content) throw new ApiError('BAD_INPUT', `${fileName} is not an OpenDocument text file (it has no content.xml). Nothing was imported.`);
  const mimetype = decode(zip.parts.get('mimetype')).trim();
  if (mimetype && mimetype !== 'application/vnd.oasis.opendocument.text') {
    throw new ApiError('BAD_INPUT', `${fileName} is an OpenDocument file of another kind (${mimetype.slice(0, 80)}), not a text document. Nothing was imported.`);
  }
  let contentTree: XmlNode[];
  let styleTree: XmlNode[];
  try {
    contentTree = parser().parse(decode(content)) as XmlNode[];
    styleTree = parser().parse(decode(zip.parts.get('styles.xml'))) as XmlNode[];
  } catch (error) {
    throw new ApiError('BAD_INPUT', `${fileName} could not be read: its content is not well-formed (${error instanceof Error ? error.message.slice(0, 160) : 'unknown error'}). Nothing was imported.`);
  }
  const styles = readStyles(styleTree);
  for (const [name, style] of readStyles(contentTree)) styles.set(name, style);
  const walker = new OdtWalker(styles);
  const body = findAll(contentTree, 'office:text');
  walker.walk(body.flatMap((b) => childrenOf(b)));
  const builder = new DocumentBuilder('odt', fileName);
  addRichParagraphs(builder, walker.paragraphs);
  if (builder.size === 0) throw new ApiError('BAD_INPUT', `${fileName} holds no text. Nothing was imported.`);
  const warnings: string[] = [];
  if (walker.images > 0) warnings.push(`${walker.images === 1 ? 'One image or frame was' : `${walker.images} images or frames were`} left out; only text is imported.`);
  if (walker.notes > 0) warnings.push(`${walker.notes === 1 ? 'One footnote was' : `${walker.notes} footnotes were`} left out of the text.`);
  return builder.build({ warnings });
}
