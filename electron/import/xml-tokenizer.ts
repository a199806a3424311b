// Reading untrusted XML as a stream of UTF-8 byte chunks (a project.qde can be hundreds
// of megabytes): start tags, end tags, text and CDATA are handed on one at a time, so the
// document is never held whole. The same rules as parseXml (qdpx-xml.ts): a document type
// declaration is refused outright (no DTD, no entity expansion, no external entities), no
// entity is expanded here (the reader decodes the five predefined ones and character
// references), tags must nest and attributes must be quoted and not repeated, and nesting
// is capped. Every string handed on is a fresh copy, so nothing keeps a chunk alive.
import { isUtf8 } from 'node:buffer';
import { ApiError } from '../../shared/errors.ts';
import { doctypeRefusal } from './qdpx-xml.ts';

export interface XmlTokenHandler {
  // a start tag: its name as written and its attribute values raw (entities and CR as written)
  open(name: string, attrs: Record<string, string>): void;
  // text (raw, entities as written) or CDATA inside the element opened last
  text(raw: string, cdata: boolean): void;
  close(name: string): void;
}

// Thrown when the bytes are not UTF-8 (UTF-16, Windows-1252): the caller decodes the whole file instead.
export class NotUtf8Error extends Error {}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const EQUALS = 0x3d;
const NEWLINE = 0x0a;
const MAX_DEPTH = 256;
// the most one token (a tag, a comment, one element's run of text) may be: what a whole zip
// entry may be when read at once, so a hostile file cannot make one string past V8's limit
export const MAX_XML_TOKEN_BYTES = 200 * 1024 * 1024;
const START = ':A-Za-z_\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD';
const NAME = new RegExp(`^[${START}][${START}\\-.\\d\\u00B7\\u0300-\\u036F\\u203F-\\u2040]*$`);
// an ampersand that starts neither an entity nor a character reference
const BARE_AMPERSAND = /&(?!(?:[A-Za-z_:][\w.:-]*|#\d+|#x[\da-fA-F]+);)/;
const EMPTY = Buffer.alloc(0);

function isSpace(b: number | undefined): boolean {
  return b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
}

// Tells whether the first bytes of a file look like UTF-16 (a byte-order mark or NUL bytes), which this reader leaves to decodeXmlBytes.
function looksUtf16(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return true;
  return bytes.subarray(0, 1024).includes(0);
}

// A push tokenizer: feed it chunks with push(), then call end().
export class XmlTokenizer {
  private buf: Buffer = EMPTY;
  private pos = 0;
  // chunks waiting to be joined to an unfinished token (joined once they outgrow it, so joining stays linear)
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  // text running over chunk boundaries
  private textParts: Buffer[] = [];
  private textBytes = 0;
  // the line of buf[0]
  private line = 1;
  private readonly stack: string[] = [];
  private started = false;
  private ended = false;

  constructor(
    private readonly fileName: string,
    private readonly handler: XmlTokenHandler,
    // the most one token may be (MAX_XML_TOKEN_BYTES; smaller in tests)
    private readonly maxTokenBytes = MAX_XML_TOKEN_BYTES,
  ) {}

  // Feeds the next chunk of the document.
  push(chunk: Uint8Array): void {
    if (chunk.length === 0) return;
    if (!this.started && this.buf.length === 0 && looksUtf16(chunk)) throw new NotUtf8Error();
    const view = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (this.pos >= this.buf.length) {
      this.drop();
      this.buf = view;
    } else {
      this.pending.push(Buffer.from(view));
      this.pendingBytes += view.length;
      if (this.pendingBytes + this.buf.length - this.pos > this.maxTokenBytes) throw this.tokenTooLarge();
      if (this.pendingBytes < this.buf.length - this.pos) return;
      this.join();
    }
    this.run();
    this.keepRest();
  }

  // Ends the document: checks that everything opened was closed.
  end(): void {
    this.ended = true;
    if (this.pending.length > 0) this.join();
    this.run();
    if (this.pos < this.buf.length) throw this.malformed(this.pos, 'the file ends inside markup');
    if (this.stack.length > 0) throw this.malformed(this.pos, `Unclosed tag '${this.stack[this.stack.length - 1] ?? ''}'.`);
  }

  private join(): void {
    const rest = this.buf.subarray(this.pos);
    this.drop();
    this.buf = Buffer.concat([rest, ...this.pending]);
    this.pending = [];
    this.pendingBytes = 0;
  }

  // Forgets buf[0..pos), counting its lines.
  private drop(): void {
    this.line += countNewlines(this.buf, 0, this.pos);
    this.buf = this.buf.subarray(this.pos);
    this.pos = 0;
  }

  // Copies what is left of a chunk (the chunk itself may be reused by whoever pushed it).
  private keepRest(): void {
    this.drop();
    if (this.buf.length > 0) this.buf = Buffer.from(this.buf);
    else this.buf = EMPTY;
  }

  private tokenTooLarge(): ApiError {
    return new ApiError('TOO_LARGE', `${this.fileName} has one tag or run of text over ${Math.round(this.maxTokenBytes / 1024 / 1024)} MB, which no REFI-QDA project needs; it was not read.`);
  }

  private malformed(at: number, message: string): ApiError {
    const line = this.line + countNewlines(this.buf, 0, Math.min(at, this.buf.length));
    return new ApiError('BAD_INPUT', `${this.fileName} is not well-formed XML (line ${line}: ${message}). Nothing was imported.`);
  }

  private decode(bytes: Buffer): string {
    if (!isUtf8(bytes)) throw new NotUtf8Error();
    return bytes.toString('utf8');
  }

  private startsWith(text: string, at: number): boolean {
    for (let i = 0; i < text.length; i++) if (this.buf[at + i] !== text.charCodeAt(i)) return false;
    return true;
  }

  private run(): void {
    const buf = this.buf;
    while (this.pos < buf.length) {
      if (!this.started) {
        if (buf.length - this.pos < 3 && !this.ended) return;
        // byte-order marks (some programs write more than one)
        if (buf[this.pos] === 0xef && buf[this.pos + 1] === 0xbb && buf[this.pos + 2] === 0xbf) {
          this.pos += 3;
          continue;
        }
        this.started = true;
      }
      if (buf[this.pos] !== LT || this.textParts.length > 0) {
        const lt = buf.indexOf(LT, this.pos);
        if (lt < 0) {
          this.textParts.push(Buffer.from(buf.subarray(this.pos)));
          this.textBytes += buf.length - this.pos;
          if (this.textBytes > this.maxTokenBytes) throw this.tokenTooLarge();
          this.pos = buf.length;
          return;
        }
        this.emitText(lt);
        this.pos = lt;
      }
      const next = this.markup(this.pos);
      if (next < 0) return;
      this.pos = next;
    }
  }

  private emitText(end: number): void {
    const tail = this.buf.subarray(this.pos, end);
    const bytes = this.textParts.length > 0 ? Buffer.concat([...this.textParts, tail]) : tail;
    this.textParts = [];
    this.textBytes = 0;
    // text outside the root element is ignored (as parseXml does)
    if (this.stack.length === 0) return;
    const raw = this.decode(bytes);
    if (raw.includes('&') && BARE_AMPERSAND.test(raw)) throw this.malformed(end, "char '&' is not expected.");
    this.handler.text(raw, false);
  }

  // Reads the markup at `at` (a '<'); returns where the next token starts, or -1 when more bytes are needed.
  private markup(at: number): number {
    const buf = this.buf;
    const more = (what: string) => {
      if (this.ended) throw this.malformed(at, what);
      return -1;
    };
    const second = buf[at + 1];
    if (second === undefined) return more('the file ends inside a tag');
    if (second === BANG) {
      if (buf.length - at < 9 && !this.ended) return -1;
      if (this.startsWith('<!--', at)) {
        const end = buf.indexOf('-->', at + 4);
        return end < 0 ? more('Unclosed comment.') : end + 3;
      }
      if (this.startsWith('<![CDATA[', at)) {
        const end = buf.indexOf(']]>', at + 9);
        if (end < 0) return more('Unclosed CDATA section.');
        if (this.stack.length > 0) this.handler.text(this.decode(buf.subarray(at + 9, end)), true);
        return end + 3;
      }
      if (/^<!DOCTYPE/i.test(buf.toString('latin1', at, at + 9))) throw doctypeRefusal(this.fileName);
      throw this.malformed(at, 'Unexpected markup <!');
    }
    if (second === QUESTION) {
      const end = buf.indexOf('?>', at + 2);
      return end < 0 ? more('Unclosed processing instruction.') : end + 2;
    }
    if (second === SLASH) {
      const end = buf.indexOf(GT, at + 2);
      if (end < 0) return more('Closing tag is not closed.');
      const name = this.decode(buf.subarray(at + 2, end)).trimEnd();
      const open = this.stack.pop();
      if (open === undefined) throw this.malformed(at, `Closing tag '${name}' has not been opened.`);
      if (open !== name) throw this.malformed(at, `Expected closing tag '${open}' instead of closing tag '${name}'.`);
      this.handler.close(name);
      return end + 1;
    }
    return this.startTag(at, more);
  }

  private startTag(at: number, more: (what: string) => number): number {
    const buf = this.buf;
    let i = at + 1;
    while (i < buf.length && !isSpace(buf[i]) && buf[i] !== GT && buf[i] !== SLASH) i++;
    if (i >= buf.length) return more('the file ends inside a tag');
    const name = this.decode(buf.subarray(at + 1, i));
    if (!NAME.test(name)) throw this.malformed(at, `Tag '${name}' is an invalid name.`);
    const attrs: Record<string, string> = {};
    let spaced = false;
    for (;;) {
      while (i < buf.length && isSpace(buf[i])) {
        spaced = true;
        i++;
      }
      const b = buf[i];
      if (b === undefined) return more('the file ends inside a tag');
      if (b === GT || b === SLASH) {
        if (b === SLASH && buf[i + 1] !== GT) {
          if (i + 1 >= buf.length) return more('the file ends inside a tag');
          throw this.malformed(i, `Tag '${name}' has a '/' that does not close it.`);
        }
        if (this.stack.length > MAX_DEPTH) throw new ApiError('BAD_INPUT', `${this.fileName} nests elements more than ${MAX_DEPTH} deep; it was not read.`);
        this.handler.open(name, attrs);
        if (b === SLASH) {
          this.handler.close(name);
          return i + 2;
        }
        this.stack.push(name);
        return i + 1;
      }
      const nameStart = i;
      while (i < buf.length && !isSpace(buf[i]) && buf[i] !== EQUALS && buf[i] !== GT && buf[i] !== SLASH) i++;
      if (i >= buf.length) return more('the file ends inside a tag');
      const attrName = this.decode(buf.subarray(nameStart, i));
      if (!spaced) throw this.malformed(nameStart, `Attribute '${attrName}' has no space in starting.`);
      if (!NAME.test(attrName)) throw this.malformed(nameStart, `An attribute name '${attrName}' is invalid.`);
      while (i < buf.length && isSpace(buf[i])) i++;
      if (i >= buf.length) return more('the file ends inside a tag');
      if (buf[i] !== EQUALS) throw this.malformed(i, `boolean attribute '${attrName}' is not allowed.`);
      i++;
      while (i < buf.length && isSpace(buf[i])) i++;
      const quote = buf[i];
      if (quote === undefined) return more('the file ends inside a tag');
      if (quote !== 0x22 && quote !== 0x27) throw this.malformed(i, `Attribute '${attrName}' is without value.`);
      const valueEnd = buf.indexOf(quote, i + 1);
      if (valueEnd < 0) return more('the file ends inside an attribute value');
      if (Object.hasOwn(attrs, attrName)) throw this.malformed(nameStart, `Attribute '${attrName}' is repeated.`);
      attrs[attrName] = this.decode(buf.subarray(i + 1, valueEnd));
      i = valueEnd + 1;
      spaced = false;
    }
  }
}

// The number of line feeds in bytes[from, to).
function countNewlines(bytes: Uint8Array, from: number, to: number): number {
  let n = 0;
  for (let i = bytes.indexOf(NEWLINE, from); i >= 0 && i < to; i = bytes.indexOf(NEWLINE, i + 1)) n++;
  return n;
}
