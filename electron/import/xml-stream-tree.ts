// Builds the small element tree of qdpx-xml.ts from the streaming XML reader (namespace
// prefixes removed, entities and character references decoded, carriage returns kept only
// inside PlainTextContent), and lets the caller take elements as they close (a project's
// sources are read into the model one by one and never held as a tree), so memory follows
// the model, not the file.
import { ApiError } from '../../shared/errors.ts';
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

// A copy of a string that does not share the memory of the piece of text it was cut from: saxes
// hands on slices of each 64 KB piece, and a model that kept them would keep every piece alive.
function ownCopy(value: string): string {
  return value.length < 13 ? value : (' ' + value).slice(1);
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

// Builds the tree from what `feed` hands the tokenizer.
function treeOf(fileName: string, feed: (tokenizer: XmlTokenizer) => void, take?: TakeElement): XmlElement {
  const stack: XmlElement[] = [];
  const texts: string[][] = [];
  let root: XmlElement | undefined;
  let rootClosed = false;
  let elements = 0;
  const interned = new Map<string, string>();
  const intern = (value: string): string => {
    const known = interned.get(value);
    if (known !== undefined) return known;
    const copy = ownCopy(value);
    if (interned.size < MAX_INTERNED) interned.set(copy, copy);
    return copy;
  };
  const names = new Map<string, string>();
  const nameOf = (name: string): string => {
    const known = names.get(name);
    if (known !== undefined) return known;
    const local = ownCopy(localName(name));
    if (names.size < MAX_INTERNED) names.set(ownCopy(name), local);
    return local;
  };
  const tokenizer = new XmlTokenizer(fileName, {
    open(name, attrs) {
      if (rootClosed) return;
      if (++elements > MAX_XML_ELEMENTS) throw new ApiError('TOO_LARGE', `${fileName} holds more than ${MAX_XML_ELEMENTS.toLocaleString('en')} XML elements, more than this version reads. Nothing was imported.`);
      const local: Record<string, string> = {};
      for (const [k, v] of Object.entries(attrs)) {
        const key = localName(k);
        local[key] = REPEATED.has(key) ? intern(v) : ownCopy(v);
      }
      const el: XmlElement = { name: nameOf(name), attrs: local, children: [], text: '' };
      root ??= el;
      stack.push(el);
      texts.push([]);
    },
    text(text) {
      if (!rootClosed) texts[texts.length - 1]?.push(text);
    },
    close() {
      if (rootClosed) return;
      const el = stack.pop();
      const parts = texts.pop();
      if (el === undefined || parts === undefined) return;
      el.text = parts.length === 1 ? ownCopy(parts[0] ?? '') : parts.join('');
      if (stack.length === 0) {
        rootClosed = true;
        return;
      }
      const parent = stack[stack.length - 1];
      if (take?.(el, stack.length, parent) !== true) parent?.children.push(el);
    },
  });
  feed(tokenizer);
  tokenizer.end();
  if (root === undefined) throw new ApiError('BAD_INPUT', `${fileName} holds no XML element. Nothing was imported.`);
  return root;
}

// Parses a UTF-8 XML document pushed in chunks by `feed` into its root element.
export function buildXmlTree(fileName: string, feed: (push: (chunk: Uint8Array) => void) => void, take?: TakeElement): XmlElement {
  return treeOf(fileName, (tokenizer) => feed((chunk) => tokenizer.push(chunk)), take);
}

// Parses an XML document already decoded to text into its root element.
export function buildXmlTreeFromText(fileName: string, xml: string, take?: TakeElement): XmlElement {
  return treeOf(fileName, (tokenizer) => tokenizer.write(xml), take);
}
