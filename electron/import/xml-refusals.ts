// What the XML reader (xml-tokenizer.ts) refuses and how it says so: saxes's complaints
// turned into messages naming the line and the tag, the complaints it reads past as the
// REFI-QDA programs need (entities it does not know are left as written, stray text outside
// the root is ignored), and ampersands that start no entity, which are errors in text but
// not in attribute values, CDATA or comments.
import { ApiError } from '../../shared/errors.ts';

// The already-read text around where saxes is (the last few hundred characters and the current piece).
export interface RawWindow {
  text: string;
  // the stream position (UTF-16) of text[0]
  start: number;
}

export interface ErrorContext {
  fileName: string;
  line: number;
  window: RawWindow;
  // the stream position saxes complained at
  position: number;
  // the element closed last (the one a wrong closing tag closed instead)
  lastClosed: string;
}

// What a bare ampersand is written as for saxes: an entity reference whose name no XML name can be,
// so saxes complains at it (and keeps it as written) wherever it is read as markup.
export const BARE_AMPERSAND = '&\uFDD1;';

const REFERENCE = /&(?:[A-Za-z_:][\w.:-]*|#\d+|#x[\da-fA-F]+);/y;
// what may still become a reference once more text comes
const REFERENCE_START = /^&(?:[A-Za-z_:][\w.:-]*|#\d*|#x[\da-fA-F]*)?$/;
const LONGEST_REFERENCE = 256;

// Marks every ampersand that starts no entity or character reference; the end of the text is held
// back (`carry`) when it may still become one, unless this is the end of the document.
export function markBareAmpersands(text: string, final: boolean): { text: string; carry: string; marked: boolean } {
  let at = text.indexOf('&');
  if (at < 0) return { text, carry: '', marked: false };
  let out = '';
  let from = 0;
  for (; at >= 0; at = text.indexOf('&', at + 1)) {
    REFERENCE.lastIndex = at;
    if (REFERENCE.test(text)) continue;
    const rest = text.slice(at);
    if (!final && rest.length < LONGEST_REFERENCE && REFERENCE_START.test(rest)) return { text: out + text.slice(from, at), carry: rest, marked: from > 0 };
    out += text.slice(from, at) + BARE_AMPERSAND;
    from = at + 1;
  }
  return { text: out + text.slice(from), carry: '', marked: from > 0 };
}

// Turns marked bare ampersands back into ampersands (in attribute values and CDATA, where they are text).
export function unmarkBareAmpersands(text: string): string {
  return text.includes(BARE_AMPERSAND) ? text.replaceAll(BARE_AMPERSAND, '&') : text;
}

// The refusal of a file with a document type declaration.
export function doctypeRefusal(fileName: string): ApiError {
  return new ApiError('BAD_INPUT', `${fileName} contains a document type declaration (<!DOCTYPE>), which REFI-QDA files never need and which can hide harmful entity expansions. It was not read.`);
}

// The refusal of XML that is not well formed, naming the line.
export function malformed(fileName: string, line: number, message: string): ApiError {
  return new ApiError('BAD_INPUT', `${fileName} is not well-formed XML (line ${line}: ${message}). Nothing was imported.`);
}

// Complaints about what is read anyway: entities it does not know and character references XML
// does not allow (left as written), marked ampersands (text() refuses those in text), text or a
// second element outside the root, control characters and "]]>" in text (ignored or kept), and
// a sloppy XML declaration (only a label; this reader reads UTF-8 whatever it says).
const READ_ANYWAY = new Set([
  'undefined entity.',
  'malformed character entity.',
  'disallowed character in entity name.',
  'text data outside of root node.',
  'documents may contain only one root.',
  'disallowed character.',
  'the string "]]>" is disallowed in char data.',
  'XML declaration is incomplete.',
  'did not expect any more name/value pairs.',
  'value required.',
  'value must be quoted.',
  'whitespace required.',
  'XML declaration must contain a version.',
  'The character ? is disallowed anywhere in XML declarations.',
  'an XML declaration must be at the start of the document.',
  'the XML declaration must appear at the start of the document.',
]);
const SLOPPY_DECLARATION = /^(?:expected the name |expected one of |version number must match|encoding value must match|standalone value must match)/;

function around(c: ErrorContext): { before: string; after: string } {
  const at = c.position - c.window.start;
  return { before: c.window.text.slice(0, at), after: c.window.text.slice(at) };
}

// The name being read where saxes complained: what of it was read and what follows.
function nameAt(c: ErrorContext, readSoFar: RegExp): string {
  const { before, after } = around(c);
  return (readSoFar.exec(before)?.[1] ?? '') + (/^[^\s=/>"']*/.exec(after)?.[0] ?? '');
}

// Our message for one of saxes's complaints about structure, or null for the rest.
function structureMessage(reason: string, c: ErrorContext): string | null {
  const named = /^(unmatched closing tag|unclosed tag|duplicate attribute): (.*?)\.?$/.exec(reason);
  if (named?.[1] === 'unmatched closing tag') return `Closing tag '${named[2] ?? ''}' has not been opened.`;
  if (named?.[1] === 'unclosed tag') return `Unclosed tag '${named[2] ?? ''}'.`;
  if (named?.[1] === 'duplicate attribute') return `Attribute '${named[2] ?? ''}' is repeated.`;
  switch (reason) {
    case 'unexpected close tag.':
      return `Expected closing tag '${c.lastClosed}' instead of closing tag '${/<\/([^\s>]*)\s*>$/.exec(around(c).before)?.[1] ?? ''}'.`;
    case 'unquoted attribute value.':
      return `Attribute '${/([^\s=<>"'/]+)\s*=\s*\S?$/.exec(around(c).before)?.[1] ?? ''}' is without value.`;
    case 'no whitespace between attributes.':
      return `Attribute '${nameAt(c, /(\S)$/)}' has no space in starting.`;
    case 'disallowed character in tag name':
    case 'disallowed character in tag name.':
      return `Tag '${nameAt(c, /<([^<\s]*)$/)}' is an invalid name.`;
    case 'unexpected end.':
      return 'the file ends inside markup';
    default:
      return null;
  }
}

const NAMES_WHAT_FOLLOWS = new Set(['no whitespace between attributes.', 'disallowed character in tag name', 'disallowed character in tag name.']);

// Tells whether the refusal of this complaint names what follows where saxes complained, and that
// has not all been read yet (the refusal waits for it).
export function waitsForName(saxesMessage: string, c: ErrorContext): boolean {
  return NAMES_WHAT_FOLLOWS.has(saxesMessage.replace(/^\d+:\d+: /, '')) && !/[\s=/>"']/.test(around(c).after);
}

// Turns one of saxes's complaints into our refusal, or null when the file is read anyway.
export function refusalOf(saxesMessage: string, c: ErrorContext): ApiError | null {
  const reason = saxesMessage.replace(/^\d+:\d+: /, '');
  if (READ_ANYWAY.has(reason) || SLOPPY_DECLARATION.test(reason)) return null;
  if (reason === 'inappropriately located doctype declaration.') return doctypeRefusal(c.fileName);
  if (reason === 'incorrect syntax.') return /<!doctype$/i.test(around(c).before) ? doctypeRefusal(c.fileName) : malformed(c.fileName, c.line, 'Unexpected markup <!');
  if (reason === 'document must contain a root element.') return new ApiError('BAD_INPUT', `${c.fileName} holds no XML element. Nothing was imported.`);
  const message = structureMessage(reason, c) ?? reason.charAt(0).toUpperCase() + reason.slice(1);
  return malformed(c.fileName, c.line, message);
}
