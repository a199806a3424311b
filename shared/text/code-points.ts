// Code-point positions in a canonical text, and conversion to UTF-16 at the DOM edge.
//
// A source's canonical text is addressed in Unicode code points: the unit REFI-QDA
// positions use and SQLite's substr() counts. JavaScript strings index UTF-16 code
// units, so an astral character (most emoji, some CJK) is one code point but two
// UTF-16 units. A lone surrogate (malformed text) counts as one code point, as it
// does when a JavaScript string is iterated.
//
// Conversions validate their input and throw a RangeError for a position that is not
// an integer, is negative, is past the end, or (for UTF-16) falls between the two
// halves of a surrogate pair.

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

// Any UTF-16 surrogate unit (no u flag: it must see the halves of pairs, not code points).
const SURROGATE = /[\uD800-\uDFFF]/;

function checkIndex(name: string, value: number, max: number): void {
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw new RangeError(`${name} ${String(value)} is outside 0..${String(max)}`);
  }
}

// Tells whether a UTF-16 index falls between the halves of a surrogate pair.
export function isInsideSurrogatePair(text: string, utf16Index: number): boolean {
  return (
    utf16Index > 0 &&
    utf16Index < text.length &&
    isHighSurrogate(text.charCodeAt(utf16Index - 1)) &&
    isLowSurrogate(text.charCodeAt(utf16Index))
  );
}

// Counts the code points in a text (the length REFI-QDA and SQLite use).
export function codePointLength(text: string): number {
  const n = text.length;
  // most texts have no astral characters: one native scan instead of a loop per unit
  if (!SURROGATE.test(text)) return n;
  let count = 0;
  for (let i = 0; i < n; i++) {
    if (isHighSurrogate(text.charCodeAt(i)) && i + 1 < n && isLowSurrogate(text.charCodeAt(i + 1))) {
      i++;
    }
    count++;
  }
  return count;
}

// Converts a code-point position to the UTF-16 index of the same place (O(n); see createOffsetIndex for repeated use).
export function codePointToUtf16(text: string, cpIndex: number): number {
  if (!Number.isInteger(cpIndex) || cpIndex < 0) {
    throw new RangeError(`code point index ${String(cpIndex)} is not a non-negative integer`);
  }
  const n = text.length;
  let i = 0;
  let cp = 0;
  while (cp < cpIndex) {
    if (i >= n) {
      throw new RangeError(`code point index ${String(cpIndex)} is past the end (${String(cp)})`);
    }
    if (isHighSurrogate(text.charCodeAt(i)) && i + 1 < n && isLowSurrogate(text.charCodeAt(i + 1))) {
      i += 2;
    } else {
      i += 1;
    }
    cp++;
  }
  return i;
}

// Converts a UTF-16 index to a code-point position; throws inside a surrogate pair (O(n)).
export function utf16ToCodePoint(text: string, utf16Index: number): number {
  checkIndex('UTF-16 index', utf16Index, text.length);
  if (isInsideSurrogatePair(text, utf16Index)) {
    throw new RangeError(`UTF-16 index ${String(utf16Index)} is inside a surrogate pair`);
  }
  let cp = 0;
  for (let i = 0; i < utf16Index; i++) {
    if (isHighSurrogate(text.charCodeAt(i)) && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1))) {
      i++;
    }
    cp++;
  }
  return cp;
}

// Returns the text between two code-point positions, half-open [start, end); end defaults to the end of the text.
export function sliceByCodePoints(text: string, start: number, end?: number): string {
  const from = codePointToUtf16(text, start);
  if (end === undefined) return text.slice(from);
  if (!Number.isInteger(end) || end < start) {
    throw new RangeError(`slice end ${String(end)} is before start ${String(start)}`);
  }
  // Continue counting from `from` rather than rescanning the prefix.
  const to = from + codePointToUtf16(text.slice(from), end - start);
  return text.slice(from, to);
}

// Reusable position converter for one text: O(1) for texts without astral characters, O(log n) otherwise.
export interface OffsetIndex {
  readonly text: string;
  // Length of the text in code points.
  readonly codePointLength: number;
  // Length of the text in UTF-16 code units (text.length).
  readonly utf16Length: number;
  // Code-point position -> UTF-16 index.
  toUtf16(cpIndex: number): number;
  // UTF-16 index -> code-point position (throws inside a surrogate pair).
  toCodePoint(utf16Index: number): number;
  // The text between two code-point positions, half-open.
  slice(start: number, end?: number): string;
}

// Builds an OffsetIndex for a text, so repeated conversions do not rescan it.
export function createOffsetIndex(text: string): OffsetIndex {
  // UTF-16 index of every surrogate pair, in order; the k-th pair starts at code point pairAtUtf16[k] - k.
  const pairs: number[] = [];
  const n = text.length;
  for (let i = SURROGATE.test(text) ? 0 : n; i + 1 < n; i++) {
    if (isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1))) {
      pairs.push(i);
      i++;
    }
  }
  const pairAtUtf16 = Int32Array.from(pairs);
  const pairCount = pairAtUtf16.length;
  const cpLength = n - pairCount;

  // Number of pairs whose start satisfies start(k) < bound, with start(k) given by `at`.
  const countBefore = (bound: number, at: (k: number) => number): number => {
    let lo = 0;
    let hi = pairCount;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (at(mid) < bound) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const utf16Start = (k: number): number => pairAtUtf16[k] ?? 0;
  const cpStart = (k: number): number => (pairAtUtf16[k] ?? 0) - k;

  const toUtf16 = (cpIndex: number): number => {
    checkIndex('code point index', cpIndex, cpLength);
    if (pairCount === 0) return cpIndex;
    return cpIndex + countBefore(cpIndex, cpStart);
  };
  const toCodePoint = (utf16Index: number): number => {
    checkIndex('UTF-16 index', utf16Index, n);
    if (pairCount === 0) return utf16Index;
    const before = countBefore(utf16Index, utf16Start);
    if (before > 0 && utf16Start(before - 1) + 1 === utf16Index) {
      throw new RangeError(`UTF-16 index ${String(utf16Index)} is inside a surrogate pair`);
    }
    return utf16Index - before;
  };
  const slice = (start: number, end?: number): string => {
    const stop = end ?? cpLength;
    if (stop < start) {
      throw new RangeError(`slice end ${String(stop)} is before start ${String(start)}`);
    }
    return text.slice(toUtf16(start), toUtf16(stop));
  };
  return { text, codePointLength: cpLength, utf16Length: n, toUtf16, toCodePoint, slice };
}
