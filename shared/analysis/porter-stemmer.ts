// The Porter stemmer (M.F. Porter, "An algorithm for suffix stripping", 1980) as the
// `stemmer` package implements it, with the two small departures of Porter's own reference
// version (bli -> ble, logi -> log), so "collaborative", "collaboration" and "collaborate"
// count as one word. Lower-case English words only; anything else is returned unchanged.
import { stemmer } from 'stemmer';

const LOWER_CASE_WORD = /^[a-z]+$/;

// Stems one lower-case word ("collaborative" -> "collabor").
export function porterStem(word: string): string {
  if (word.length <= 2 || !LOWER_CASE_WORD.test(word)) return word;
  return stemmer(word);
}
