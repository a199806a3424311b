// Wraps researcher-written label text into lines that fit a width in the bundled font.
import { textWidth } from './text-metrics.ts';
import type { FontWeight } from './text-metrics.ts';

// The text with line ends unified and tabs as spaces; characters XML 1.0 cannot carry
// (controls, lone surrogates, U+FFFE/U+FFFF) are dropped.
export function cleanLabelText(text: string): string {
  let out = '';
  for (const ch of text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ')) {
    const cp = ch.codePointAt(0) ?? 0;
    if (ch.length === 1 && cp >= 0xd800 && cp <= 0xdfff) continue;
    if ((cp < 0x20 && cp !== 0x0a) || (cp >= 0x7f && cp <= 0x9f) || cp === 0xfffe || cp === 0xffff) continue;
    out += ch;
  }
  return out;
}

// Breaks one word that is wider than the line into pieces that fit.
function breakWord(word: string, maxWidth: number, fontSize: number, weight: FontWeight): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const ch of word) {
    if (current && textWidth(current + ch, fontSize, weight) > maxWidth) {
      pieces.push(current);
      current = ch;
    } else current += ch;
  }
  if (current) pieces.push(current);
  return pieces;
}

// Wraps one paragraph (no line ends) greedily at spaces.
function wrapParagraph(paragraph: string, maxWidth: number, fontSize: number, weight: FontWeight): string[] {
  const words = paragraph.split(/ +/).filter((w) => w !== '');
  if (words.length === 0) return [''];
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, fontSize, weight) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    if (textWidth(word, fontSize, weight) <= maxWidth) line = word;
    else {
      const pieces = breakWord(word, maxWidth, fontSize, weight);
      lines.push(...pieces.slice(0, -1));
      line = pieces[pieces.length - 1] ?? '';
    }
  }
  if (line) lines.push(line);
  return lines;
}

// Wraps text into lines no wider than maxWidth; the researcher's own line ends are kept,
// blank lines at the start and end are dropped.
export function wrapText(text: string, maxWidth: number, fontSize: number, weight: FontWeight = 'regular'): string[] {
  const paragraphs = cleanLabelText(text).split('\n').map((p) => p.trim());
  while (paragraphs.length > 0 && paragraphs[0] === '') paragraphs.shift();
  while (paragraphs.length > 0 && paragraphs[paragraphs.length - 1] === '') paragraphs.pop();
  return paragraphs.flatMap((p) => wrapParagraph(p, maxWidth, fontSize, weight));
}
