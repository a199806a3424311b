import { describe, expect, it } from 'vitest';
import { COLUMN_MIN_WIDTH, fitColumns } from './use-column-widths.ts';

// usual 600 px in all; least widths 120 + 60 (0.6 of 100) + 100 + 60 = 340 px
const columns = [
  { key: 'name', usual: 240, least: 120 },
  { key: 'kind', usual: 100 },
  { key: 'cases', usual: 200, least: 100 },
  { key: 'words', usual: 60, least: 60 },
];

describe('fitColumns', () => {
  it('keeps the usual widths when the box is wide enough or not yet measured', () => {
    expect(fitColumns(columns, {}, 1200).map((c) => c.width)).toEqual([240, 100, 200, 60]);
    expect(fitColumns(columns, {}, 0).map((c) => c.width)).toEqual([240, 100, 200, 60]);
  });

  it('narrows the columns towards their least widths so the table fits the box', () => {
    // 470 px: half of the 260 px between least and usual -> least + half the difference
    expect(fitColumns(columns, {}, 470).map((c) => c.width)).toEqual([180, 80, 150, 60]);
  });

  it('leaves a width the user set as it is and narrows only the others', () => {
    // name set to 300: 200 px left for kind, cases, words (least 220): they stay at their least, the box scrolls
    expect(fitColumns(columns, { name: 300 }, 500).map((c) => c.width)).toEqual([300, 60, 100, 60]);
    // 400 px left for usual 360: nothing to narrow
    expect(fitColumns(columns, { name: 300 }, 700).map((c) => c.width)).toEqual([300, 100, 200, 60]);
  });

  it('narrows no column below its least width: the box then scrolls', () => {
    expect(fitColumns(columns, {}, 100).map((c) => c.width)).toEqual([120, 60, 100, 60]);
    expect(fitColumns([{ key: 'tiny', usual: 50 }], {}, 10).map((c) => c.width)).toEqual([COLUMN_MIN_WIDTH]);
  });
});
