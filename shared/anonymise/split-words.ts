// Names written in pieces: hyphenated across a line break ("Oka-\nfor", or "Oka-for" once
// the break is gone) and spelled out letter by letter ("O-K-A-F-O-R", "P.R.Y.C.E.",
// "O K A F O R"). Pieces are joined back into one word only where the joined word is a
// word of some register name (its vocabulary), so ordinary hyphenated words and stray
// single letters are left as they are.
import type { Token } from './tokenise.ts';

// a hyphen, with the line break (folded to spaces) that may follow it
const HYPHEN_GAP = /^- *$/;
// between spelled-out letters: a space, a dot, a hyphen, or a dot and a space
const LETTER_GAP = /^(?:[ .-]|\. |- )$/;
// the longest run of pieces looked at for one word
const MAX_PIECES = 24;

function linked(previous: Token, next: Token): boolean {
  if (HYPHEN_GAP.test(next.gap)) return true;
  return previous.lower.length === 1 && next.lower.length === 1 && LETTER_GAP.test(next.gap);
}

function knownWord(vocabulary: ReadonlySet<string>, word: string): boolean {
  // a possessive or plural without an apostrophe ("Oka-fors") is the name too
  return vocabulary.has(word) || (word.length > 3 && word.endsWith('s') && vocabulary.has(word.slice(0, -1)));
}

function joined(pieces: readonly Token[]): Token {
  const first = pieces[0] as Token;
  const last = pieces[pieces.length - 1] as Token;
  return { start: first.start, end: last.end, gap: first.gap, lower: pieces.map((p) => p.lower).join(''), cased: pieces.map((p) => p.cased).join('') };
}

// The longest run of linked pieces from `from` (within `chainEnd`) that joins into a known word, as its last index; -1 when none does.
function longestKnown(tokens: readonly Token[], from: number, chainEnd: number, vocabulary: ReadonlySet<string>): number {
  let word = tokens[from]?.lower ?? '';
  let best = -1;
  for (let k = from + 1; k <= Math.min(chainEnd, from + MAX_PIECES - 1); k++) {
    word += tokens[k]?.lower ?? '';
    if (knownWord(vocabulary, word)) best = k;
  }
  return best;
}

export interface JoinedTokens {
  tokens: Token[];
  // the indexes (in tokens) of the joined ones
  joinedAt: number[];
}

// The tokens with every split name joined into one token; null when nothing was joined.
export function joinSplitWords(tokens: readonly Token[], vocabulary: ReadonlySet<string>): JoinedTokens | null {
  let out: Token[] | null = null;
  const joinedAt: number[] = [];
  let i = 0;
  while (i < tokens.length) {
    let chainEnd = i;
    while (chainEnd + 1 < tokens.length && linked(tokens[chainEnd] as Token, tokens[chainEnd + 1] as Token)) chainEnd++;
    if (chainEnd === i) {
      out?.push(tokens[i] as Token);
      i++;
      continue;
    }
    // within a chain of linked pieces, the longest known words from the left
    for (let at = i; at <= chainEnd; ) {
      const last = longestKnown(tokens, at, chainEnd, vocabulary);
      if (last < 0) {
        out?.push(tokens[at] as Token);
        at++;
        continue;
      }
      out ??= tokens.slice(0, at);
      joinedAt.push(out.length);
      out.push(joined(tokens.slice(at, last + 1)));
      at = last + 1;
    }
    i = chainEnd + 1;
  }
  return out ? { tokens: out, joinedAt } : null;
}
