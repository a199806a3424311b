import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isNfcBoundaryBefore } from './nfc-boundary.ts';

const MARK = /^\p{M}$/u;

describe('isNfcBoundaryBefore', () => {
  it.each([
    [0x61, true],
    [0x0a, true],
    [0xe9, true],
    [0xac00, true],
    [0x1f600, true],
    [0x0301, false],
    [0x0323, false],
    [0x1161, false],
    [0x11a8, false],
    [0x0bbe, false],
    [0x0958, true],
    [0x2126, true],
    [0x0344, false],
    [0x1d15e, true],
    [0x16d67, false],
  ])('U+%s -> %s', (cp, expected) => {
    expect(isNfcBoundaryBefore(cp)).toBe(expected);
  });

  it('agrees with the engine for every code point', () => {
    // Characters that appear after the first position of some canonical decomposition may compose backwards.
    const composesBackwards = new Set<number>();
    const violations: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      const nfd = ch.normalize('NFD');
      if (nfd !== ch) {
        const parts = [...nfd];
        for (let k = 1; k < parts.length; k++) composesBackwards.add(parts[k]?.codePointAt(0) ?? 0);
      }
      if (!isNfcBoundaryBefore(cp)) continue;
      // A non-zero combining class shows as reordering before U+0345 (class 240, the highest).
      const first = [...nfd][0] ?? ch;
      const probe = `\u0345${first}`;
      if (probe.normalize('NFD') !== probe || MARK.test(first)) {
        violations.push(`U+${cp.toString(16)} is not a starter`);
      }
    }
    for (const cp of composesBackwards) {
      if (isNfcBoundaryBefore(cp)) violations.push(`U+${cp.toString(16)} composes backwards`);
    }
    expect(violations).toEqual([]);
  });

  it('splits NFC exactly', () => {
    const pieces = ['a', 'e', '\u0301', '\u0323', '\u1100', '\u1161', '\u11a8', '\uac00', '\u0b47', '\u0b3e', 'Å', '\u212b', '😀', '\u0958', '\u{1d15e}', '\u0344', '\uf900', ' ', '\u{16d63}', '\u{16d67}'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (left, right) => {
        const x = left.join('');
        const y = right.join('');
        const first = y.codePointAt(0);
        fc.pre(first !== undefined && isNfcBoundaryBefore(first));
        expect((x + y).normalize('NFC')).toBe(x.normalize('NFC') + y.normalize('NFC'));
      }),
    );
  });
});
