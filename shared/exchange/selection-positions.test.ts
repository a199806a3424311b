// Reading selection positions the way the exporting program counted them.
import { describe, expect, it } from 'vitest';
import { readSelectionPositions } from './selection-positions.ts';

const RAW = 'Ann: We met on Mondays.\r\nBen: The forms came later.\r\nAnn: Nobody liked them.\r\n';
// positions of "The forms" and "Nobody liked them" with CRLF counted as two, and as one
const TWO = [
  { start: 30, end: 39, text: 'The forms' },
  { start: 58, end: 75, text: 'Nobody liked them' },
];
const ONE = [
  { start: 29, end: 38, text: 'The forms' },
  { start: 56, end: 73, text: 'Nobody liked them' },
];

function shown(reading: ReturnType<typeof readSelectionPositions>): string[] {
  const chars = Array.from(reading.text);
  return reading.selections.map((s) => (s.ok ? chars.slice(s.start, s.end).join('') : `! ${s.problem}`));
}

describe('readSelectionPositions', () => {
  it('finds CRLF counted as two from the selection names', () => {
    const r = readSelectionPositions(RAW, TWO.map((s) => ({ start: s.start, end: s.end, hint: s.text })), { preferCrlfOne: true });
    expect(r.crlf).toBe('two');
    expect(shown(r)).toEqual(['The forms', 'Nobody liked them']);
  });

  it('finds CRLF counted as one from the selection names', () => {
    const r = readSelectionPositions(RAW, ONE.map((s) => ({ start: s.start, end: s.end, hint: `${s.text}…` })));
    expect(r.crlf).toBe('one');
    expect(shown(r)).toEqual(['The forms', 'Nobody liked them']);
  });

  it('finds the reading from word boundaries when selections have no names', () => {
    expect(shown(readSelectionPositions(RAW, ONE.map(({ start, end }) => ({ start, end }))))).toEqual(['The forms', 'Nobody liked them']);
    expect(shown(readSelectionPositions(RAW, TWO.map(({ start, end }) => ({ start, end })), { preferCrlfOne: true }))).toEqual(['The forms', 'Nobody liked them']);
  });

  it('follows the program\'s habit when nothing tells the readings apart', () => {
    const only = [{ start: 0, end: 3 }];
    expect(readSelectionPositions(RAW, only).crlf).toBe('two');
    expect(readSelectionPositions(RAW, only, { preferCrlfOne: true }).crlf).toBe('one');
  });

  it('reads a counted byte-order mark when the names say so', () => {
    const r = readSelectionPositions('Ann: hello there', [{ start: 6, end: 11, hint: 'hello' }], { hadBom: true });
    expect(r.bomCounted).toBe(true);
    expect(shown(r)).toEqual(['hello']);
    expect(readSelectionPositions('Ann: hello there', [{ start: 5, end: 10, hint: 'hello' }], { hadBom: true }).bomCounted).toBe(false);
  });

  it('reports selections that do not fit the text instead of guessing', () => {
    const r = readSelectionPositions('short text', [
      { start: 2, end: 40 },
      { start: 5, end: 3 },
      { start: Number.NaN, end: 3 },
    ]);
    expect(r.selections.map((s) => (s.ok ? 'ok' : s.problem))).toEqual([
      'it ends at position 40, after the end of the text (10 characters)',
      'its positions 5-3 are not a range',
      'its start or end position is not a whole number',
    ]);
  });

  it('maps decomposed accents and astral characters onto the NFC text', () => {
    const raw = 'Cafe\u0301 \u{1F600} ok';
    const r = readSelectionPositions(raw, [
      { start: 0, end: 5 },
      { start: 6, end: 7 },
      { start: 8, end: 10 },
    ]);
    expect(shown(r)).toEqual(['Café', '\u{1F600}', 'ok']);
  });
});
