// Words of a text as the register and the leak scan compare them: letters only, with
// case, accents, ligatures, full-width, mathematical, small-capital and enclosed forms
// ("Ⓞⓚⓐⓕⓞⓡ"), common look-alike letters and apostrophes (also those Unicode counts as
// letters, like U+02BC in "Shahʼs") folded, and zero-width and direction characters
// ignored (so "Mar\u200Bgaret" is one word). Each word keeps its UTF-16 range in the original text and the folded text of
// the gap before it, so multi-word names can require a plausible gap ("Margaret Okafor",
// "Okafor, Margaret", "M. Okafor", "Margaret_Okafor.docx").

export interface Token {
  // UTF-16 range in the original text
  start: number;
  end: number;
  // folded and lower-cased (what case-insensitive rules compare)
  lower: string;
  // folded with its case kept (what case-sensitive rules compare)
  cased: string;
  // the folded characters between the previous word and this one ('' at a camel-case split)
  gap: string;
}

export interface Tokenised {
  tokens: Token[];
  // some word changes case in its middle ("MargaretOkafor"): worth a second pass split there
  hasCamel: boolean;
}

// Characters that are invisible: removed before comparing, never splitting a word.
const IGNORABLE = new Set<number>([
  0x00ad, 0x034f, 0x061c, 0x115f, 0x1160, 0x17b4, 0x17b5, 0x180b, 0x180c, 0x180d, 0x180e, 0x180f, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c,
  0x202d, 0x202e, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0x2066, 0x2067, 0x2068, 0x2069, 0x206a, 0x206b, 0x206c, 0x206d, 0x206e, 0x206f, 0x3164, 0xfeff, 0xffa0,
]);

// Tells whether a code point is invisible formatting that the comparison ignores.
export function isIgnorable(cp: number): boolean {
  return IGNORABLE.has(cp) || (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0000 && cp <= 0xe007f) || (cp >= 0xe0100 && cp <= 0xe01ef);
}

// Letters NFKD does not take apart, and Cyrillic/Greek letters that look Latin.
const LETTER_MAP: Record<string, string> = {
  ø: 'o', Ø: 'O', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ð: 'd', Ð: 'D', ß: 'ss', ẞ: 'SS', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ı: 'i', þ: 'th', Þ: 'TH', ħ: 'h', Ħ: 'H', ŀ: 'l', Ŀ: 'L', ŧ: 't', Ŧ: 'T', ĸ: 'k', ſ: 's',
  а: 'a', А: 'A', в: 'b', В: 'B', е: 'e', Е: 'E', ё: 'e', Ё: 'E', к: 'k', К: 'K', м: 'm', М: 'M', н: 'h', Н: 'H', о: 'o', О: 'O', р: 'p', Р: 'P', с: 'c', С: 'C', т: 't', Т: 'T', у: 'y', У: 'Y', х: 'x', Х: 'X', і: 'i', І: 'I', ј: 'j', Ј: 'J', ѕ: 's', Ѕ: 'S', ԁ: 'd', ԛ: 'q', ԝ: 'w', ү: 'y',
  α: 'a', Α: 'A', β: 'b', Β: 'B', ε: 'e', Ε: 'E', ζ: 'z', Ζ: 'Z', η: 'n', Η: 'H', ι: 'i', Ι: 'I', κ: 'k', Κ: 'K', μ: 'u', Μ: 'M', ν: 'v', Ν: 'N', ο: 'o', Ο: 'O', ρ: 'p', Ρ: 'P', τ: 't', Τ: 'T', υ: 'u', Υ: 'Y', χ: 'x', Χ: 'X',
  // small capitals, which NFKD leaves as they are
  ᴀ: 'a', ʙ: 'b', ᴄ: 'c', ᴅ: 'd', ᴇ: 'e', ꜰ: 'f', ɢ: 'g', ʜ: 'h', ɪ: 'i', ᴊ: 'j', ᴋ: 'k', ʟ: 'l', ᴍ: 'm', ɴ: 'n', ᴏ: 'o', ᴘ: 'p', ǫ: 'q', ʀ: 'r', ꜱ: 's', ᴛ: 't', ᴜ: 'u', ᴠ: 'v', ᴡ: 'w', ʏ: 'y', ᴢ: 'z',
};

// Apostrophes and their look-alikes (U+02BC, U+02BB, U+02B9, U+02C8 and U+A78C are letters to Unicode, but not here).
const APOSTROPHES = new Set([
  "'", '\u2019', '\u2018', '\u02bc', '\u02bb', '\u02bd', '\u02c8', '\u2032', '\u2035', '`', '\u00b4', '\uff07', '\u201b', '\u02b9', '\u055a', '\ua78c', '\u05f3', '\u1fbd', '\u1fbf', '\u1fef', '\u1ffd',
]);

const DASHES = new Set(['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\ufe58', '\ufe63', '\uff0d', '\u00ad']);

const LETTER_RE = /\p{L}/u;
const MARK_RE = /\p{M}/u;
const UPPER_RE = /\p{Lu}|\p{Lt}/u;
const LOWER_RE = /\p{Ll}/u;
const MARKS_G = /\p{M}/gu;
const SYMBOL_RE = /\p{So}/u;

type CharClass = { kind: 'letter'; folded: string; upper: boolean; lower: boolean } | { kind: 'mark' } | { kind: 'ignore' } | { kind: 'gap'; folded: string };

const classCache = new Map<number, CharClass>();

function foldLetter(ch: string): string {
  const mapped = LETTER_MAP[ch];
  if (mapped !== undefined) return mapped;
  const decomposed = ch.normalize('NFKD').replace(MARKS_G, '');
  let out = '';
  for (const c of decomposed) {
    const again = LETTER_MAP[c];
    if (again !== undefined) out += again;
    else if (LETTER_RE.test(c)) out += c;
  }
  return out;
}

// Capital letters in a circle, a square or a flag's letter box that NFKC does not take apart.
const BOXED_CAPITALS: readonly (readonly [first: number, last: number])[] = [
  [0x1f150, 0x1f169], // negative circled
  [0x1f170, 0x1f189], // negative squared
  [0x1f1e6, 0x1f1ff], // regional indicators
];

// The letter a symbol stands for ("Ⓞ", "🄾", "🅞", "⒪"), or '' when it stands for none.
function enclosedLetter(cp: number, ch: string): string {
  for (const [first, last] of BOXED_CAPITALS) if (cp >= first && cp <= last) return String.fromCharCode(0x41 + cp - first);
  if (!SYMBOL_RE.test(ch)) return '';
  const compat = ch.normalize('NFKC').replace(/[().]/g, '');
  return compat.length === 1 && compat !== ch && LETTER_RE.test(compat) ? foldLetter(compat) : '';
}

function classify(cp: number): CharClass {
  const cached = classCache.get(cp);
  if (cached) return cached;
  let result: CharClass;
  const ch = String.fromCodePoint(cp);
  if (isIgnorable(cp)) result = { kind: 'ignore' };
  else if (APOSTROPHES.has(ch)) result = { kind: 'gap', folded: "'" };
  else if (LETTER_RE.test(ch)) {
    const folded = foldLetter(ch);
    result = folded ? { kind: 'letter', folded, upper: UPPER_RE.test(ch), lower: LOWER_RE.test(ch) } : { kind: 'ignore' };
  } else if (MARK_RE.test(ch)) result = { kind: 'mark' };
  else if (DASHES.has(ch)) result = { kind: 'gap', folded: '-' };
  else if (/\s/u.test(ch)) result = { kind: 'gap', folded: ' ' };
  else {
    const enclosed = enclosedLetter(cp, ch);
    result = enclosed ? { kind: 'letter', folded: enclosed, upper: enclosed !== enclosed.toLowerCase(), lower: enclosed !== enclosed.toUpperCase() } : { kind: 'gap', folded: ch.normalize('NFKC') };
  }
  if (classCache.size < 50_000) classCache.set(cp, result);
  return result;
}

// Splits a text into folded words; with camel: true, also splits where a lower-case
// letter is followed by an upper-case one ("MargaretOkafor" -> Margaret, Okafor).
export function tokenise(text: string, options: { camel?: boolean } = {}): Tokenised {
  const camel = options.camel === true;
  const tokens: Token[] = [];
  let hasCamel = false;
  let inWord = false;
  let start = 0;
  let end = 0;
  let cased = '';
  let gap = '';
  let prevLower = false;

  const finish = () => {
    if (inWord) {
      tokens.push({ start, end, lower: cased.toLowerCase(), cased, gap });
      gap = '';
      inWord = false;
    }
  };

  // one letter at i (width code units), folded; a lower-to-upper step is a camel-case boundary
  const letter = (at: number, width: number, folded: string, upper: boolean, lower: boolean) => {
    if (inWord && upper && prevLower) {
      hasCamel = true;
      if (camel) finish();
    }
    if (!inWord) {
      inWord = true;
      start = at;
      cased = '';
    }
    cased += folded;
    end = at + width;
    prevLower = lower;
  };

  const n = text.length;
  let i = 0;
  while (i < n) {
    const unit = text.charCodeAt(i);
    // ASCII fast path
    if (unit < 0x80) {
      const isUpper = unit >= 0x41 && unit <= 0x5a;
      const isLower = unit >= 0x61 && unit <= 0x7a;
      if (isUpper || isLower) {
        letter(i, 1, text[i] ?? '', isUpper, isLower);
      } else {
        finish();
        prevLower = false;
        if (unit === 0x09 || unit === 0x0a || unit === 0x0d || unit === 0x20 || unit === 0x0b || unit === 0x0c) gap += ' ';
        else if (unit === 0x60) gap += "'";
        else gap += text[i];
      }
      i += 1;
      continue;
    }
    const cp = text.codePointAt(i) ?? unit;
    const width = cp > 0xffff ? 2 : 1;
    const cls = classify(cp);
    switch (cls.kind) {
      case 'ignore':
        break;
      case 'mark':
        if (inWord) end = i + width;
        break;
      case 'letter':
        letter(i, width, cls.folded, cls.upper, cls.lower);
        break;
      case 'gap':
        finish();
        prevLower = false;
        gap += cls.folded;
        break;
    }
    i += width;
  }
  finish();
  return { tokens, hasCamel };
}

// The folded, lower-cased words of a short text joined by single spaces (for keys and comparisons).
export function foldedKey(text: string): string {
  return tokenise(text)
    .tokens.map((t) => t.lower)
    .join(' ');
}
