// Reading untrusted XML as a stream (a project.qde can be hundreds of megabytes) with saxes,
// inside our refusals and limits: a document type declaration is refused outright (no DTD,
// no entity expansion, no external entities); only the five predefined entities and
// character references are decoded (any other is left as written); tags must nest,
// attributes must be quoted and not repeated; nesting, one tag or run of text, and the
// bytes are capped. Start tags, end tags and text are handed on one at a time, so the
// document is never held whole. Carriage returns are kept in the text of PlainTextContent,
// whose positions count them (XML parsers turn CRLF into LF everywhere else).
import { SaxesParser } from 'saxes';
import type { SaxesTagPlain } from 'saxes';
import { ApiError } from '../../shared/errors.ts';
import { BARE_AMPERSAND, doctypeRefusal, malformed, markBareAmpersands, refusalOf, unmarkBareAmpersands, waitsForName } from './xml-refusals.ts';
import type { ErrorContext, RawWindow } from './xml-refusals.ts';
import { RawCapture, textKeepingCarriageReturns } from './xml-raw-text.ts';

export interface XmlTokenHandler {
  // a start tag: its name as written and its attribute values, entities decoded
  open(name: string, attrs: Record<string, string>): void;
  // text or CDATA inside the element opened last, entities decoded
  text(text: string): void;
  close(name: string): void;
}

// Thrown when the bytes are not UTF-8 (UTF-16, Windows-1252): the caller decodes the whole file instead.
export class NotUtf8Error extends Error {}

const MAX_DEPTH = 256;
// the most one token (a tag, a comment, one element's run of text) may be: what a whole zip
// entry may be when read at once, so a hostile file cannot make one string past V8's limit
export const MAX_XML_TOKEN_BYTES = 200 * 1024 * 1024;
// text is handed to saxes this much at a time, so the limits are checked as it grows
const SLICE = 64 * 1024;
// how much already-read text is kept to name what a refusal is about
const WINDOW = 512;
// the element whose text keeps its carriage returns
const KEEPS_CR = 'PlainTextContent';

// Tells whether the first bytes of a file look like UTF-16 (a byte-order mark or NUL bytes), which this reader leaves to decodeXmlBytes.
function looksUtf16(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return true;
  return bytes.subarray(0, 1024).includes(0);
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

// A push tokenizer: feed it UTF-8 chunks with push() (or text with write()), then call end().
export class XmlTokenizer {
  private readonly parser = new SaxesParser();
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  // past the byte-order marks and spaces some programs write before the first tag
  private started = false;
  private depth = 0;
  // the stream position (UTF-16) of the last token handed on, and of the next text written
  private mark = 0;
  private written = 0;
  // the end of a chunk held back because it may be the start of an entity
  private carry = '';
  // whether a bare ampersand was marked (only then are attribute values unmarked)
  private ampersandsMarked = false;
  private readonly window: RawWindow = { text: '', start: 0 };
  // the end of the text written before the current piece (the window's start)
  private tail = '';
  private lastClosed = '';
  private capture: RawCapture | null = null;
  // a refusal that waits for the rest of the name it gives; nothing more is handed on
  private refused: { message: string; context: ErrorContext } | null = null;

  constructor(
    private readonly fileName: string,
    private readonly handler: XmlTokenHandler,
    // the most one token may be (MAX_XML_TOKEN_BYTES; smaller in tests)
    private readonly maxTokenBytes = MAX_XML_TOKEN_BYTES,
  ) {
    const parser = this.parser;
    parser.on('error', (error) => {
      if (this.refused !== null) return;
      const context = this.context();
      if (waitsForName(error.message, context)) this.refused = { message: error.message, context };
      else {
        const refusal = refusalOf(error.message, context);
        if (refusal) throw refusal;
      }
    });
    parser.on('doctype', () => {
      throw doctypeRefusal(fileName);
    });
    // every token marks where the last one ended (a refusal waiting for its name stops them all)
    const live = (): boolean => {
      if (this.refused !== null) return false;
      this.mark = parser.position;
      return true;
    };
    const marked = () => void live();
    parser.on('opentagstart', marked);
    parser.on('attribute', marked);
    parser.on('comment', marked);
    parser.on('processinginstruction', marked);
    parser.on('xmldecl', marked);
    parser.on('opentag', (tag) => {
      if (live()) this.open(tag);
    });
    parser.on('closetag', (tag) => {
      if (live()) this.close(tag);
    });
    parser.on('text', (text) => {
      if (live()) this.text(text, false);
    });
    parser.on('cdata', (text) => {
      if (live()) this.text(text, true);
    });
  }

  private context(): ErrorContext {
    return { fileName: this.fileName, line: this.parser.line, window: this.window, position: this.parser.position, lastClosed: this.lastClosed };
  }

  // Throws the refusal that waited for its name, once the name is read (or the document ended).
  private throwRefusal(final: boolean): void {
    const refused = this.refused;
    if (refused === null || (!final && waitsForName(refused.message, refused.context))) return;
    throw refusalOf(refused.message, refused.context) ?? malformed(this.fileName, refused.context.line, refused.message);
  }

  // Feeds the next chunk of a UTF-8 document.
  push(chunk: Uint8Array): void {
    if (chunk.length === 0) return;
    if (!this.started && this.written === 0 && this.carry === '' && looksUtf16(chunk)) throw new NotUtf8Error();
    let text: string;
    try {
      text = this.decoder.decode(chunk, { stream: true });
    } catch {
      throw new NotUtf8Error();
    }
    this.write(text);
  }

  // Feeds the next piece of the document as text.
  write(text: string): void {
    for (let at = 0; at < text.length; at += SLICE) this.writeSlice(text.slice(at, at + SLICE), false);
  }

  // Ends the document: checks that everything opened was closed.
  end(): void {
    let rest: string;
    try {
      rest = this.decoder.decode();
    } catch {
      throw new NotUtf8Error();
    }
    this.writeSlice(rest, true);
    this.throwRefusal(true);
    this.parser.close();
  }

  private writeSlice(slice: string, final: boolean): void {
    let text = this.carry + slice;
    if (!this.started) {
      // byte-order marks (some programs write more than one) and spaces before the first tag
      text = text.replace(/^[\uFEFF\s]+/u, '');
      if (text === '') {
        this.carry = '';
        return;
      }
      this.started = true;
    }
    const marked = markBareAmpersands(text, final);
    this.carry = marked.carry;
    if (marked.marked) this.ampersandsMarked = true;
    text = marked.text;
    if (text === '') return;
    this.window.text = this.tail + text;
    this.window.start = this.written - this.tail.length;
    this.tail = text.length >= WINDOW ? text.slice(-WINDOW) : (this.tail + text).slice(-WINDOW);
    this.capture?.add(text, this.written);
    this.written += text.length;
    this.parser.write(text);
    this.throwRefusal(final);
    if (this.parser.position - this.mark > this.maxTokenBytes) {
      throw new ApiError('TOO_LARGE', `${this.fileName} has one tag or run of text over ${Math.round(this.maxTokenBytes / 1024 / 1024)} MB, which no REFI-QDA project needs; it was not read.`);
    }
  }

  private open(tag: SaxesTagPlain): void {
    if (this.depth > MAX_DEPTH) throw new ApiError('BAD_INPUT', `${this.fileName} nests elements more than ${MAX_DEPTH} deep; it was not read.`);
    let attrs = tag.attributes;
    if (this.ampersandsMarked) {
      attrs = {};
      for (const [name, value] of Object.entries(tag.attributes)) attrs[name] = unmarkBareAmpersands(value);
    }
    this.handler.open(tag.name, attrs);
    this.depth++;
    if (!tag.isSelfClosing && this.capture === null && localName(tag.name) === KEEPS_CR) {
      this.capture = new RawCapture(this.depth, this.parser.position, this.window);
    }
  }

  private close(tag: SaxesTagPlain): void {
    this.lastClosed = tag.name;
    const capture = this.capture;
    if (capture !== null && capture.depth === this.depth) {
      this.capture = null;
      const raw = capture.raw(this.parser.position);
      const text = raw.includes('\r') ? (textKeepingCarriageReturns(raw) ?? capture.text()) : capture.text();
      if (text !== '') this.handler.text(text);
    }
    this.depth--;
    this.handler.close(tag.name);
  }

  private text(text: string, cdata: boolean): void {
    // text outside the root element is ignored
    if (this.depth === 0) return;
    if (!cdata && text.includes(BARE_AMPERSAND)) throw malformed(this.fileName, this.parser.line, "char '&' is not expected.");
    const decoded = cdata ? unmarkBareAmpersands(text) : text;
    if (this.capture !== null && this.capture.depth === this.depth) this.capture.keep(decoded);
    else this.handler.text(decoded);
  }
}
