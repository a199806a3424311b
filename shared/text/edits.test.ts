import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdit, applyEditNormalised, invertEdit, mapPosition, mapRange } from './edits.ts';
import type { TextEdit } from './edits.ts';
import type { Range } from './range.ts';

const PIECES = [
  'a', 'b', 'e', ' ', '\n', 'é', '\u0301', '\u0323', '\u0308', '\u1100', '\u1161', '\u11a8', '\uac00', '😀', '\u212b',
  '\u0b47', '\u0b3e', '\u{1d15e}', 'ﬁ',
];
const pieceText = (maxLength: number): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...PIECES), { maxLength }).map((parts) => parts.join(''));
const anyText = fc.oneof(pieceText(20), fc.string({ unit: 'grapheme', maxLength: 20 }), fc.string({ unit: 'binary', maxLength: 20 }));
const anyInsert = fc.oneof(pieceText(4), fc.string({ unit: 'grapheme', maxLength: 4 }), fc.string({ unit: 'binary', maxLength: 4 }));

const cps = (text: string): string[] => Array.from(text);
const slice = (text: string, start: number, end: number): string => cps(text).slice(start, end).join('');

// Two ordered positions in 0..n.
const ordered = (n: number): fc.Arbitrary<[number, number]> =>
  fc.tuple(fc.nat(n), fc.nat(n)).map(([x, y]): [number, number] => (x <= y ? [x, y] : [y, x]));

const textEditRange = anyText.chain((text) => {
  const n = cps(text).length;
  return fc.record({
    text: fc.constant(text),
    edit: fc.tuple(ordered(n), anyInsert).map(([[start, end], insert]): TextEdit => ({ start, end, insert })),
    range: ordered(n).map(([start, end]): Range => ({ start, end })),
  });
});

describe('applyEdit', () => {
  it.each([
    ['hello world', { start: 6, end: 11, insert: 'there' }, 'hello there'],
    ['a😀b', { start: 1, end: 2, insert: '' }, 'ab'],
    ['a😀b', { start: 2, end: 2, insert: '😀' }, 'a😀😀b'],
    ['', { start: 0, end: 0, insert: 'x' }, 'x'],
  ])('%j with %j -> %j', (text, edit, expected) => {
    expect(applyEdit(text, edit)).toBe(expected);
  });

  it.each([
    { start: -1, end: 0, insert: '' },
    { start: 2, end: 1, insert: '' },
    { start: 0, end: 4, insert: '' },
    { start: 0.5, end: 1, insert: '' },
  ])('rejects %j on "abc"', (edit) => {
    expect(() => applyEdit('abc', edit)).toThrow(RangeError);
  });

  it('splices code points and can be inverted', () => {
    fc.assert(
      fc.property(textEditRange, ({ text, edit }) => {
        const result = applyEdit(text, edit);
        const expected = [...cps(text).slice(0, edit.start), edit.insert, ...cps(text).slice(edit.end)].join('');
        expect(result).toBe(expected);
        expect(applyEdit(result, invertEdit(text, edit))).toBe(text);
      }),
    );
  });
});

describe('mapPosition', () => {
  const insertAt2: TextEdit = { start: 2, end: 2, insert: 'xyz' };
  const replace2to5: TextEdit = { start: 2, end: 5, insert: 'xy' };
  it.each([
    [1, insertAt2, 'after', 1],
    [2, insertAt2, 'after', 5],
    [2, insertAt2, 'before', 2],
    [3, insertAt2, 'before', 6],
    [2, replace2to5, 'after', 2],
    [3, replace2to5, 'before', 2],
    [3, replace2to5, 'after', 4],
    [5, replace2to5, 'before', 4],
    [7, replace2to5, 'before', 6],
  ] as const)('%i through %j (%s) -> %i', (pos, edit, bias, expected) => {
    expect(mapPosition(pos, edit, bias)).toBe(expected);
  });
});

describe('mapRange', () => {
  // Text "0123456789", range [3, 7) = "3456".
  const range: Range = { start: 3, end: 7 };
  it.each<[string, TextEdit, Range | 'deleted']>([
    ['insert before', { start: 1, end: 1, insert: 'ab' }, { start: 5, end: 9 }],
    ['insert at start stays outside', { start: 3, end: 3, insert: 'ab' }, { start: 5, end: 9 }],
    ['insert inside resizes', { start: 5, end: 5, insert: 'ab' }, { start: 3, end: 9 }],
    ['insert at end stays outside', { start: 7, end: 7, insert: 'ab' }, { start: 3, end: 7 }],
    ['insert after', { start: 9, end: 9, insert: 'ab' }, { start: 3, end: 7 }],
    ['delete before, touching', { start: 1, end: 3, insert: '' }, { start: 1, end: 5 }],
    ['delete after, touching', { start: 7, end: 9, insert: '' }, { start: 3, end: 7 }],
    ['delete inside', { start: 4, end: 6, insert: '' }, { start: 3, end: 5 }],
    ['replace first characters (typo fix)', { start: 3, end: 5, insert: 'XYZ' }, { start: 3, end: 8 }],
    ['replace last characters', { start: 5, end: 7, insert: 'X' }, { start: 3, end: 6 }],
    ['across the start trims', { start: 1, end: 5, insert: 'XY' }, { start: 3, end: 5 }],
    ['across the end trims', { start: 5, end: 9, insert: 'XY' }, { start: 3, end: 5 }],
    ['exact delete', { start: 3, end: 7, insert: '' }, 'deleted'],
    ['exact replace', { start: 3, end: 7, insert: 'new' }, 'deleted'],
    ['covering delete', { start: 2, end: 8, insert: 'x' }, 'deleted'],
  ])('%s', (_name, edit, expected) => {
    const result = mapRange(range, edit);
    if (expected === 'deleted') {
      expect(result).toEqual({ deleted: true });
    } else {
      expect(result).toEqual({ deleted: false, range: expected });
    }
  });

  it.each<[string, Range, TextEdit, Range]>([
    ['zero-length range before an insert at it moves after it', { start: 3, end: 3 }, { start: 3, end: 3, insert: 'ab' }, { start: 5, end: 5 }],
    ['zero-length range inside a deletion survives', { start: 3, end: 3 }, { start: 1, end: 5, insert: '' }, { start: 1, end: 1 }],
    ['zero-length range at the start of a replacement stays', { start: 3, end: 3 }, { start: 3, end: 5, insert: 'x' }, { start: 3, end: 3 }],
  ])('%s', (_name, empty, edit, expected) => {
    expect(mapRange(empty, edit)).toEqual({ deleted: false, range: expected });
  });

  it('keeps ranges ordered, inside the new text, and their surviving text intact', () => {
    fc.assert(
      fc.property(textEditRange, ({ text, edit, range }) => {
        const result = applyEdit(text, edit);
        const newLength = cps(result).length;
        const mapped = mapRange(range, edit);
        const { start: a, end: b } = range;
        const { start: s, end: e } = edit;
        const wiped = a < b && s <= a && e >= b;
        expect(mapped.deleted).toBe(wiped);
        if (mapped.deleted) return;
        const { start, end } = mapped.range;
        expect(Number.isInteger(start) && Number.isInteger(end)).toBe(true);
        expect(start).toBeGreaterThanOrEqual(0);
        expect(start).toBeLessThanOrEqual(end);
        expect(end).toBeLessThanOrEqual(newLength);
        if (a === b) {
          expect(start).toBe(end);
          return;
        }
        expect(start).toBeLessThan(end);
        const now = slice(result, start, end);
        if (e <= a || s >= b) expect(now).toBe(slice(text, a, b)); // untouched
        else if (s >= a && e <= b) expect(now).toBe(slice(text, a, s) + edit.insert + slice(text, e, b)); // inside
        else if (s < a) expect(now).toBe(slice(text, e, b)); // across the start
        else expect(now).toBe(slice(text, a, s)); // across the end
      }),
    );
  });
});

describe('applyEditNormalised', () => {
  it.each<[string, TextEdit, string, TextEdit]>([
    ['cafe', { start: 4, end: 4, insert: '\u0301' }, 'café', { start: 3, end: 4, insert: 'é' }],
    ['cafe!', { start: 4, end: 4, insert: '\u0301' }, 'café!', { start: 3, end: 4, insert: 'é' }],
    ['hello', { start: 2, end: 2, insert: 'x' }, 'hexllo', { start: 2, end: 2, insert: 'x' }],
    ['ab', { start: 1, end: 1, insert: 'e\u0301' }, 'aéb', { start: 1, end: 1, insert: 'é' }],
    ['\uac00', { start: 1, end: 1, insert: '\u11a8' }, '\uac01', { start: 0, end: 1, insert: '\uac01' }],
    ['x\u0301y', { start: 0, end: 1, insert: 'e' }, 'éy', { start: 0, end: 2, insert: 'é' }],
    ['é', { start: 0, end: 1, insert: 'e' }, 'e', { start: 0, end: 1, insert: 'e' }],
  ])('%j with %j -> %j', (text, edit, expectedText, expectedEdit) => {
    const result = applyEditNormalised(text, edit);
    expect(result.text).toBe(expectedText);
    expect(result.effectiveEdit).toEqual(expectedEdit);
  });

  it('keeps a coding whole when an accent is typed at its end', () => {
    const { effectiveEdit } = applyEditNormalised('the cafe is', { start: 8, end: 8, insert: '\u0301' });
    expect(mapRange({ start: 4, end: 8 }, effectiveEdit)).toEqual({ deleted: false, range: { start: 4, end: 8 } });
    expect(mapRange({ start: 8, end: 11 }, effectiveEdit)).toEqual({ deleted: false, range: { start: 8, end: 11 } });
  });

  it('equals normalising the whole naive result, and effectiveEdit reproduces it', () => {
    fc.assert(
      fc.property(textEditRange, ({ text: raw, edit: rawEdit }) => {
        const text = raw.normalize('NFC');
        const n = cps(text).length;
        const edit = { ...rawEdit, start: Math.min(rawEdit.start, n), end: Math.min(rawEdit.end, n) };
        const naive = applyEdit(text, edit);
        const result = applyEditNormalised(text, edit);
        expect(result.text).toBe(naive.normalize('NFC'));
        expect(result.text.normalize('NFC')).toBe(result.text);
        const effective = result.effectiveEdit;
        expect(applyEdit(text, effective)).toBe(result.text);
        expect(effective.start).toBeLessThanOrEqual(edit.start);
        expect(effective.end).toBeGreaterThanOrEqual(edit.end);
        if (naive.normalize('NFC') === naive && edit.insert.normalize('NFC') === edit.insert) {
          expect(effective).toEqual(edit);
        }
      }),
    );
  });
});
