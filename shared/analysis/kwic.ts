// Keyword in context: a match with the words around it, on one line.
import { createOffsetIndex } from '../text/code-points.ts';
import type { OffsetIndex } from '../text/code-points.ts';

// A further match on the same line: the words since the previous match, then the match.
export interface KwicMark {
  gap: string;
  match: string;
  // where the match is, [start, end) in code points of the text
  start: number;
  end: number;
}

export interface KwicParts {
  left: string;
  match: string;
  // later matches close enough to share this line, in order (the right context follows the last)
  also: KwicMark[];
  right: string;
}

export const ELLIPSIS = '…';

function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ');
}

// Cuts `text` to at most `width` code points from its end, starting at a word edge (mid-word only
// when it is all one word); an ellipsis marks the cut.
function tail(text: string, width: number): string {
  const chars = [...text];
  if (chars.length <= width) return text;
  const cut = chars.slice(chars.length - width).join('');
  if (/\s/u.test(chars[chars.length - width - 1] ?? '')) return ELLIPSIS + cut;
  const space = cut.search(/\s/u);
  return ELLIPSIS + (space >= 0 ? cut.slice(space + 1) : cut);
}

// Cuts `text` to at most `width` code points from its start, ending at a word edge (mid-word only
// when it is all one word); an ellipsis marks the cut.
function head(text: string, width: number): string {
  const chars = [...text];
  if (chars.length <= width) return text;
  const cut = chars.slice(0, width).join('');
  if (/\s/u.test(chars[width] ?? '')) return cut + ELLIPSIS;
  const space = cut.search(/\s\S*$/u);
  return (space > 0 ? cut.slice(0, space) : cut) + ELLIPSIS;
}

// A hit in code points of the text, [start, end).
export interface KwicHit {
  start: number;
  end: number;
}

// The KWIC parts of [start, end) (code points) in a text, with up to `width` code points each side;
// `also` are later hits (sorted, after `end`) marked on the same line.
export function kwic(text: string | OffsetIndex, start: number, end: number, width = 60, also: readonly KwicHit[] = []): KwicParts {
  const index = typeof text === 'string' ? createOffsetIndex(text) : text;
  const clamp = (n: number, min: number) => Math.max(min, Math.min(n, index.codePointLength));
  const from = clamp(start, 0);
  const firstEnd = clamp(end, from);
  let to = firstEnd;
  const marks: KwicMark[] = [];
  for (const h of also) {
    const hFrom = clamp(h.start, to);
    const hTo = clamp(h.end, hFrom);
    if (hTo <= hFrom) continue;
    marks.push({ gap: oneLine(index.slice(to, hFrom)), match: oneLine(index.slice(hFrom, hTo)), start: hFrom, end: hTo });
    to = hTo;
  }
  const before = index.slice(Math.max(0, from - width * 2), from);
  const after = index.slice(to, Math.min(index.codePointLength, to + width * 2));
  return {
    left: tail(oneLine(before), width).replace(/^\s+/u, ''),
    match: oneLine(index.slice(from, firstEnd)),
    also: marks,
    right: head(oneLine(after), width).replace(/\s+$/u, ''),
  };
}

// Groups hits that fall within one line's context: a hit starting at most `width` code points after the
// previous one ends (or overlapping it) joins that line. Each group is sorted; overlapping hits are fused
// into one mark, but `count` still counts every hit.
export function groupHits(hits: readonly KwicHit[], width: number): { hits: KwicHit[]; count: number }[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || a.end - b.end);
  const groups: { hits: KwicHit[]; count: number }[] = [];
  for (const h of sorted) {
    const group = groups.at(-1);
    const last = group?.hits.at(-1);
    if (!group || !last || h.start - last.end > width) {
      groups.push({ hits: [{ ...h }], count: 1 });
      continue;
    }
    group.count++;
    if (h.start < last.end) last.end = Math.max(last.end, h.end);
    else group.hits.push({ ...h });
  }
  return groups;
}

// One KWIC line per group of nearby hits, centred on the group's first hit, every hit of the group marked.
export function kwicLines(text: string | OffsetIndex, hits: readonly KwicHit[], width = 60): (KwicParts & KwicHit & { matches: number })[] {
  const index = typeof text === 'string' ? createOffsetIndex(text) : text;
  return groupHits(hits, width).flatMap(({ hits: group, count }) => {
    const [first, ...rest] = group;
    if (!first) return [];
    return [{ start: first.start, end: first.end, matches: count, ...kwic(index, first.start, first.end, width, rest) }];
  });
}

// A KWIC line as plain text, every match in [brackets] (for the command line).
export function plainKwic(line: Pick<KwicParts, 'left' | 'match' | 'also' | 'right'>): string {
  return `${line.left}${line.match ? `[${line.match}]` : ''}${line.also.map((m) => `${m.gap}[${m.match}]`).join('')}${line.right}`;
}
