// The text a reader can see in an XML part of an output file (a Word document part, a
// spreadsheet part, document properties, an SVG): text nodes joined as the reader sees
// them (a word split over several runs becomes one word again; paragraphs, cells and
// line breaks become line breaks), plus the attributes that carry readable text (image
// descriptions and titles, comment authors, link targets, aria labels).
import type { TextPart } from './leak-scan.ts';

export type XmlFlavour = 'word' | 'sheet' | 'svg' | 'meta';

const BLOCKS: Record<Exclude<XmlFlavour, 'svg' | 'meta'>, ReadonlySet<string>> = {
  word: new Set(['p', 'tc', 'tr', 'tbl', 'br', 'cr', 'comment', 'footnote', 'endnote', 'txbxContent', 'hdr', 'ftr', 'body', 'document', 'sdtContent', 'instrText', 'fldSimple']),
  sheet: new Set(['si', 'c', 'row', 'is', 'comment', 'text', 'definedName', 'f', 'author']),
};
// in SVG and property parts every element is its own text, except these inline ones
const INLINE_SVG: ReadonlySet<string> = new Set(['tspan', 'a', 'textPath', 'tref']);

const READABLE_ATTRIBUTES: ReadonlySet<string> = new Set([
  'descr', 'title', 'alt', 'author', 'initials', 'aria-label', 'aria-description', 'aria-roledescription', 'label', 'tooltip', 'name', 'target', 'href', 'creator', 'lastmodifiedby', 'subject', 'keywords', 'value', 'placeholder',
]);

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

// Decodes XML character and entity references.
export function decodeXmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#x')) return safeCodePoint(parseInt(ref.slice(2), 16)) ?? whole;
    if (ref.startsWith('#')) return safeCodePoint(parseInt(ref.slice(1), 10)) ?? whole;
    return ENTITY[ref] ?? whole;
  });
}

function safeCodePoint(cp: number): string | null {
  return Number.isFinite(cp) && cp >= 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : null;
}

function localName(qname: string): string {
  const colon = qname.indexOf(':');
  return colon >= 0 ? qname.slice(colon + 1) : qname;
}

const ATTR_RE = /([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/g;

// Splits one XML part into the texts a reader sees: the joined body text and readable attributes.
export function xmlTextParts(xml: string, where: string, flavour: XmlFlavour): TextPart[] {
  const body: string[] = [];
  const attributes: TextPart[] = [];
  const blocks = flavour === 'word' || flavour === 'sheet' ? BLOCKS[flavour] : null;
  const separates = (name: string) => (blocks ? blocks.has(name) : !(flavour === 'svg' && INLINE_SVG.has(name)));
  let i = 0;
  const n = xml.length;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i) body.push(decodeXmlEntities(xml.slice(i, textEnd)));
    if (lt < 0) break;
    if (xml.startsWith('<!--', lt)) {
      const close = xml.indexOf('-->', lt + 4);
      i = close < 0 ? n : close + 3;
      continue;
    }
    if (xml.startsWith('<![CDATA[', lt)) {
      const close = xml.indexOf(']]>', lt + 9);
      body.push(xml.slice(lt + 9, close < 0 ? n : close));
      i = close < 0 ? n : close + 3;
      continue;
    }
    if (xml.startsWith('<?', lt) || xml.startsWith('<!', lt)) {
      const close = xml.indexOf('>', lt + 2);
      i = close < 0 ? n : close + 1;
      continue;
    }
    const gt = findTagEnd(xml, lt + 1);
    const tag = xml.slice(lt + 1, gt < 0 ? n : gt);
    i = gt < 0 ? n : gt + 1;
    const closing = tag.startsWith('/');
    const nameMatch = /^\/?\s*([^\s/>]+)/.exec(tag);
    const name = localName(nameMatch?.[1] ?? '');
    if (name === 'tab' && flavour === 'word') body.push('\t');
    else if (separates(name)) body.push('\n');
    if (closing) continue;
    ATTR_RE.lastIndex = 0;
    for (let m = ATTR_RE.exec(tag); m; m = ATTR_RE.exec(tag)) {
      const attr = localName(m[1] ?? '').toLowerCase();
      if (!READABLE_ATTRIBUTES.has(attr)) continue;
      const value = decodeXmlEntities(m[3] ?? m[4] ?? '');
      if (!value.trim() || value.startsWith('data:')) continue;
      attributes.push({ where: `${where} (${name} ${attr})`, text: value });
    }
  }
  return [{ where, text: body.join('') }, ...attributes];
}

// The index of the '>' that ends a tag, skipping '>' inside quoted attribute values.
function findTagEnd(xml: string, from: number): number {
  let quote = 0;
  for (let k = from; k < xml.length; k++) {
    const c = xml.charCodeAt(k);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 0x22 || c === 0x27) quote = c;
    else if (c === 0x3e) return k;
  }
  return -1;
}
