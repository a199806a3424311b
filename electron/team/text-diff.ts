// Where a coding of one version of a text lies in another version: the two texts are
// compared with diff-match-patch (Myers' difference with its speed-ups and a time limit),
// word by word so that a changed word is replaced whole and codings away from a change do
// not move; the difference is turned into
// edits in code points, and ranges are moved through the edits by the rules of
// shared/text/edits.ts (mapRange): a coding whose text is gone is reported, never dropped.
import DiffMatchPatch from 'diff-match-patch';
import { mapRange } from '../../shared/text/edits.ts';
import type { MappedRange, TextEdit } from '../../shared/text/edits.ts';

const DIFF_TIMEOUT_SECONDS = 5;

const isHigh = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff;

// Counts code points of text[from16, to16).
function codePointsBetween(text: string, from16: number, to16: number): number {
  let n = 0;
  for (let i = from16; i < to16; i++) if (!(isLow(text.charCodeAt(i)) && i > from16 && isHigh(text.charCodeAt(i - 1)))) n++;
  return n;
}

interface UnitEdit {
  from: number;
  to: number;
  insertFrom: number;
  insertTo: number;
}

// Widens an edit that would cut a surrogate pair in two (the pair is then replaced whole).
function keepPairsWhole(before: string, after: string, e: UnitEdit): UnitEdit {
  let { from, to, insertFrom, insertTo } = e;
  if (from > 0 && isHigh(before.charCodeAt(from - 1)) && isLow(before.charCodeAt(from))) {
    from--;
    insertFrom--;
  }
  if (to < before.length && isLow(before.charCodeAt(to)) && to > 0 && isHigh(before.charCodeAt(to - 1))) {
    to++;
    insertTo++;
  }
  if (insertFrom > 0 && isHigh(after.charCodeAt(insertFrom - 1)) && isLow(after.charCodeAt(insertFrom)) && from === e.from) {
    from--;
    insertFrom--;
  }
  return { from, to, insertFrom, insertTo };
}

// The units the difference is taken in: a replacement in square brackets (what anonymising
// writes for a name) as one unit, words, runs of white space, single other characters.
const TOKEN = /\[[^[\]\n]{1,120}\]|[\p{L}\p{N}\p{M}_'’-]+|\s+|[\s\S]/gu;
// one character per distinct token, from U+0100 on (as diff-match-patch's line mode does with lines)
const FIRST_CODE = 0x100;
const MAX_TOKENS = 0xd000;

// Both texts as strings of one character per token, and the tokens back; null if there are too many kinds.
function tokenise(before: string, after: string): { a: string; b: string; tokens: string[] } | null {
  const codes = new Map<string, string>();
  const tokens: string[] = [];
  const encode = (text: string): string | null => {
    let out = '';
    for (const match of text.matchAll(TOKEN)) {
      const token = match[0];
      let code = codes.get(token);
      if (code === undefined) {
        if (tokens.length >= MAX_TOKENS) return null;
        code = String.fromCharCode(FIRST_CODE + tokens.length);
        codes.set(token, code);
        tokens.push(token);
      }
      out += code;
    }
    return out;
  };
  const a = encode(before);
  const b = encode(after);
  return a === null || b === null ? null : { a, b, tokens };
}

// The difference of two texts word by word (so an edit never starts or ends inside a word that
// stays), or character by character when the texts hold too many different words.
function wordDiff(before: string, after: string): [number, string][] {
  const dmp = new DiffMatchPatch();
  dmp.Diff_Timeout = DIFF_TIMEOUT_SECONDS;
  const encoded = tokenise(before, after);
  if (!encoded) return dmp.diff_main(before, after);
  const diffs = dmp.diff_main(encoded.a, encoded.b, false);
  return diffs.map(([op, chars]) => [op, Array.from(chars, (c) => encoded.tokens[c.charCodeAt(0) - FIRST_CODE] ?? '').join('')]);
}

// The edits (in code points, in text order, against `before`) that turn `before` into `after`.
export function textDiffEdits(before: string, after: string): TextEdit[] {
  if (before === after) return [];
  const diffs = wordDiff(before, after);
  const unitEdits: UnitEdit[] = [];
  let at = 0;
  let atAfter = 0;
  for (const [op, text] of diffs) {
    if (op === 0) {
      at += text.length;
      atAfter += text.length;
      continue;
    }
    const last = unitEdits[unitEdits.length - 1];
    const open = last && last.to === at && last.insertTo === atAfter ? last : null;
    const edit = open ?? { from: at, to: at, insertFrom: atAfter, insertTo: atAfter };
    if (op < 0) edit.to = at += text.length;
    else edit.insertTo = atAfter += text.length;
    if (!open) unitEdits.push(edit);
  }
  const edits: TextEdit[] = [];
  let codePoint = 0;
  let unit = 0;
  for (const raw of unitEdits) {
    const e = keepPairsWhole(before, after, raw);
    const start = codePoint + codePointsBetween(before, unit, e.from);
    const end = start + codePointsBetween(before, e.from, e.to);
    const previous = edits[edits.length - 1];
    const insert = after.slice(e.insertFrom, e.insertTo);
    // a widened edit may now touch the one before: join them
    if (previous && previous.end >= start) edits[edits.length - 1] = { start: previous.start, end, insert: previous.insert + insert };
    else edits.push({ start, end, insert });
    codePoint = end;
    unit = e.to;
  }
  return edits;
}

// Moves ranges through edits (sorted, non-overlapping, against the original text): each
// range goes through the edits it touches, last first, and then shifts by the edits before it.
export function mapRangesThroughEdits(ranges: readonly { start: number; end: number }[], edits: readonly TextEdit[]): MappedRange[] {
  if (edits.length === 0) return ranges.map((r) => ({ deleted: false, range: { start: r.start, end: r.end } }));
  const shiftBefore = new Float64Array(edits.length + 1);
  edits.forEach((e, i) => {
    shiftBefore[i + 1] = (shiftBefore[i] as number) + Array.from(e.insert).length - (e.end - e.start);
  });
  return ranges.map((range) => {
    // the first edit that ends after the range starts (all before it end at or before the start)
    let lo = 0;
    let hi = edits.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((edits[mid] as TextEdit).end <= range.start && !(range.start === range.end && (edits[mid] as TextEdit).start === range.start)) lo = mid + 1;
      else hi = mid;
    }
    let last = lo;
    while (last < edits.length && ((edits[last] as TextEdit).start < range.end || (range.start === range.end && (edits[last] as TextEdit).start === range.start))) last++;
    let mapped: MappedRange = { deleted: false, range: { start: range.start, end: range.end } };
    for (let k = last - 1; k >= lo && !mapped.deleted; k--) mapped = mapRange(mapped.range, edits[k] as TextEdit);
    if (mapped.deleted) return mapped;
    const shift = shiftBefore[lo] as number;
    return { deleted: false, range: { start: mapped.range.start + shift, end: mapped.range.end + shift } };
  });
}
