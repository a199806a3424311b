import { describe, expect, it } from 'vitest';
import { scrollTopFor, visibleRows, windowPieces } from './windowed-rows.ts';

describe('visibleRows', () => {
  it('draws the rows in view plus the overscan, within the list', () => {
    expect(visibleRows(1000, 0, 300, 30, 40, 5)).toEqual({ first: 0, last: 15 });
    expect(visibleRows(1000, 3040, 300, 30, 40, 5)).toEqual({ first: 95, last: 115 });
    expect(visibleRows(1000, 1_000_000, 300, 30, 40, 5)).toEqual({ first: 999, last: 999 });
    expect(visibleRows(0, 0, 300, 30, 40, 5)).toEqual({ first: 0, last: -1 });
  });
});

describe('windowPieces', () => {
  it('stands a gap for the rows before and after the window', () => {
    expect(windowPieces(100, { first: 10, last: 19 }, null)).toEqual([
      { kind: 'gap', rows: 10, at: 0 },
      { kind: 'rows', from: 10, to: 19 },
      { kind: 'gap', rows: 80, at: 20 },
    ]);
    expect(windowPieces(20, { first: 0, last: 19 }, 5)).toEqual([{ kind: 'rows', from: 0, to: 19 }]);
  });

  it('draws the pinned row in its place outside the window, before or after it', () => {
    expect(windowPieces(100, { first: 50, last: 59 }, 3)).toEqual([
      { kind: 'gap', rows: 3, at: 0 },
      { kind: 'rows', from: 3, to: 3 },
      { kind: 'gap', rows: 46, at: 4 },
      { kind: 'rows', from: 50, to: 59 },
      { kind: 'gap', rows: 40, at: 60 },
    ]);
    expect(windowPieces(100, { first: 0, last: 9 }, 99)).toEqual([
      { kind: 'rows', from: 0, to: 9 },
      { kind: 'gap', rows: 89, at: 10 },
      { kind: 'rows', from: 99, to: 99 },
    ]);
    // every row is accounted for exactly once
    const pieces = windowPieces(100, { first: 50, last: 59 }, 10);
    expect(pieces.reduce((n, p) => n + (p.kind === 'gap' ? p.rows : p.to - p.from + 1), 0)).toBe(100);
  });
});

describe('scrollTopFor', () => {
  it('scrolls a row above the view to just under the header, one below to the bottom edge, and leaves one in view', () => {
    // header 40 px, rows 30 px, scroller 340 px high (300 px of rows)
    expect(scrollTopFor(2, 300, 340, 30, 40)).toBe(60);
    expect(scrollTopFor(20, 0, 340, 30, 40)).toBe(40 + 21 * 30 - 340);
    expect(scrollTopFor(12, 300, 340, 30, 40)).toBeNull();
  });
});
