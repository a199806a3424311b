// Builds the small element tree of qdpx-xml.ts from the streaming tokenizer, with the
// same text rules as parseXml (namespace prefixes removed, the predefined entities and
// character references decoded, carriage returns kept only inside PlainTextContent),
// and lets the caller take elements as they close (a project's sources are read into the
// model one by one and never held as a tree), so memory follows the model, not the file.
import { ApiError } from '../../shared/errors.ts';
import { decodeXmlEntities } from './qdpx-xml.ts';
import type { XmlElement } from './qdpx-xml.ts';
import { XmlTokenizer } from './xml-tokenizer.ts';

// Called as each element closes, with its depth (the root is 0) and parent; true takes it out of the tree.
export type TakeElement = (el: XmlElement, depth: number, parent: XmlElement | undefined) => boolean;

// The most elements one XML file may hold (a study of 5,000 coded transcripts holds about 1.6 million).
export const MAX_XML_ELEMENTS = 6_000_000;

// Attributes whose values repeat across hundreds of thousands of elements (the coder, the code, the
// time): one string per distinct value, up to a bound, instead of one per element.
const REPEATED = new Set(['creatingUser', 'modifyingUser', 'targetGUID', 'creationDateTime', 'modifiedDateTime']);
const MAX_INTERNED = 20_000;

function localName(name: string): string {
  return name.replace(/^[\w.-]+:/, '');
}

function lineEnds(raw: string): string {
  return raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
}

// Parses an XML document pushed in chunks by `feed` into its root element.
export function buildXmlTree(fileName: string, feed: (push: (chunk: Uint8Array) => void) => void, take?: TakeElement): XmlElement {
  const stack: XmlElement[] = [];
  const texts: string[][] = [];
  let root: XmlElement | undefined;
  let rootClosed = false;
  let elements = 0;
  const interned = new Map<string, string>();
  const intern = (value: string): string => {
    const known = interned.get(value);
    if (known !== undefined) return known;
    if (interned.size < MAX_INTERNED) interned.set(value, value);
    return value;
  };
  const tokenizer = new XmlTokenizer(fileName, {
    open(name, attrs) {
      if (rootClosed) return;
      if (++elements > MAX_XML_ELEMENTS) throw new ApiError('TOO_LARGE', `${fileName} holds more than ${MAX_XML_ELEMENTS.toLocaleString('en')} XML elements, more than this version reads. Nothing was imported.`);
      const decoded: Record<string, string> = {};
      for (const [k, v] of Object.entries(attrs)) {
        const name = localName(k);
        const value = decodeXmlEntities(lineEnds(v));
        decoded[name] = REPEATED.has(name) ? intern(value) : value;
      }
      const el: XmlElement = { name: localName(name), attrs: decoded, children: [], text: '' };
      root ??= el;
      stack.push(el);
      texts.push([]);
    },
    text(raw, cdata) {
      const el = stack[stack.length - 1];
      const parts = texts[texts.length - 1];
      if (rootClosed || el === undefined || parts === undefined) return;
      // XML parsers turn CRLF into LF; positions in PlainTextContent count the CR, so it is kept there
      const kept = el.name === 'PlainTextContent' ? raw : lineEnds(raw);
      parts.push(cdata ? kept : decodeXmlEntities(kept));
    },
    close() {
      if (rootClosed) return;
      const el = stack.pop();
      const parts = texts.pop();
      if (el === undefined || parts === undefined) return;
      el.text = parts.length === 1 ? (parts[0] ?? '') : parts.join('');
      if (stack.length === 0) {
        rootClosed = true;
        return;
      }
      const parent = stack[stack.length - 1];
      if (take?.(el, stack.length, parent) !== true) parent?.children.push(el);
    },
  });
  feed((chunk) => tokenizer.push(chunk));
  tokenizer.end();
  if (root === undefined) throw new ApiError('BAD_INPUT', `${fileName} holds no XML element. Nothing was imported.`);
  return root;
}
