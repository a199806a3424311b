// Parsing untrusted REFI-QDA XML (project.qde, .qdc) safely into a small element tree, with
// the one XML reader (xml-tokenizer.ts, saxes inside our refusals): a document type
// declaration is refused outright (no DTD, so no entity expansion), and only the five
// predefined entities and character references are decoded.
import { decodeTextBytes } from './decode-text.ts';
import { buildXmlTreeFromText } from './xml-stream-tree.ts';

export interface XmlElement {
  // the local name (any namespace prefix removed)
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  // the element's own text, entities decoded (text of children not included)
  text: string;
}

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

// Decodes XML bytes (UTF-8 with or without a byte-order mark, or UTF-16) to text.
export function decodeXmlBytes(bytes: Uint8Array): string {
  return decodeTextBytes(bytes).text.replace(/^\uFEFF+/, '');
}

// Parses an untrusted XML document into its root element, or throws a clear BAD_INPUT.
export function parseXml(xml: string, fileName: string): XmlElement {
  return buildXmlTreeFromText(fileName, xml);
}

// The children of an element with a given local name.
export function childrenNamed(el: XmlElement, name: string): XmlElement[] {
  return el.children.filter((c) => c.name === name);
}

// The first child with a given local name.
export function childNamed(el: XmlElement, name: string): XmlElement | undefined {
  return el.children.find((c) => c.name === name);
}
