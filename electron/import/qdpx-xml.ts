// Parsing untrusted REFI-QDA XML (project.qde, .qdc) safely into a small element tree:
// a document type declaration is refused outright (no DTD, so no entity expansion),
// fast-xml-parser runs with entity processing off, and only the five predefined
// entities and numeric character references are decoded, by us.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ApiError } from '../../shared/errors.ts';
import { decodeTextBytes } from './decode-text.ts';

export interface XmlElement {
  // the local name (any namespace prefix removed)
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  // the element's own text, entities decoded (text of children not included)
  text: string;
}

const MAX_DEPTH = 256;

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

// Decodes the predefined entities and character references of XML text; leaves anything else as written.
export function decodeXmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]+);/g, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return PREDEFINED[body] ?? whole;
  });
}

// Refuses a document type declaration in the prolog (the only place one may be).
function refuseDoctype(xml: string, fileName: string): void {
  let i = 0;
  for (;;) {
    while (i < xml.length && /\s/.test(xml[i] ?? '')) i++;
    if (xml.startsWith('<?', i)) {
      const end = xml.indexOf('?>', i);
      if (end < 0) return;
      i = end + 2;
    } else if (xml.startsWith('<!--', i)) {
      const end = xml.indexOf('-->', i);
      if (end < 0) return;
      i = end + 3;
    } else break;
  }
  if (/^<!DOCTYPE/i.test(xml.slice(i, i + 9))) throw doctypeRefusal(fileName);
}

// The refusal of a file with a document type declaration.
export function doctypeRefusal(fileName: string): ApiError {
  return new ApiError('BAD_INPUT', `${fileName} contains a document type declaration (<!DOCTYPE>), which REFI-QDA files never need and which can hide harmful entity expansions. It was not read.`);
}

// Keeps carriage returns inside PlainTextContent (XML parsers turn CRLF into LF, which would shift positions).
function protectCarriageReturns(xml: string): string {
  if (!xml.includes('\r')) return xml;
  return xml.replace(/(<(?:[\w.-]+:)?PlainTextContent\b[^>]*>)([\s\S]*?)(<\/(?:[\w.-]+:)?PlainTextContent>)/g, (_m, open: string, body: string, close: string) => open + body.replace(/\r/g, '&#13;') + close);
}

type Ordered = Record<string, unknown>;

function toElement(node: Ordered, depth: number, fileName: string): XmlElement | null {
  if (depth > MAX_DEPTH) throw new ApiError('BAD_INPUT', `${fileName} nests elements more than ${MAX_DEPTH} deep; it was not read.`);
  const name = Object.keys(node).find((k) => k !== ':@');
  if (name === undefined || name === '#text' || name === '#cdata' || name.startsWith('?')) return null;
  const rawAttrs = (node[':@'] ?? {}) as Record<string, unknown>;
  const attrs: Record<string, string> = {};
  for (const [k, v] of Object.entries(rawAttrs)) {
    if (typeof v === 'string') attrs[k.replace(/^[\w.-]+:/, '')] = decodeXmlEntities(v);
  }
  const element: XmlElement = { name: name.replace(/^[\w.-]+:/, ''), attrs, children: [], text: '' };
  const body = node[name];
  if (Array.isArray(body)) {
    const texts: string[] = [];
    for (const child of body as Ordered[]) {
      if (typeof child['#text'] === 'string') texts.push(decodeXmlEntities(child['#text']));
      else if (Array.isArray(child['#cdata'])) {
        for (const part of child['#cdata'] as Ordered[]) if (typeof part['#text'] === 'string') texts.push(part['#text']);
      } else {
        const el = toElement(child, depth + 1, fileName);
        if (el) element.children.push(el);
      }
    }
    element.text = texts.join('');
  }
  return element;
}

// Decodes XML bytes (UTF-8 with or without a byte-order mark, or UTF-16) to text.
export function decodeXmlBytes(bytes: Uint8Array): string {
  return decodeTextBytes(bytes).text.replace(/^\uFEFF+/, '');
}

// Parses an untrusted XML document into its root element, or throws a clear BAD_INPUT.
export function parseXml(xml: string, fileName: string): XmlElement {
  refuseDoctype(xml, fileName);
  const checked = XMLValidator.validate(xml);
  if (checked !== true) {
    throw new ApiError('BAD_INPUT', `${fileName} is not well-formed XML (line ${checked.err.line}: ${checked.err.msg}). Nothing was imported.`);
  }
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    removeNSPrefix: false,
    processEntities: false,
    htmlEntities: false,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
    cdataPropName: '#cdata',
  });
  let nodes: Ordered[];
  try {
    nodes = parser.parse(protectCarriageReturns(xml)) as Ordered[];
  } catch (error) {
    throw new ApiError('BAD_INPUT', `${fileName} could not be read as XML (${error instanceof Error ? error.message.slice(0, 200) : 'unknown error'}). Nothing was imported.`);
  }
  for (const node of nodes) {
    const root = toElement(node, 0, fileName);
    if (root) return root;
  }
  throw new ApiError('BAD_INPUT', `${fileName} holds no XML element. Nothing was imported.`);
}

// The children of an element with a given local name.
export function childrenNamed(el: XmlElement, name: string): XmlElement[] {
  return el.children.filter((c) => c.name === name);
}

// The first child with a given local name.
export function childNamed(el: XmlElement, name: string): XmlElement | undefined {
  return el.children.find((c) => c.name === name);
}
