// Display formats of dates, counts and sizes.
import { describe, expect, it } from 'vitest';
import { formatBytes, formatCount, formatDate } from './format.ts';

describe('formatDate', () => {
  it.each<[string | null, string]>([
    ['2025-03-04', '4 Mar 2025'],
    ['2024-12-31', '31 Dec 2024'],
    ['2024-09-01T23:30:00Z', '1 Sep 2024'],
    [null, ''],
    ['not a date', 'not a date'],
  ])('%s', (input, expected) => {
    expect(formatDate(input)).toBe(expected);
  });
});

describe('formatCount and formatBytes', () => {
  it('uses the singular for one', () => {
    expect(formatCount(1, 'source')).toBe('1 source');
    expect(formatCount(1234, 'coding')).toBe('1,234 codings');
    expect(formatCount(2, 'case')).toBe('2 cases');
  });
  it('shows sizes in B, KB and MB', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(2048)).toBe('2 KB');
    expect(formatBytes(3.5 * 1024 * 1024)).toBe('3.5 MB');
  });
});
