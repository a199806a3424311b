// A quick scanner for plain, well-formed XML (the parts Word writes): start and end tags
// with quoted attributes, text with the five predefined entities and character references,
// comments, processing instructions and the XML declaration. Anything else - CDATA, a
// document type, an unknown entity, a bare "<" or "&", tags that do not nest, more than one
// root - makes it answer false, so the caller reads the part the careful way instead
// (xml-tokenizer.ts or mammoth). About ten times faster than saxes on a Word body.
import type { XmlTokenHandler } from './xml-tokenizer.ts';

const MAX_DEPTH = 256;
const TAG = /<(\/?)([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/gy;
const ATTRIBUTE = /([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/gu;
const ENTITY = /&(#x[0-9A-Fa-f]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos)?(;)?/gu;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

// Thrown inside the scan when the XML is not plain.
class NotPlain extends Error {}

function decode(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (_whole, body?: string, semicolon?: string) => {
    if (body === undefined || semicolon === undefined) throw new NotPlain();
    if (!body.startsWith('#')) return NAMED[body] ?? '';
    const code = body.startsWith('#x') ? parseInt(body.slice(2), 16) : Number(body.slice(1));
    if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) throw new NotPlain();
    return String.fromCodePoint(code);
  });
}

function attributesOf(text: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  if (text.length === 0) return attrs;
  for (const m of text.matchAll(ATTRIBUTE)) {
    const name = m[1] ?? '';
    if (name in attrs) throw new NotPlain();
    attrs[name] = decode(m[2] ?? m[3] ?? '');
  }
  return attrs;
}

// Skips a comment, processing instruction or declaration at `at`; returns where it ends.
function skipMarkup(xml: string, at: number): number {
  if (xml.startsWith('<!--', at)) {
    const end = xml.indexOf('-->', at + 4);
    if (end < 0) throw new NotPlain();
    return end + 3;
  }
  if (xml.startsWith('<?', at)) {
    const end = xml.indexOf('?>', at + 2);
    if (end < 0) throw new NotPlain();
    return end + 2;
  }
  throw new NotPlain();
}

function textBetween(xml: string, from: number, to: number, depth: number, handler: XmlTokenHandler): void {
  if (to <= from) return;
  const text = xml.slice(from, to);
  if (text.includes(']]>')) throw new NotPlain();
  if (depth === 0) {
    if (text.trim() !== '') throw new NotPlain();
    return;
  }
  handler.text(decode(text).replace(/\r\n?/gu, '\n'));
}

// Hands the tags and text of a plain XML document to `handler`; false when the document is not plain.
export function scanPlainXml(xml: string, handler: XmlTokenHandler): boolean {
  const open: string[] = [];
  let roots = 0;
  let at = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  try {
    while (at < xml.length) {
      const lt = xml.indexOf('<', at);
      const end = lt < 0 ? xml.length : lt;
      textBetween(xml, at, end, open.length, handler);
      if (lt < 0) break;
      const next = xml.charCodeAt(lt + 1);
      // "!" or "?"
      if (next === 0x21 || next === 0x3f) {
        at = skipMarkup(xml, lt);
        continue;
      }
      TAG.lastIndex = lt;
      const m = TAG.exec(xml);
      if (!m) throw new NotPlain();
      const [whole, closing, name = '', attrs = '', empty] = m;
      at = lt + whole.length;
      if (closing) {
        if (attrs !== '' || empty || open.pop() !== name) throw new NotPlain();
        handler.close(name);
        continue;
      }
      if (open.length === 0 && ++roots > 1) throw new NotPlain();
      if (open.length >= MAX_DEPTH) throw new NotPlain();
      handler.open(name, attributesOf(attrs));
      if (empty) handler.close(name);
      else open.push(name);
    }
    return open.length === 0 && roots === 1;
  } catch (error) {
    if (error instanceof NotPlain) return false;
    throw error;
  }
}
