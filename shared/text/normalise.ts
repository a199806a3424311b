// Canonical text: no leading BOM (nor repeated ones), `\n` line ends, Unicode NFC; and the map from raw positions to canonical ones.
//
// Importers receive positions counted against the raw file (a REFI-QDA project where
// CRLF counted as two positions, a BOM, decomposed accents from macOS). They map those
// code-point positions through normaliseWithMap so codings land on the same characters.
//
// Mapping rule. The raw text is cut into units that normalise independently: the leading
// BOMs (become nothing), a CRLF (becomes one `\n`), and each run of characters that NFC
// rewrites as a whole (a base letter with its combining marks, a Hangul syllable typed
// as jamo, marks that NFC reorders). Positions outside such units, and at their edges,
// map exactly. A position strictly inside a unit (between the CR and the LF, between
// `e` and U+0301) has no exact image; it snaps to the start of the unit's replacement
// with bias 'before' (the default) or to its end with bias 'after'. mapRange widens:
// its start snaps before and its end snaps after, so a range keeps every character it
// touched; a raw range holding only part of a unit therefore gains the whole unit, and
// one that held only the removed BOM becomes empty.

import { codePointLength } from './code-points.ts';
import { isNfcBoundaryBefore } from './nfc-boundary.ts';
import { assertValidRange } from './range.ts';
import type { Bias, Range } from './range.ts';

export interface NormalisedWithMap {
  // The canonical text (same as normaliseText(raw)).
  readonly text: string;
  // Length of the raw text in code points (the largest position toNormalised accepts).
  readonly rawLength: number;
  // Maps a code-point position in the raw text to one in the canonical text.
  toNormalised(rawPos: number, bias?: Bias): number;
  // Maps a raw range to a canonical one, widening across partly covered units.
  mapRange(range: Range): Range;
}

// Replaced spans of one rewriting step, in code points, sorted and non-overlapping.
interface Spans {
  readonly fromStart: number[];
  readonly fromEnd: number[];
  readonly toStart: number[];
  readonly toEnd: number[];
}

function emptySpans(): Spans {
  return { fromStart: [], fromEnd: [], toStart: [], toEnd: [] };
}

function addSpan(spans: Spans, fromStart: number, fromEnd: number, toStart: number, toEnd: number): void {
  spans.fromStart.push(fromStart);
  spans.fromEnd.push(fromEnd);
  spans.toStart.push(toStart);
  spans.toEnd.push(toEnd);
}

function mapThroughSpans(spans: Spans, pos: number, bias: Bias): number {
  const starts = spans.fromStart;
  // Last span whose start is <= pos.
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((starts[mid] ?? 0) <= pos) lo = mid + 1;
    else hi = mid;
  }
  const k = lo - 1;
  if (k < 0) return pos;
  const fromStart = starts[k] ?? 0;
  const fromEnd = spans.fromEnd[k] ?? 0;
  const toStart = spans.toStart[k] ?? 0;
  const toEnd = spans.toEnd[k] ?? 0;
  if (pos === fromStart) return toStart;
  if (pos < fromEnd) return bias === 'before' ? toStart : toEnd;
  return pos - fromEnd + toEnd;
}

// Strips a leading BOM and turns CRLF and lone CR into `\n` (no NFC).
function normaliseLineEnds(raw: string): { text: string; spans: Spans; rawLength: number } {
  const spans = emptySpans();
  const parts: string[] = [];
  let runStart = 0; // UTF-16 start of the current copied run
  let rawCp = 0;
  let outCp = 0;
  const n = raw.length;
  let i = 0;
  while (i < n && raw.charCodeAt(i) === 0xfeff) i++;
  if (i > 0) {
    addSpan(spans, 0, i, 0, 0);
    runStart = i;
    rawCp = i;
  }
  while (i < n) {
    const unit = raw.charCodeAt(i);
    if (unit === 0x0d) {
      parts.push(raw.slice(runStart, i), '\n');
      if (i + 1 < n && raw.charCodeAt(i + 1) === 0x0a) {
        addSpan(spans, rawCp, rawCp + 2, outCp, outCp + 1);
        i += 2;
        rawCp += 2;
      } else {
        i += 1;
        rawCp += 1;
      }
      outCp += 1;
      runStart = i;
      continue;
    }
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < n) {
      const next = raw.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i += 1;
    }
    i += 1;
    rawCp += 1;
    outCp += 1;
  }
  parts.push(raw.slice(runStart));
  return { text: parts.join(''), spans, rawLength: rawCp };
}

// Cuts a chunk NFC rewrites into the smallest pieces that still normalise independently (small chunks only).
function splitChunk(chunk: string): string[] {
  let rest = Array.from(chunk);
  if (rest.length > 32) return [chunk];
  const pieces: string[] = [];
  while (rest.length > 1) {
    const whole = rest.join('').normalize('NFC');
    let cut = 0;
    for (let k = 1; k < rest.length && cut === 0; k++) {
      const head = rest.slice(0, k).join('').normalize('NFC');
      if (whole.startsWith(head) && head + rest.slice(k).join('').normalize('NFC') === whole) cut = k;
    }
    if (cut === 0) break;
    pieces.push(rest.slice(0, cut).join(''));
    rest = rest.slice(cut);
  }
  pieces.push(rest.join(''));
  return pieces;
}

// NFC-normalises text chunk by chunk, cutting only before code points accepted by `boundary`.
function nfcByChunks(text: string, boundary: (cp: number) => boolean): { text: string; spans: Spans } {
  const spans = emptySpans();
  const parts: string[] = [];
  let copyFrom = 0; // UTF-16 start of text not yet pushed to parts
  let chunkU16 = 0;
  let chunkCp = 0;
  let chunkSimple = true; // a single code point below U+0300: NFC leaves it alone
  let outCp = 0;
  let cp = 0;
  const n = text.length;

  const finishChunk = (endU16: number, endCp: number): void => {
    const length = endCp - chunkCp;
    if (length === 0) return;
    if (!chunkSimple) {
      const chunk = text.slice(chunkU16, endU16);
      const normalised = chunk.normalize('NFC');
      if (normalised !== chunk) {
        parts.push(text.slice(copyFrom, chunkU16));
        copyFrom = endU16;
        let pieceCp = chunkCp;
        for (const piece of splitChunk(chunk)) {
          const pieceLength = codePointLength(piece);
          const pieceNfc = piece.normalize('NFC');
          parts.push(pieceNfc);
          if (pieceNfc === piece) {
            outCp += pieceLength;
          } else {
            const nfcLength = codePointLength(pieceNfc);
            addSpan(spans, pieceCp, pieceCp + pieceLength, outCp, outCp + nfcLength);
            outCp += nfcLength;
          }
          pieceCp += pieceLength;
        }
        return;
      }
    }
    outCp += length;
  };

  let i = 0;
  while (i < n) {
    const code = text.codePointAt(i) ?? 0;
    const width = code > 0xffff ? 2 : 1;
    if (boundary(code)) {
      finishChunk(i, cp);
      chunkU16 = i;
      chunkCp = cp;
      chunkSimple = code < 0x300;
    } else {
      chunkSimple = false;
    }
    i += width;
    cp += 1;
  }
  finishChunk(n, cp);
  parts.push(text.slice(copyFrom));
  return { text: parts.join(''), spans };
}

function isAscii(cp: number): boolean {
  return cp < 0x80;
}

// Turns raw imported text into canonical text: no leading BOM(s), `\n` line ends, NFC.
export function normaliseText(raw: string): string {
  const withoutBom = raw.replace(/^\ufeff+/u, '');
  return withoutBom.replace(/\r\n?/g, '\n').normalize('NFC');
}

// Normalises raw text and returns a map from raw code-point positions to canonical ones (rule in the file comment).
export function normaliseWithMap(raw: string): NormalisedWithMap {
  const lineEnds = normaliseLineEnds(raw);
  const expected = lineEnds.text.normalize('NFC');
  let nfc = { text: lineEnds.text, spans: emptySpans() };
  if (expected !== lineEnds.text) {
    nfc = nfcByChunks(lineEnds.text, isNfcBoundaryBefore);
    // Safety net: if the boundary rule ever disagrees with the engine, cut more coarsely.
    if (nfc.text !== expected) nfc = nfcByChunks(lineEnds.text, isAscii);
    if (nfc.text !== expected) nfc = nfcByChunks(lineEnds.text, () => false);
  }
  const rawLength = lineEnds.rawLength;
  const stageSpans = nfc.spans;

  const toNormalised = (rawPos: number, bias: Bias = 'before'): number => {
    if (!Number.isInteger(rawPos) || rawPos < 0 || rawPos > rawLength) {
      throw new RangeError(`raw position ${String(rawPos)} is outside 0..${String(rawLength)}`);
    }
    return mapThroughSpans(stageSpans, mapThroughSpans(lineEnds.spans, rawPos, bias), bias);
  };
  const mapRange = (range: Range): Range => {
    assertValidRange(range, rawLength);
    const start = toNormalised(range.start, 'before');
    if (range.start === range.end) return { start, end: start };
    return { start, end: toNormalised(range.end, 'after') };
  };
  return { text: expected, rawLength, toNormalised, mapRange };
}
