import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePointLength } from './code-points.ts';
import { normaliseText, normaliseWithMap } from './normalise.ts';

// Pieces that exercise every kind of rewrite: BOM, CR, CRLF, combining marks, reordering, Hangul jamo, singletons.
const PIECES = [
  'a', 'e', 'o', ' ', 'x', '\n', '\r', '\r\n', '\ufeff', '\u0301', '\u0323', '\u0308', '\u1100', '\u1161', '\u11a8',
  '\uac00', '\u212b', '\u0958', '😀', '\u{1d15e}', 'é', '\u0345', '\u0b47', '\u0b3e',
];
const messyText = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((parts) => parts.join(''));
const anyText = fc.oneof(messyText, fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme-composite' }));

describe('normaliseText', () => {
  it.each([
    ['\ufeffhello', 'hello'],
    ['a\ufeffb', 'a\ufeffb'],
    ['\ufeff\ufeffx', 'x'],
    ['a\r\nb\rc\nd', 'a\nb\nc\nd'],
    ['\r\r\n', '\n\n'],
    ['cafe\u0301', 'caf\u00e9'],
    ['\u1100\u1161\u11a8', '\uac01'],
    ['\u212b', '\u00c5'],
    ['a\u0301\u0323', '\u1ea1\u0301'],
  ])('%j -> %j', (raw, expected) => {
    expect(normaliseText(raw)).toBe(expected);
  });

  it('is idempotent and yields NFC without CR', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const text = normaliseText(raw);
        expect(normaliseText(text)).toBe(text);
        expect(text.normalize('NFC')).toBe(text);
        expect(text.includes('\r')).toBe(false);
      }),
    );
  });
});

describe('normaliseWithMap', () => {
  it.each([
    // raw, raw position, bias, expected
    ['\ufeffabc', 0, 'before', 0],
    ['\ufeffabc', 1, 'before', 0],
    ['\ufeffabc', 2, 'before', 1],
    ['a\r\nb', 1, 'before', 1],
    ['a\r\nb', 2, 'before', 1], // between CR and LF
    ['a\r\nb', 2, 'after', 2],
    ['a\r\nb', 3, 'before', 2],
    ['a\r\nb\r\nc', 6, 'before', 4],
    ['a\rb', 2, 'before', 2],
    ['cafe\u0301!', 3, 'before', 3],
    ['cafe\u0301!', 4, 'before', 3], // between e and its accent
    ['cafe\u0301!', 4, 'after', 4],
    ['cafe\u0301!', 5, 'before', 4],
    ['cafe\u0301!', 6, 'before', 5],
    ['\ufeffx\r\ne\u0301', 5, 'after', 3],
    ['😀e\u0301😀', 1, 'before', 1],
    ['😀e\u0301😀', 3, 'before', 2],
    ['😀e\u0301😀', 4, 'before', 3],
  ] as const)('%j: %i (%s) -> %i', (raw, pos, bias, expected) => {
    expect(normaliseWithMap(raw).toNormalised(pos, bias)).toBe(expected);
  });

  it('keeps REFI positions that counted CRLF as two on the same words', () => {
    const raw = 'Interviewer: Hello.\r\n\r\nMargaret: I worked at the caf\u0065\u0301 for years.\r\n';
    const map = normaliseWithMap(raw);
    const rawStart = [...raw].join('').indexOf('worked');
    const range = map.mapRange({ start: rawStart, end: rawStart + 'worked'.length });
    expect([...map.text].slice(range.start, range.end).join('')).toBe('worked');
    const cafe = [...raw].indexOf('c', rawStart);
    const cafeRange = map.mapRange({ start: cafe, end: cafe + 4 }); // stops between e and accent
    expect([...map.text].slice(cafeRange.start, cafeRange.end).join('')).toBe('caf\u00e9');
  });

  it('widens ranges over partly covered units', () => {
    const map = normaliseWithMap('ab\r\ncd');
    expect(map.mapRange({ start: 0, end: 3 })).toEqual({ start: 0, end: 3 });
    expect(map.mapRange({ start: 3, end: 6 })).toEqual({ start: 2, end: 5 });
    expect(map.mapRange({ start: 3, end: 3 })).toEqual({ start: 2, end: 2 });
    expect(() => map.mapRange({ start: 0, end: 7 })).toThrow(RangeError);
    expect(() => map.toNormalised(-1)).toThrow(RangeError);
  });

  it('gives the same text as normaliseText and a monotone, in-bounds, exact-where-possible map', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const map = normaliseWithMap(raw);
        expect(map.text).toBe(normaliseText(raw));
        const rawLength = codePointLength(raw);
        const length = codePointLength(map.text);
        expect(map.rawLength).toBe(rawLength);
        expect(map.toNormalised(0)).toBe(0);
        expect(map.toNormalised(rawLength, 'after')).toBe(length);
        let previousBefore = 0;
        let previousAfter = 0;
        for (let p = 0; p <= rawLength; p++) {
          const before = map.toNormalised(p, 'before');
          const after = map.toNormalised(p, 'after');
          expect(before).toBeGreaterThanOrEqual(previousBefore);
          expect(after).toBeGreaterThanOrEqual(previousAfter);
          expect(after).toBeGreaterThanOrEqual(before);
          expect(after).toBeLessThanOrEqual(length);
          previousBefore = before;
          previousAfter = after;
        }
      }),
    );
  });

  it('maps positions exactly when the prefix normalises on its own', () => {
    fc.assert(
      fc.property(
        anyText.chain((raw) => fc.tuple(fc.constant(raw), fc.nat([...raw].length))),
        ([raw, p]) => {
          const map = normaliseWithMap(raw);
          const cps = [...raw];
          const prefix = normaliseText(cps.slice(0, p).join(''));
          const suffix = normaliseText(cps.slice(p).join(''));
          // When cutting at p does not change the result, p has an exact image.
          fc.pre(prefix + suffix === map.text && !(cps[p - 1] === '\r' && cps[p] === '\n') && p > (/^\ufeff*/u.exec(raw)?.[0].length ?? 0));
          expect(map.toNormalised(p, 'before')).toBe(codePointLength(prefix));
        },
      ),
    );
  });
});
