// Word frequency over a selection of texts: counts per word (or stem), how many sources
// use it, and the forms written, leaving out stop words, short words and numbers. The
// ranking (commonest first; equal counts alphabetically, then in order of first use) is
// shared with the kept counts of electron/queries/word-counts.ts, so both give one answer.
import type { WordCount, WordFrequencyResult } from '../model/queries.ts';
import { porterStem } from './porter-stemmer.ts';
import { foldWord, forEachWord } from './words.ts';

export interface WordFrequencyOptions {
  stem: boolean;
  // folded words to leave out, or null to keep them all
  stopWords: ReadonlySet<string> | null;
  // shortest word counted, in characters
  minLength: number;
  // how many of the commonest words to return
  limit: number;
}

export interface SourceText {
  sourceId: number;
  text: string;
}

const HAS_LETTER = /\p{L}/u;

// The key a word as written is counted under with these options, or null when it is left out.
export function countedKey(word: string, options: Pick<WordFrequencyOptions, 'stem' | 'stopWords' | 'minLength'>): string | null {
  const folded = foldWord(word);
  const keep = [...folded].length >= options.minLength && HAS_LETTER.test(folded) && !(options.stopWords?.has(folded) ?? false);
  return keep ? (options.stem ? porterStem(folded) : folded) : null;
}

// The form a word as written is listed under ("Don’t" -> "don't").
export function writtenForm(word: string): string {
  return word.toLowerCase().replace(/’/g, "'");
}

// One counted word: its uses, sources, the forms written (with their uses and first use), and its first use.
export interface CountedWord {
  key: string;
  count: number;
  sources: number;
  // when it was first used (any number that orders uses: earlier is smaller)
  first: number;
  forms: Map<string, { count: number; first: number }>;
}

// The commonest counted words, ranked, with their forms ranked the same way.
export function rankWords(entries: readonly CountedWord[], limit: number): WordCount[] {
  return [...entries]
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key) || a.first - b.first)
    .slice(0, Math.max(0, limit))
    .map((e) => {
      const forms = [...e.forms.entries()].sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0]) || a[1].first - b[1].first).map(([f]) => f);
      return { key: e.key, display: forms[0] ?? e.key, count: e.count, sources: e.sources, forms };
    });
}

// Counts the words of the texts and returns the commonest.
export function wordFrequency(texts: Iterable<SourceText>, options: WordFrequencyOptions): WordFrequencyResult {
  const entries = new Map<string, CountedWord & { sourceIds: Set<number> }>();
  // cache of word as written -> key (null = left out), since most words repeat
  const keys = new Map<string, string | null>();
  let totalWords = 0;
  for (const { sourceId, text } of texts) {
    forEachWord(text, (word) => {
      const use = totalWords++;
      let key = keys.get(word);
      if (key === undefined) {
        key = countedKey(word, options);
        keys.set(word, key);
      }
      if (key === null) return;
      let entry = entries.get(key);
      if (!entry) entries.set(key, (entry = { key, count: 0, sources: 0, first: use, forms: new Map(), sourceIds: new Set() }));
      entry.count++;
      entry.sourceIds.add(sourceId);
      entry.sources = entry.sourceIds.size;
      const form = writtenForm(word);
      const known = entry.forms.get(form);
      if (known) known.count++;
      else entry.forms.set(form, { count: 1, first: use });
    });
  }
  return { totalWords, distinctWords: entries.size, words: rankWords([...entries.values()], options.limit) };
}

// Tells whether a word as written counts under `key` (for keyword in context of a listed word).
export function wordMatchesKey(word: string, key: string, stem: boolean): boolean {
  const folded = foldWord(word);
  return (stem ? porterStem(folded) : folded) === key;
}
