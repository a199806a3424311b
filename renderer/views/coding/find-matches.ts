// The find bar's matches in one source's text (the same pattern as find and replace,
// shared/text/find-pattern.ts), as code-point ranges, and moving between them.
import { findPattern } from '../../../shared/text/find-pattern.ts';
import type { OffsetIndex } from '../../../shared/text/code-points.ts';
import type { CodePointRange } from './dom-selection.ts';

// How the find bar matches.
export interface FindBarOptions {
  matchCase: boolean;
  wholeWord: boolean;
}

// Matches found at most (the count then says "10000+").
export const MAX_MATCHES = 10_000;

// Every match of `query` in the text, in order (none for an empty query).
export function findMatches(index: OffsetIndex, query: string, options: FindBarOptions): CodePointRange[] {
  if (query === '') return [];
  const pattern = findPattern({ query, ...options });
  const out: CodePointRange[] = [];
  for (const m of index.text.matchAll(pattern)) {
    if (m[0].length === 0) continue;
    out.push({ start: index.toCodePoint(m.index), end: index.toCodePoint(m.index + m[0].length) });
    if (out.length >= MAX_MATCHES) break;
  }
  return out;
}

// The first match starting at or after a position (wrapping to the first), or null when there are none.
export function matchFrom(matches: readonly CodePointRange[], pos: number): number | null {
  if (matches.length === 0) return null;
  let lo = 0;
  let hi = matches.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((matches[mid] as CodePointRange).start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo < matches.length ? lo : 0;
}

// The next (or previous) match from the current one, wrapping round at either end.
export function stepMatch(current: number | null, count: number, direction: 1 | -1): number | null {
  if (count === 0) return null;
  if (current === null) return direction === 1 ? 0 : count - 1;
  return (current + direction + count) % count;
}

// What the find bar's count says: "3 of 12", "No matches", or nothing before anything is typed.
export function matchCountText(current: number | null, count: number, query: string): string {
  if (query === '') return '';
  if (count === 0) return 'No matches';
  const total = count >= MAX_MATCHES ? `${MAX_MATCHES}+` : String(count);
  return current === null ? `${total} matches` : `${current + 1} of ${total}`;
}
