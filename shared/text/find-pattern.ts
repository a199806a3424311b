// The pattern a find in source texts uses (find and replace in the host, the coding view's
// find bar): the query as literal text, NFC like every stored text, optionally whole words
// and ignoring case.
import { normaliseText } from './normalise.ts';

// What a find looks for and how it matches.
export interface FindPatternOptions {
  query: string;
  matchCase?: boolean;
  wholeWord?: boolean;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// The global regular expression for a find (match.index and lastIndex count UTF-16 units).
export function findPattern(options: FindPatternOptions): RegExp {
  const literal = escapeRegExp(normaliseText(options.query));
  const body = options.wholeWord ? `(?<![\\p{L}\\p{N}\\p{M}_])${literal}(?![\\p{L}\\p{N}\\p{M}_])` : literal;
  return new RegExp(body, options.matchCase ? 'gu' : 'giu');
}
