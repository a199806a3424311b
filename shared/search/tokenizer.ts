// The JS twin of segments_fts's tokenizer (FTS5 unicode61 remove_diacritics 2): splits
// text into tokens at the same places and folds case and accents the same way, so hit
// positions found here are the matches FTS5 found. Tables come from SQLite itself
// (fts-tables.ts); tokenizer.test.ts checks every code point against FTS5.
import { DROPPED, FOLD_RUNS, TOKEN_RANGES } from './fts-tables.ts';

export interface Token {
  // the folded term FTS5 indexes ("Café" -> "cafe")
  term: string;
  // half-open code-point range of the token in the text
  start: number;
  end: number;
}

const BMP = 0x10000;
const bmpToken = new Uint8Array(BMP);
const bmpFold = new Int32Array(BMP); // 0 = unchanged, else the folded code point + 1 (1 = dropped)
const astralFold = new Map<number, number>();

for (let i = 0; i + 1 < TOKEN_RANGES.length; i += 2) {
  const start = TOKEN_RANGES[i] as number;
  const end = Math.min(TOKEN_RANGES[i + 1] as number, BMP);
  for (let c = start; c < end; c++) bmpToken[c] = 1;
}
for (let i = 0; i + 3 < FOLD_RUNS.length; i += 4) {
  const first = FOLD_RUNS[i] as number;
  const count = FOLD_RUNS[i + 1] as number;
  const delta = FOLD_RUNS[i + 2] as number;
  const step = FOLD_RUNS[i + 3] as number;
  for (let k = 0; k < count; k++) {
    const c = first + k * step;
    if (c < BMP) bmpFold[c] = c + delta + 1;
    else astralFold.set(c, c + delta);
  }
}
for (const c of DROPPED) {
  if (c < BMP) bmpFold[c] = 1;
  else astralFold.set(c, -1);
}

function isAstralToken(c: number): boolean {
  // binary search over the flattened ranges
  let lo = 0;
  let hi = TOKEN_RANGES.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = TOKEN_RANGES[mid * 2] as number;
    const end = TOKEN_RANGES[mid * 2 + 1] as number;
    if (c < start) hi = mid - 1;
    else if (c >= end) lo = mid + 1;
    else return true;
  }
  return false;
}

// Tells whether FTS5 treats a code point as part of a token.
export function isTokenCodePoint(c: number): boolean {
  return c < BMP ? bmpToken[c] === 1 : isAstralToken(c);
}

// The code point a token character becomes in the index; -1 when FTS5 drops it.
export function foldCodePoint(c: number): number {
  if (c < BMP) {
    const f = bmpFold[c] as number;
    return f === 0 ? c : f - 1 === 0 ? -1 : f - 1;
  }
  return astralFold.get(c) ?? c;
}

// Splits a text into FTS5's tokens with their code-point ranges, in order.
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let term = '';
  let start = -1;
  let last = -1;
  let cp = 0;
  const n = text.length;
  const close = () => {
    if (start >= 0 && term !== '') tokens.push({ term, start, end: last + 1 });
    term = '';
    start = -1;
  };
  for (let i = 0; i < n; i++, cp++) {
    let c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
        i++;
      }
    }
    if (c < 128) {
      // ASCII fast path: letters and digits are token characters, A-Z fold to a-z
      if (c >= 97 && c <= 122) {
        if (start < 0) start = cp;
        term += String.fromCharCode(c);
        last = cp;
      } else if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90)) {
        if (start < 0) start = cp;
        term += String.fromCharCode(c >= 65 && c <= 90 ? c + 32 : c);
        last = cp;
      } else close();
      continue;
    }
    if (!isTokenCodePoint(c)) {
      close();
      continue;
    }
    if (start < 0) start = cp;
    last = cp;
    const folded = foldCodePoint(c);
    if (folded >= 0) term += String.fromCodePoint(folded);
  }
  close();
  return tokens;
}

// The folded terms of a text (what a word or phrase typed in a search stands for).
export function termsOf(text: string): string[] {
  return tokenize(text).map((t) => t.term);
}
