// The PERFORMANCE.md table: sizes as columns, growth between neighbouring sizes.
import { describe, expect, it } from 'vitest';
import { benchTable, formatGrowth, formatValue } from './report.ts';

describe('bench report', () => {
  it('formats values and growth', () => {
    expect(formatValue(1234.56)).toBe('1,235');
    expect(formatValue(0.012345)).toBe('0.0123');
    expect(formatGrowth(2, 19, 'median')).toBe('9.5x');
    expect(formatGrowth(40, 20, 'rate')).toBe('0.5x (rate)');
    expect(formatGrowth(undefined, 3, 'value')).toBe('');
  });

  it('puts each size in a column and pairs rows by name, stat and unit', () => {
    const table = benchTable([
      { name: 'open', size: 1000, stat: 'median', value: 2, unit: 'ms' },
      { name: 'open', size: 100, stat: 'median', value: 1, unit: 'ms' },
      { name: 'open', size: 5000, stat: 'median', value: 10, unit: 'ms' },
      { name: 'import', size: 100, stat: 'rate', value: 4, unit: 'MB/s' },
    ]).split('\n');
    expect(table[0]).toBe('| measurement | stat | 100 | 1,000 | 5,000 | unit | growth 100 to 1,000 (corpus x10) | growth 1,000 to 5,000 (corpus x5) |');
    expect(table[2]).toBe('| open | median | 1 | 2 | 10 | ms | 2x | 5x |');
    expect(table[3]).toBe('| import | rate | 4 | - | - | MB/s |  |  |');
  });
});
