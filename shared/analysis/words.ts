// Words as word-use queries count them: runs of letters and digits, keeping inner
// apostrophes and hyphens ("don't", "co-operation" are one word each), folded to lower
// case without accents the way the search index folds them.
import { foldCodePoint } from '../search/tokenizer.ts';
import { porterStem } from './porter-stemmer.ts';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’-][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*/gu;

export interface WordAt {
  // as written
  text: string;
  // code-point range in the text
  start: number;
  end: number;
}

// The folded form a word is counted under ("Don’t" -> "don't", "Café" -> "cafe").
export function foldWord(word: string): string {
  let out = '';
  for (const ch of word) {
    const c = ch.codePointAt(0) as number;
    if (c < 128) out += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : ch;
    else if (c === 0x2019) out += "'";
    else {
      const f = foldCodePoint(c);
      if (f >= 0) out += String.fromCodePoint(f);
    }
  }
  return out;
}

// The key a word is counted under: folded, and stemmed when asked ("collaborative" -> "collabor").
export function wordKey(word: string, stem: boolean): string {
  const folded = foldWord(word);
  return stem ? porterStem(folded) : folded;
}

// Calls visit for every word of a text (without positions: the fast path for counting).
export function forEachWord(text: string, visit: (word: string) => void): void {
  // exec on a regular expression of its own: the same matches as matchAll, without an iterator
  const word = new RegExp(WORD.source, WORD.flags);
  for (let m = word.exec(text); m !== null; m = word.exec(text)) visit(m[0]);
}

// Every word of a text with its code-point range.
export function wordsWithPositions(text: string): WordAt[] {
  const out: WordAt[] = [];
  let cp = 0;
  let utf16 = 0;
  for (const m of text.matchAll(WORD)) {
    const at = m.index;
    cp += codePointsBetween(text, utf16, at);
    const len = codePointsBetween(text, at, at + m[0].length);
    out.push({ text: m[0], start: cp, end: cp + len });
    cp += len;
    utf16 = at + m[0].length;
  }
  return out;
}

function codePointsBetween(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

// Counts the words of a text (as word use counts them).
export function countWordsIn(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(WORD)) n++;
  return n;
}
