// Reads a calendar date typed by the researcher, in the forms the app writes and British users
// type: "4 Nov 2025", "4 November 2025", "04/11/2025" (day first) and "2025-11-04".

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function isoOf(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  if (day > days) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function monthNumber(word: string): number {
  const w = word.toLowerCase().replace(/\.$/u, '');
  if (w.length < 3) return 0;
  return MONTHS.findIndex((m) => m.startsWith(w) || (w === 'sept' && m === 'september')) + 1;
}

// The date as YYYY-MM-DD, or null when the text is not a real date in one of the accepted forms.
export function parseDate(text: string): string | null {
  const t = text.trim();
  const isoMatch = /^(\d{4})-(\d{1,2})-(\d{1,2})$/u.exec(t);
  if (isoMatch) return isoOf(Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3]));
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/u.exec(t);
  if (dayFirst) return isoOf(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1]));
  const words = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+\.?),?\s+(\d{4})$/u.exec(t);
  if (words) {
    const month = monthNumber(words[2] ?? '');
    return month > 0 ? isoOf(Number(words[3]), month, Number(words[1])) : null;
  }
  return null;
}
