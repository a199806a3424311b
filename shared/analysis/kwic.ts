// Keyword in context: a match with the words around it, on one line.
import { createOffsetIndex } from '../text/code-points.ts';
import type { OffsetIndex } from '../text/code-points.ts';

export interface KwicParts {
  left: string;
  match: string;
  right: string;
}

function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ');
}

// Cuts `text` to at most `width` code points from its end, starting at a word where it can.
function tail(text: string, width: number): string {
  const chars = [...text];
  if (chars.length <= width) return text;
  const cut = chars.slice(chars.length - width).join('');
  const space = cut.search(/\s/u);
  return space >= 0 && space < width / 3 ? cut.slice(space + 1) : cut;
}

// Cuts `text` to at most `width` code points from its start, ending at a word where it can.
function head(text: string, width: number): string {
  const chars = [...text];
  if (chars.length <= width) return text;
  const cut = chars.slice(0, width).join('');
  const space = cut.search(/\s\S*$/u);
  return space > (width * 2) / 3 ? cut.slice(0, space) : cut;
}

// The KWIC parts of [start, end) (code points) in a text, with up to `width` code points each side.
export function kwic(text: string | OffsetIndex, start: number, end: number, width = 60): KwicParts {
  const index = typeof text === 'string' ? createOffsetIndex(text) : text;
  const from = Math.max(0, Math.min(start, index.codePointLength));
  const to = Math.max(from, Math.min(end, index.codePointLength));
  const before = index.slice(Math.max(0, from - width * 2), from);
  const after = index.slice(to, Math.min(index.codePointLength, to + width * 2));
  return {
    left: tail(oneLine(before), width).replace(/^\s+/u, ''),
    match: oneLine(index.slice(from, to)),
    right: head(oneLine(after), width).replace(/\s+$/u, ''),
  };
}
