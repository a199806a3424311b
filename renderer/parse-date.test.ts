// Typed dates: the app's own form, full month names, day-first numbers and ISO dates.
import { describe, expect, it } from 'vitest';
import { parseDate } from './parse-date.ts';

describe('parseDate', () => {
  it('reads the accepted forms', () => {
    for (const text of ['4 Nov 2025', '4 November 2025', '04/11/2025', '4/11/2025', '04.11.2025', '2025-11-04', ' 4 nov 2025 ', '4th November, 2025', '4 Nov. 2025']) {
      expect(parseDate(text), text).toBe('2025-11-04');
    }
    expect(parseDate('14 Sept 2025')).toBe('2025-09-14');
    expect(parseDate('31 Dec 1999')).toBe('1999-12-31');
  });

  it('reads numbers day first', () => {
    expect(parseDate('01/02/2025')).toBe('2025-02-01');
    expect(parseDate('13/01/2025')).toBe('2025-01-13');
    expect(parseDate('01/13/2025')).toBeNull();
  });

  it('accepts a leap day only in leap years', () => {
    expect(parseDate('29 Feb 2024')).toBe('2024-02-29');
    expect(parseDate('29/02/2000')).toBe('2000-02-29');
    expect(parseDate('29 Feb 2025')).toBeNull();
    expect(parseDate('2100-02-29')).toBeNull();
  });

  it('refuses days that do not exist and text that is not a date', () => {
    for (const text of ['31 Apr 2025', '31/04/2025', '2025-04-31', '0 Jan 2025', '2025-13-01', '4 No 2025', '4 Novembre 2025', 'next Tuesday', '11/2025', '', '2025-11-04T10:00']) {
      expect(parseDate(text), text).toBeNull();
    }
  });
});
