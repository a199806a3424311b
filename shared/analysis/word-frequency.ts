// Word frequency over a selection of texts: counts per word (or stem), how many sources
// use it, and the forms written, leaving out stop words, short words and numbers.
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

interface Entry {
  count: number;
  sources: Set<number>;
  forms: Map<string, number>;
}

// Counts the words of the texts and returns the commonest.
export function wordFrequency(texts: Iterable<SourceText>, options: WordFrequencyOptions): WordFrequencyResult {
  const entries = new Map<string, Entry>();
  // cache of folded word -> key (null = left out), since most words repeat
  const keys = new Map<string, string | null>();
  let totalWords = 0;
  for (const { sourceId, text } of texts) {
    forEachWord(text, (word) => {
      totalWords++;
      let key = keys.get(word);
      if (key === undefined) {
        const folded = foldWord(word);
        const keep = [...folded].length >= options.minLength && HAS_LETTER.test(folded) && !(options.stopWords?.has(folded) ?? false);
        key = keep ? (options.stem ? porterStem(folded) : folded) : null;
        keys.set(word, key);
      }
      if (key === null) return;
      let entry = entries.get(key);
      if (!entry) entries.set(key, (entry = { count: 0, sources: new Set(), forms: new Map() }));
      entry.count++;
      entry.sources.add(sourceId);
      const form = word.toLowerCase().replace(/’/g, "'");
      entry.forms.set(form, (entry.forms.get(form) ?? 0) + 1);
    });
  }
  const words: WordCount[] = [...entries.entries()]
    .sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0]))
    .slice(0, Math.max(0, options.limit))
    .map(([key, e]) => {
      const forms = [...e.forms.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([f]) => f);
      return { key, display: forms[0] ?? key, count: e.count, sources: e.sources.size, forms };
    });
  return { totalWords, distinctWords: entries.size, words };
}

// Tells whether a word as written counts under `key` (for keyword in context of a listed word).
export function wordMatchesKey(word: string, key: string, stem: boolean): boolean {
  const folded = foldWord(word);
  return (stem ? porterStem(folded) : folded) === key;
}
