// Where NFC normalisation can be split: the basis for normalising only part of a text.
//
// A "boundary before c" means: for any strings X and Y,
//   (X + c + Y).normalize('NFC') === X.normalize('NFC') + (c + Y).normalize('NFC').
// That holds when c's canonical decomposition starts with a starter (combining class
// 0) that never composes with a character before it (ICU's "comp boundary before").
// We decide it without Unicode tables, conservatively, from d, the first code point
// of NFD(c): d is not a mark (\p{M}, which holds every character with a non-zero
// combining class and almost every character that composes backwards), not a Hangul
// vowel or trailing jamo, not a Kirat Rai letter (U+16D67 composes backwards, Unicode
// 16), and is stable under NFC. Saying "no" when unsure only makes the normalised
// window larger. A test checks the rule against the engine's normalisation for every
// code point, so a new Unicode version in Node or Electron that breaks it fails there.
//
// Note that c itself may still change under NFC (U+2126 OHM SIGN becomes U+03A9).

const MARK = /^\p{M}$/u;
const cache = new Map<number, boolean>();

function isInertStarter(cp: number): boolean {
  if (cp >= 0x1160 && cp <= 0x11ff) return false; // Hangul vowel and trailing jamo compose backwards
  if (cp >= 0xd7b0 && cp <= 0xd7ff) return false; // Hangul jamo extended-B (vowels, trailing)
  if (cp >= 0x16d40 && cp <= 0x16d7f) return false; // Kirat Rai
  const ch = String.fromCodePoint(cp);
  return !MARK.test(ch) && ch.normalize('NFC') === ch;
}

function computeBoundaryBefore(cp: number): boolean {
  if (cp >= 0xd800 && cp <= 0xdfff) return true; // lone surrogate: inert
  const first = String.fromCodePoint(cp).normalize('NFD').codePointAt(0) ?? cp;
  return isInertStarter(first);
}

// Tells whether NFC can be split just before this code point (see the file comment).
export function isNfcBoundaryBefore(cp: number): boolean {
  // Everything below U+0300 (ASCII, Latin-1, Latin Extended, IPA, spacing modifiers) is a stable starter.
  if (cp < 0x300) return true;
  const known = cache.get(cp);
  if (known !== undefined) return known;
  const result = computeBoundaryBefore(cp);
  cache.set(cp, result);
  return result;
}
