// The body of an ordinary Word document read straight from word/document.xml with a quick
// scanner of plain XML (plain-xml-scan.ts), into the same tree mammoth would have made
// (paragraphs with their style, runs with bold, text, tabs, breaks, tables), without
// converting the document to HTML first: about twenty times faster on a transcript.
// Anything this reader does not follow exactly as mammoth does (images, drawings, text
// boxes, symbols, check boxes, deleted paragraphs or rows, merged cells, other namespaces,
// a part that is not plain, well-formed XML, a document not at word/document.xml) returns null, and the
// caller hands the document to mammoth as before, so every document reads as it did.
import { scanPlainXml } from './plain-xml-scan.ts';
import type { XmlTokenHandler } from './xml-tokenizer.ts';

// The parts of mammoth's document tree the Word reader uses.
export interface DocxNode {
  type: string;
  children?: DocxNode[];
  value?: string;
  styleName?: string | null;
  styleId?: string | null;
  isBold?: boolean;
  breakType?: string;
  checked?: boolean;
}

const MAIN_NAMESPACE = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

// Thrown inside the reader when the document needs mammoth.
class NeedsMammoth extends Error {}

// Elements mammoth reads in a way this reader does not copy: the whole document goes to mammoth.
const HANDED_ON = new Set(['w:sym', 'w:drawing', 'w:pict', 'w:object', 'mc:AlternateContent', 'w:vMerge', 'w:altChunk', 'w:subDoc']);
// Elements whose children are read as if they stood in the element's place.
const TRANSPARENT = new Set(['w:hyperlink', 'w:ins', 'w:smartTag', 'w:customXml', 'w:moveTo', 'w:sdtContent']);
// Leaf elements that are text.
const TEXT_OF: Record<string, string> = { 'w:noBreakHyphen': '\u2011', 'w:softHyphen': '\u00AD' };

function onOff(attrs: Record<string, string>): boolean {
  const value = attrs['w:val'];
  return value !== 'false' && value !== '0';
}

interface ContentFrame {
  kind: 'content';
  name: string;
  children: DocxNode[];
  node: DocxNode | null;
  propertiesSeen: boolean;
}

// A line, page or column break as mammoth reads it (other kinds are dropped).
function breakOf(type: string | undefined): DocxNode | null {
  if (type === undefined || type === 'textWrapping') return { type: 'break', breakType: 'line' };
  return type === 'page' || type === 'column' ? { type: 'break', breakType: type } : null;
}

type Frame =
  | ContentFrame
  | { kind: 'paragraph-properties'; paragraph: DocxNode; sawStyle: boolean }
  | { kind: 'paragraph-run-properties' }
  | { kind: 'run-properties'; run: DocxNode; sawBold: boolean }
  | { kind: 'row-properties' }
  | { kind: 'text'; parts: string[]; into: DocxNode[] }
  | { kind: 'field-code' }
  | { kind: 'structured-tag' }
  | { kind: 'skip' };

// Builds the body tree as the tokenizer hands on tags and text.
class BodyBuilder {
  readonly body: DocxNode = { type: 'document', children: [] };
  private readonly stack: Frame[] = [];
  private depth = 0;
  private skipDepth = 0;

  open(name: string, attrs: Record<string, string>): void {
    this.depth++;
    if (HANDED_ON.has(name) || /^\w+:checkbox$/iu.test(name) || name.startsWith('v:') || name.startsWith('wp:')) throw new NeedsMammoth();
    if (this.depth > 1 && Object.keys(attrs).some((a) => a === 'xmlns' || a.startsWith('xmlns:'))) throw new NeedsMammoth();
    if (this.skipDepth > 0) {
      this.skipDepth++;
      return;
    }
    if (this.depth === 1) {
      if (name !== 'w:document' || attrs['xmlns:w'] !== MAIN_NAMESPACE) throw new NeedsMammoth();
      this.stack.push({ kind: 'skip' });
      return;
    }
    const top = this.stack[this.stack.length - 1];
    if (this.depth === 2) {
      if (name === 'w:body' && this.body.children?.length === 0) this.stack.push({ kind: 'content', name, children: this.body.children, node: null, propertiesSeen: false });
      else this.skip();
      return;
    }
    this.openIn(top, name, attrs);
  }

  private skip(): void {
    this.skipDepth = 1;
  }

  private openIn(top: Frame | undefined, name: string, attrs: Record<string, string>): void {
    switch (top?.kind) {
      case 'content':
        return this.openContent(top, name, attrs);
      case 'paragraph-properties':
        if (name === 'w:pStyle' && !top.sawStyle) {
          top.sawStyle = true;
          top.paragraph.styleId = attrs['w:val'] ?? null;
          return this.skip();
        }
        if (name === 'w:rPr') return void this.stack.push({ kind: 'paragraph-run-properties' });
        return this.skip();
      case 'paragraph-run-properties':
      case 'row-properties':
        // a deleted paragraph joins the next one, a deleted row goes: mammoth does both
        if (name === 'w:del') throw new NeedsMammoth();
        return this.skip();
      case 'run-properties':
        if (name === 'w:b' && !top.sawBold) {
          top.sawBold = true;
          top.run.isBold = onOff(attrs);
        }
        return this.skip();
      case 'structured-tag':
        if (name === 'w:sdtContent') return void this.stack.push({ kind: 'content', name, children: this.contentBelow(), node: null, propertiesSeen: false });
        return this.skip();
      default:
        return this.skip();
    }
  }

  // The children list the nearest content frame adds to.
  private contentBelow(): DocxNode[] {
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const frame = this.stack[i];
      if (frame?.kind === 'content') return frame.children;
    }
    throw new NeedsMammoth();
  }

  // Adds a node with children to a content frame and opens the frame of its children.
  private container(top: ContentFrame, name: string, node: DocxNode): void {
    top.children.push(node);
    this.stack.push({ kind: 'content', name, children: node.children ?? [], node, propertiesSeen: false });
  }

  // The paragraph or run whose first properties element opens now (mammoth reads the first only).
  private firstProperties(top: ContentFrame, of: string): DocxNode | null {
    if (top.name !== of || top.node === null || top.propertiesSeen) return null;
    top.propertiesSeen = true;
    return top.node;
  }

  // A leaf element: what it adds to the text (nothing for most), its content skipped.
  private leaf(top: ContentFrame, node: DocxNode | null): void {
    if (node !== null) top.children.push(node);
    this.skip();
  }

  private openContent(top: ContentFrame, name: string, attrs: Record<string, string>): void {
    let owner: DocxNode | null;
    if (name === 'w:p') this.container(top, name, { type: 'paragraph', children: [], styleId: null, styleName: null });
    else if (name === 'w:r') this.container(top, name, { type: 'run', children: [], isBold: false });
    else if (name === 'w:t') this.stack.push({ kind: 'text', parts: [], into: top.children });
    else if (name === 'w:pPr' && (owner = this.firstProperties(top, 'w:p'))) this.stack.push({ kind: 'paragraph-properties', paragraph: owner, sawStyle: false });
    else if (name === 'w:rPr' && (owner = this.firstProperties(top, 'w:r'))) this.stack.push({ kind: 'run-properties', run: owner, sawBold: false });
    else if (name === 'w:trPr' && top.name === 'w:tr') this.stack.push({ kind: 'row-properties' });
    else if (name === 'w:instrText') this.stack.push({ kind: 'field-code' });
    else if (name === 'w:tab') this.leaf(top, { type: 'tab' });
    else if (name === 'w:br') this.leaf(top, breakOf(attrs['w:type']));
    else if (TEXT_OF[name] !== undefined) this.leaf(top, { type: 'text', value: TEXT_OF[name] });
    else if (name === 'w:tbl') this.container(top, name, { type: 'table', children: [] });
    else if (name === 'w:tr') this.container(top, name, { type: 'tableRow', children: [] });
    else if (name === 'w:tc') this.container(top, name, { type: 'tableCell', children: [] });
    else if (name === 'w:sdt') this.stack.push({ kind: 'structured-tag' });
    else if (TRANSPARENT.has(name)) this.stack.push({ kind: 'content', name, children: top.children, node: null, propertiesSeen: false });
    else this.skip();
  }

  text(text: string): void {
    if (this.skipDepth > 0) return;
    const top = this.stack[this.stack.length - 1];
    if (top?.kind === 'text') top.parts.push(text);
    // a check box field (FORMCHECKBOX) becomes a box in mammoth's reading
    else if (top?.kind === 'field-code' && /FORMCHECKBOX/iu.test(text)) throw new NeedsMammoth();
  }

  close(): void {
    this.depth--;
    if (this.skipDepth > 0) {
      this.skipDepth--;
      return;
    }
    const frame = this.stack.pop();
    if (frame?.kind === 'text') frame.into.push({ type: 'text', value: frame.parts.join('') });
  }
}

const DECODER = new TextDecoder('utf-8', { fatal: true });

// A part as text; null when it is not UTF-8 (mammoth reads it then).
function textOf(bytes: Uint8Array): string | null {
  try {
    return DECODER.decode(bytes);
  } catch {
    return null;
  }
}

// Tells whether an XML part is plain, well-formed XML (mammoth, which reads it, needs it well-formed).
function wellFormed(bytes: Uint8Array): boolean {
  const xml = textOf(bytes);
  return xml !== null && scanPlainXml(xml, { open() {}, text() {}, close() {} });
}

// The paragraph style names of styles.xml by style id (the first style of an id wins, as in
// mammoth); null when the part is not well-formed or binds its prefix elsewhere (mammoth reads it then).
function paragraphStyleNames(styles: Uint8Array | undefined): Map<string, string | null> | null {
  const names = new Map<string, string | null>();
  if (!styles) return names;
  let depth = 0;
  let style: { paragraph: boolean; id: string | undefined; name: string | null | undefined } | null = null;
  const xml = textOf(styles);
  if (xml === null) return null;
  const handler: XmlTokenHandler = {
    open(name, attrs) {
      depth++;
      if (depth === 1 && attrs['xmlns:w'] !== MAIN_NAMESPACE) throw new NeedsMammoth();
      if (depth === 2 && name === 'w:style') style = { paragraph: attrs['w:type'] === 'paragraph', id: attrs['w:styleId'], name: undefined };
      else if (depth === 3 && name === 'w:name' && style !== null && style.name === undefined) style.name = attrs['w:val'] ?? null;
    },
    text() {},
    close() {
      if (depth === 2 && style !== null) {
        const { paragraph, id, name } = style;
        if (paragraph && id !== undefined && !names.has(id)) names.set(id, name ?? null);
        style = null;
      }
      depth--;
    },
  };
  try {
    return scanPlainXml(xml, handler) ? names : null;
  } catch {
    return null;
  }
}

// Tells whether the package's parts are where mammoth would look for them by default.
function partsWhereExpected(parts: ReadonlyMap<string, Uint8Array>): boolean {
  const packageRels = parts.get('_rels/.rels');
  if (packageRels) {
    const main = /<Relationship\b[^>]*Type\s*=\s*["'][^"']*\/officeDocument["'][^>]*>/u.exec(DECODER.decode(packageRels))?.[0];
    const target = main ? /\bTarget\s*=\s*["']\/?([^"']*)["']/u.exec(main)?.[1] : 'word/document.xml';
    if (target !== 'word/document.xml') return false;
  }
  const documentRels = parts.get('word/_rels/document.xml.rels');
  if (documentRels) {
    for (const m of DECODER.decode(documentRels).matchAll(/<Relationship\b[^>]*>/gu)) {
      const type = /\bType\s*=\s*["'][^"']*\/(styles|numbering|comments|footnotes|endnotes)["']/u.exec(m[0])?.[1];
      const target = /\bTarget\s*=\s*["']([^"']*)["']/u.exec(m[0])?.[1];
      if (type !== undefined && target !== `${type}.xml`) return false;
    }
  }
  return true;
}

// The parts mammoth reads (and refuses the document for, when they are not well-formed).
const READ_BY_MAMMOTH = ['[Content_Types].xml', '_rels/.rels', 'word/_rels/document.xml.rels', 'word/numbering.xml', 'word/comments.xml', 'word/footnotes.xml', 'word/endnotes.xml'];

// Reads the body of word/document.xml into mammoth's tree, or null when the document needs mammoth.
export function readDocxBodyDirectly(parts: ReadonlyMap<string, Uint8Array>): DocxNode | null {
  const document = parts.get('word/document.xml');
  if (!document || !partsWhereExpected(parts)) return null;
  for (const name of READ_BY_MAMMOTH) {
    const part = parts.get(name);
    if (part && !wellFormed(part)) return null;
  }
  const builder = new BodyBuilder();
  const xml = textOf(document);
  try {
    // not plain XML, not UTF-8, or something only mammoth reads as it should
    if (xml === null || !scanPlainXml(xml, builder)) return null;
  } catch {
    return null;
  }
  const styles = paragraphStyleNames(parts.get('word/styles.xml'));
  if (styles === null) return null;
  const name = (node: DocxNode): void => {
    if (node.type === 'paragraph' && node.styleId) node.styleName = styles.get(node.styleId) ?? null;
    for (const child of node.children ?? []) name(child);
  };
  name(builder.body);
  return builder.body;
}
