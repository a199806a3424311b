import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  codePointLength,
  codePointToUtf16,
  createOffsetIndex,
  isInsideSurrogatePair,
  sliceByCodePoints,
  utf16ToCodePoint,
} from './code-points.ts';

const anyText = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'grapheme-composite' }),
);

describe('codePointLength', () => {
  it.each([
    ['', 0],
    ['abc', 3],
    ['caf\u00e9', 4],
    ['cafe\u0301', 5],
    ['a😀b', 3],
    ['👩‍👩‍👧', 5],
    ['\ud800x', 2],
    ['x\udc00', 2],
    ['\udc00\ud800', 2],
  ])('%j has %i code points', (text, expected) => {
    expect(codePointLength(text)).toBe(expected);
  });

  it('agrees with string iteration', () => {
    fc.assert(fc.property(anyText, (text) => codePointLength(text) === [...text].length));
  });
});

describe('conversions', () => {
  it.each([
    ['a😀b', 0, 0],
    ['a😀b', 1, 1],
    ['a😀b', 2, 3],
    ['a😀b', 3, 4],
    ['😀😀', 1, 2],
    ['\ud800\ud800', 1, 1],
  ])('%j: code point %i is UTF-16 %i', (text, cp, utf16) => {
    expect(codePointToUtf16(text, cp)).toBe(utf16);
    expect(utf16ToCodePoint(text, utf16)).toBe(cp);
    const index = createOffsetIndex(text);
    expect(index.toUtf16(cp)).toBe(utf16);
    expect(index.toCodePoint(utf16)).toBe(cp);
  });

  it.each([
    ['abc', -1],
    ['abc', 4],
    ['abc', 1.5],
    ['abc', Number.NaN],
    ['😀', 2],
  ])('codePointToUtf16(%j, %d) throws RangeError', (text, cp) => {
    expect(() => codePointToUtf16(text, cp)).toThrow(RangeError);
    expect(() => createOffsetIndex(text).toUtf16(cp)).toThrow(RangeError);
  });

  it.each([
    ['abc', -1],
    ['abc', 4],
    ['abc', 0.5],
    ['a😀b', 2],
  ])('utf16ToCodePoint(%j, %d) throws RangeError', (text, utf16) => {
    expect(() => utf16ToCodePoint(text, utf16)).toThrow(RangeError);
    expect(() => createOffsetIndex(text).toCodePoint(utf16)).toThrow(RangeError);
  });

  it('round-trips every code point position, with and without an index', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const index = createOffsetIndex(text);
        const length = codePointLength(text);
        expect(index.codePointLength).toBe(length);
        let utf16 = 0;
        let cp = 0;
        for (const ch of text) {
          expect(codePointToUtf16(text, cp)).toBe(utf16);
          expect(index.toUtf16(cp)).toBe(utf16);
          expect(utf16ToCodePoint(text, utf16)).toBe(cp);
          expect(index.toCodePoint(utf16)).toBe(cp);
          if (ch.length === 2) {
            expect(isInsideSurrogatePair(text, utf16 + 1)).toBe(true);
            expect(() => index.toCodePoint(utf16 + 1)).toThrow(RangeError);
          }
          utf16 += ch.length;
          cp += 1;
        }
        expect(index.toUtf16(length)).toBe(text.length);
        expect(index.toCodePoint(text.length)).toBe(length);
      }),
    );
  });
});

describe('sliceByCodePoints', () => {
  it('slices by code points', () => {
    expect(sliceByCodePoints('a😀bc', 1, 3)).toBe('😀b');
    expect(sliceByCodePoints('a😀bc', 2)).toBe('bc');
    expect(sliceByCodePoints('a😀bc', 4, 4)).toBe('');
    expect(() => sliceByCodePoints('abc', 2, 1)).toThrow(RangeError);
    expect(() => sliceByCodePoints('abc', 0, 4)).toThrow(RangeError);
  });

  it('matches slicing the array of code points', () => {
    fc.assert(
      fc.property(
        anyText.chain((text) => {
          const n = [...text].length;
          return fc.tuple(fc.constant(text), fc.nat(n), fc.nat(n));
        }),
        ([text, x, y]) => {
          const [start, end] = x <= y ? [x, y] : [y, x];
          const expected = [...text].slice(start, end).join('');
          expect(sliceByCodePoints(text, start, end)).toBe(expected);
          expect(createOffsetIndex(text).slice(start, end)).toBe(expected);
        },
      ),
    );
  });
});
