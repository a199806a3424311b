// OpenDocument text (.odt): the zip is checked and content.xml/styles.xml inflated under
// caps (safe-unzip.ts), then parsed with fast-xml-parser (no DTDs reach it). Headings
// (text:h or heading styles), paragraphs, list items, table rows and bold speaker labels
// (bold by automatic or named text styles) become blocks, as for Word. Hidden text (a style
// with text:display="none", hidden paragraphs and sections, hidden-text fields), notes,
// comments, headers and footers are left out, and the warnings say exactly how many.
import { XMLParser } from 'fast-xml-parser';
import { ApiError } from '../../shared/errors.ts';
import type { ImportedDocument } from '../../shared/model/import.ts';
import { DocumentBuilder } from './document-builder.ts';
import { addRichParagraphs } from './rich-paragraphs.ts';
import type { RichParagraph } from './rich-paragraphs.ts';
import { openSafeZip } from '../infra/safe-unzip.ts';
import { leftOutWarnings, noneLeftOut } from './left-out.ts';
import type { LeftOut } from './left-out.ts';

// fast-xml-parser's ordered form: one key (the tag, or #text) per node, attributes under ':@'.
type XmlNode = Record<string, unknown>;

interface StyleInfo {
  parent: string | null;
  bold: boolean | null;
  // text:display="none" (or "true", shown) in its text properties
  hidden: boolean | null;
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
    let hidden: boolean | null = null;
    for (const child of childrenOf(style)) {
      if (tagOf(child) !== 'style:text-properties') continue;
      const weight = attr(child, 'fo:font-weight');
      if (weight !== null) bold = weight === 'bold' || Number(weight) >= 600;
      const shown = attr(child, 'text:display');
      if (shown !== null) hidden = shown === 'none';
    }
    const display = attr(style, 'style:display-name') ?? name;
    const heading = /^(?:heading|title|subtitle)/iu.test(display.replace(/_20_/gu, ' ')) || attr(style, 'style:default-outline-level') !== null;
    styles.set(name, { parent: attr(style, 'style:parent-style-name'), bold, hidden, heading });
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
  readonly left: LeftOut = noneLeftOut();

  constructor(styles: Map<string, StyleInfo>) {
    this.styles = styles;
  }

  private bold(styleName: string | null): boolean {
    return resolve(this.styles, styleName, (s) => s.bold) ?? false;
  }

  private hiddenStyle(styleName: string | null): boolean {
    return resolve(this.styles, styleName, (s) => s.hidden) === true;
  }

  // Counts a note, comment or hidden element met in the text; true when it is left out.
  private leftOut(node: XmlNode, tag: string): boolean {
    if (tag === 'text:note') {
      if (attr(node, 'text:note-class') === 'endnote') this.left.endnotes++;
      else this.left.footnotes++;
    } else if (tag === 'office:annotation') this.left.comments++;
    else if (tag === 'text:hidden-text' || (tag === 'text:span' && this.hiddenStyle(attr(node, 'text:style-name')))) this.left.hidden++;
    else return false;
    return true;
  }

  // Tells whether a paragraph is hidden (by its style, or a hidden-paragraph field in it) and counts it.
  private hiddenParagraph(node: XmlNode): boolean {
    const field = childrenOf(node).some((c) => tagOf(c) === 'text:hidden-paragraph' && attr(c, 'text:is-hidden') !== 'false');
    if (!field && !this.hiddenStyle(attr(node, 'text:style-name'))) return false;
    this.left.hidden++;
    return true;
  }

  private inline(nodes: readonly XmlNode[], bold: boolean, out: Piece[]): void {
    for (const node of nodes) {
      const tag = tagOf(node);
      if (tag === '#text') out.push({ text: textOf(node).replace(/[ \t\r\n]+/gu, ' '), bold });
      else if (tag === 'text:s') out.push({ text: ' '.repeat(Math.min(1000, Math.max(1, Number(attr(node, 'text:c') ?? '1') || 1))), bold });
      else if (tag === 'text:tab') out.push({ text: '\t', bold });
      else if (tag === 'text:line-break') out.push({ text: '\n', bold });
      else if (this.leftOut(node, tag)) continue;
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
      if ((tag === 'text:p' || tag === 'text:h') && this.hiddenParagraph(node)) continue;
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
      if ((tag === 'text:p' || tag === 'text:h') && this.hiddenParagraph(node)) continue;
      if (tag === 'text:section' && attr(node, 'text:display') === 'none') {
        this.left.hidden++;
        continue;
      }
      if (tag === 'text:p') this.paragraphs.push(this.paragraph(node, false));
      else if (tag === 'text:h') this.paragraphs.push(this.paragraph(node, true));
      else if (tag === 'table:table') this.table(node);
      else if (tag === 'draw:frame') this.images++;
      else if (tag === '#text' || SKIPPED.has(tag)) continue;
      else this.walk(childrenOf(node));
    }
  }
}

// Counts the page headers and footers (of the master pages in styles.xml) that hold text.
function countHeaders(styleTree: readonly XmlNode[], left: LeftOut): void {
  const hasText = (nodes: readonly XmlNode[]): boolean => nodes.some((n) => (tagOf(n) === '#text' ? textOf(n).trim() !== '' : hasText(childrenOf(n))));
  for (const page of findAll(styleTree, 'style:master-page')) {
    for (const part of childrenOf(page)) {
      const tag = tagOf(part);
      if (!hasText(childrenOf(part))) continue;
      if (tag.startsWith('style:header')) left.headers++;
      else if (tag.startsWith('style:footer')) left.footers++;
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
  countHeaders(styleTree, walker.left);
  warnings.push(...leftOutWarnings(walker.left));
  return builder.build({ warnings });
}
