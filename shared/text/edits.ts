// Edits to a canonical text, and how positions and ranges (codings, segments, evidence links) move through them.
//
// A TextEdit replaces the code points [start, end) with `insert`. Range rules
// (mapRange), for a range [a, b) and an edit [s, e):
// - An edit wholly before the range (e <= a, including a pure insertion at a) shifts
//   it: text inserted at a range's start stays outside, before it.
// - An edit wholly after the range (s >= b, including a pure insertion at b) leaves it
//   alone: text inserted at a range's end stays outside, after it.
// - An edit wholly inside (a <= s, e <= b) resizes the range, which keeps the insert.
//   This includes replacing the range's first or last characters (correcting a typo in
//   a coded word keeps the correction coded).
// - An edit across one edge (s < a < e < b, or a < s < b < e) trims the range to the
//   surviving characters; the replaced text and the insert are outside.
// - If no character of a non-empty range survives (s <= a, b <= e) the range is
//   reported deleted, even when the edit inserts text: callers tell the user, never drop
//   it silently.
// - A zero-length range is never reported deleted; it moves like a position with bias
//   'after' (mapPosition), so text typed at it goes before it.
//
// applyEditNormalised keeps the text NFC: it re-normalises the insert together with the
// neighbouring characters it could combine with (out to the nearest NFC boundary on each
// side) and returns effectiveEdit, one plain edit on the original text with the same
// result, trimmed so that it equals the requested edit whenever normalisation changed
// nothing outside the insert. Map codings and segments through effectiveEdit, not the
// requested edit. Example: typing U+0301 after "cafe" gives effectiveEdit {3, 4, "é"}, so
// a coding of "cafe" keeps "café" whole, while a coding of just "e" is reported deleted
// (its character was replaced). Line endings in the insert are the caller's business:
// pass pasted text through normaliseText first.

import { codePointLength, codePointToUtf16 } from './code-points.ts';
import { isNfcBoundaryBefore } from './nfc-boundary.ts';
import { assertValidRange } from './range.ts';
import type { Bias, Range } from './range.ts';

// Replace the code points [start, end) with insert.
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly insert: string;
}

// Where a range went: its new extent, or deleted when none of its text survived.
export type MappedRange = { readonly deleted: false; readonly range: Range } | { readonly deleted: true };

// An edit applied with NFC re-normalisation, and the single plain edit that has the same effect.
export interface NormalisedEditResult {
  readonly text: string;
  readonly effectiveEdit: TextEdit;
}

// Throws a RangeError unless the edit is integral, ordered and (when a length is given) inside the text.
export function assertValidEdit(edit: TextEdit, length?: number): void {
  assertValidRange(edit, length);
  if (typeof edit.insert !== 'string') {
    throw new RangeError('edit insert must be a string');
  }
}

function utf16Bounds(text: string, edit: TextEdit): { from: number; to: number } {
  const from = codePointToUtf16(text, edit.start);
  const to = from + codePointToUtf16(text.slice(from), edit.end - edit.start);
  return { from, to };
}

// Returns the text with the edit applied (throws RangeError for an edit outside the text).
export function applyEdit(text: string, edit: TextEdit): string {
  assertValidEdit(edit);
  const { from, to } = utf16Bounds(text, edit);
  return text.slice(0, from) + edit.insert + text.slice(to);
}

// Returns the edit that undoes `edit` when applied to applyEdit(text, edit).
export function invertEdit(text: string, edit: TextEdit): TextEdit {
  assertValidEdit(edit);
  const { from, to } = utf16Bounds(text, edit);
  return { start: edit.start, end: edit.start + codePointLength(edit.insert), insert: text.slice(from, to) };
}

// Change in text length an edit causes, in code points.
function lengthDelta(edit: TextEdit, insertLength: number): number {
  return insertLength - (edit.end - edit.start);
}

// Moves a position through an edit; bias decides a position at a pure insertion or inside replaced text.
export function mapPosition(pos: number, edit: TextEdit, bias: Bias = 'after'): number {
  assertValidEdit(edit);
  if (!Number.isInteger(pos) || pos < 0) {
    throw new RangeError(`position ${String(pos)} is not a non-negative integer`);
  }
  const { start: s, end: e } = edit;
  if (pos < s) return pos;
  const insertLength = codePointLength(edit.insert);
  if (pos > e) return pos + lengthDelta(edit, insertLength);
  if (s === e) return bias === 'before' ? pos : pos + insertLength; // pure insertion at pos
  if (pos === s) return s; // before the replaced text
  if (pos === e) return s + insertLength; // after the replaced text
  return bias === 'before' ? s : s + insertLength; // inside the replaced text
}

// Moves a range through an edit under the rules in the file comment.
export function mapRange(range: Range, edit: TextEdit): MappedRange {
  assertValidRange(range);
  assertValidEdit(edit);
  const { start: a, end: b } = range;
  const { start: s, end: e } = edit;
  if (a === b) {
    const p = mapPosition(a, edit, 'after');
    return { deleted: false, range: { start: p, end: p } };
  }
  if (s >= b) return { deleted: false, range }; // after the range, or inserted at its end
  const delta = lengthDelta(edit, codePointLength(edit.insert));
  if (e <= a) return { deleted: false, range: { start: a + delta, end: b + delta } }; // before it, or at its start
  if (s <= a && e >= b) return { deleted: true }; // nothing survives
  if (s >= a && e <= b) return { deleted: false, range: { start: a, end: b + delta } }; // inside: resize
  if (s < a) return { deleted: false, range: { start: e + delta, end: b + delta } }; // across the start: trim
  return { deleted: false, range: { start: a, end: s } }; // across the end: trim
}

// Number of leading code points two arrays share, at most `limit`.
function commonPrefix(x: readonly string[], y: readonly string[], limit: number): number {
  let k = 0;
  while (k < limit && k < x.length && k < y.length && x[k] === y[k]) k++;
  return k;
}

// Number of trailing code points two arrays share, at most `limit`.
function commonSuffix(x: readonly string[], y: readonly string[], limit: number): number {
  let k = 0;
  while (k < limit && x[x.length - 1 - k] === y[y.length - 1 - k]) k++;
  return k;
}

// Applies an edit and re-normalises to NFC the text around it; effectiveEdit is the equivalent plain edit on the original text.
export function applyEditNormalised(text: string, edit: TextEdit): NormalisedEditResult {
  assertValidEdit(edit);
  const { from, to } = utf16Bounds(text, edit);

  // Widen left to the start of a code point before which NFC can be split, strictly before the edit.
  let windowFrom = from;
  let leftCps = 0;
  while (windowFrom > 0) {
    let i = windowFrom - 1;
    const low = text.charCodeAt(i);
    if (low >= 0xdc00 && low <= 0xdfff && i > 0) {
      const high = text.charCodeAt(i - 1);
      if (high >= 0xd800 && high <= 0xdbff) i -= 1;
    }
    windowFrom = i;
    leftCps++;
    if (isNfcBoundaryBefore(text.codePointAt(i) ?? 0)) break;
  }
  // Widen right up to the next code point before which NFC can be split (at or after the edit's end).
  let windowTo = to;
  let rightCps = 0;
  while (windowTo < text.length) {
    const cp = text.codePointAt(windowTo) ?? 0;
    if (isNfcBoundaryBefore(cp)) break;
    windowTo += cp > 0xffff ? 2 : 1;
    rightCps++;
  }

  const oldWindow = text.slice(windowFrom, windowTo);
  const newWindow = (text.slice(windowFrom, from) + edit.insert + text.slice(to, windowTo)).normalize('NFC');
  const result = text.slice(0, windowFrom) + newWindow + text.slice(windowTo);

  // Trim the replaced window back to the smallest edit that still covers the original one.
  const oldCps = Array.from(oldWindow);
  const newCps = Array.from(newWindow);
  const prefix = commonPrefix(oldCps, newCps, leftCps);
  const suffix = commonSuffix(oldCps, newCps, Math.min(rightCps, oldCps.length - prefix, newCps.length - prefix));
  const windowStart = edit.start - leftCps;
  const effectiveEdit: TextEdit = {
    start: windowStart + prefix,
    end: windowStart + oldCps.length - suffix,
    insert: newCps.slice(prefix, newCps.length - suffix).join(''),
  };
  return { text: result, effectiveEdit };
}
