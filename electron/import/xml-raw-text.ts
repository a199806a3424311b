// The text of an element with its carriage returns, as it was written: XML parsers turn
// CRLF and CR into LF, but the positions of a REFI-QDA PlainTextContent count the CR. While
// such an element is open its text as written is kept; when it closes and holds a CR, that
// text is read again with each CR protected, so only the CRs of the element's own text
// (and CDATA) come back, never those between attributes of a tag.
import { SaxesParser } from 'saxes';
import { unmarkBareAmpersands } from './xml-refusals.ts';
import type { RawWindow } from './xml-refusals.ts';

// Stands for a CR while the text is read again (a Unicode noncharacter, never in real text).
const CR_MARK = '\uFDD0';
const IGNORED = new Set(['undefined entity.', 'malformed character entity.', 'disallowed character.']);

// What was written of one open element: from the end of its start tag on, and the text saxes gave of it.
export class RawCapture {
  private readonly pieces: string[];
  // the stream position (UTF-16) of pieces[0][0]
  private readonly piecesStart: number;
  // the stream position just after the pieces kept
  private piecesEnd: number;
  private readonly decoded: string[] = [];

  constructor(
    // the element's depth (how many elements are open, it included)
    readonly depth: number,
    // the stream position just after its start tag
    private readonly start: number,
    // the text written so far, which holds the start tag's end
    window: RawWindow,
  ) {
    this.pieces = [window.text];
    this.piecesStart = window.start;
    this.piecesEnd = window.start + window.text.length;
  }

  // Keeps the next piece of text written, at stream position `at` (just after the pieces kept so far).
  add(text: string, at: number): void {
    if (at !== this.piecesEnd) return;
    this.pieces.push(text);
    this.piecesEnd += text.length;
  }

  // Keeps the element's text as saxes gave it (CRLF already LF).
  keep(text: string): void {
    this.decoded.push(text);
  }

  // The element's text as saxes gave it.
  text(): string {
    return this.decoded.join('');
  }

  // The element's content as written, given the stream position just after its end tag.
  raw(end: number): string {
    const body = this.pieces.join('').slice(this.start - this.piecesStart, end - this.piecesStart);
    const endTag = body.lastIndexOf('</');
    return endTag < 0 ? body : body.slice(0, endTag);
  }
}

// Reads an element's content as written into its own text with every carriage return kept; null
// when it cannot (a CR inside a child's tag), and the text saxes gave stands.
export function textKeepingCarriageReturns(content: string): string | null {
  const parser = new SaxesParser({ fragment: true });
  const parts: string[] = [];
  let depth = 0;
  let failed = false;
  parser.on('error', (error) => {
    if (!IGNORED.has(error.message.replace(/^\d+:\d+: /, ''))) failed = true;
  });
  parser.on('opentag', () => depth++);
  parser.on('closetag', () => depth--);
  parser.on('text', (text) => {
    if (depth === 0) parts.push(text);
  });
  parser.on('cdata', (text) => {
    if (depth === 0) parts.push(unmarkBareAmpersands(text));
  });
  parser.write(content.replaceAll('\r', CR_MARK)).close();
  return failed ? null : parts.join('').replaceAll(CR_MARK, '\r');
}
