// The find bar's matches in code points (after astral characters too), case and whole
// words, the first match from the caret, next and previous wrapping round, and the count.
import { describe, expect, it } from 'vitest';
import { createOffsetIndex } from '../../../shared/text/code-points.ts';
import { findMatches, matchCountText, matchFrom, MAX_MATCHES, stepMatch } from './find-matches.ts';

const TEXT = '🎉 Tutors and tutoring: the tutor said tutors.';
const index = createOffsetIndex(TEXT);

describe('the find bar', () => {
  it('finds every match as code points, ignoring case unless asked', () => {
    const all = findMatches(index, 'tutor', { matchCase: false, wholeWord: false });
    expect(all.map((m) => index.slice(m.start, m.end))).toEqual(['Tutor', 'tutor', 'tutor', 'tutor']);
    expect(all[0]).toEqual({ start: 2, end: 7 });
    expect(findMatches(index, 'tutor', { matchCase: true, wholeWord: false })).toHaveLength(3);
    expect(findMatches(index, 'tutor', { matchCase: false, wholeWord: true }).map((m) => m.start)).toEqual([index.toCodePoint(TEXT.indexOf('tutor said'))]);
    expect(findMatches(index, '', { matchCase: false, wholeWord: false })).toEqual([]);
  });

  it('starts at the first match from a place, moves on and back, wrapping round', () => {
    const all = findMatches(index, 'tutor', { matchCase: false, wholeWord: false });
    expect(matchFrom(all, 0)).toBe(0);
    expect(matchFrom(all, 8)).toBe(1);
    expect(matchFrom(all, 1000)).toBe(0);
    expect(matchFrom([], 0)).toBeNull();
    expect(stepMatch(0, 4, 1)).toBe(1);
    expect(stepMatch(3, 4, 1)).toBe(0);
    expect(stepMatch(0, 4, -1)).toBe(3);
    expect(stepMatch(null, 4, -1)).toBe(3);
    expect(stepMatch(null, 0, 1)).toBeNull();
  });

  it('says where it is: "3 of 12", no matches, or nothing before anything is typed', () => {
    expect(matchCountText(2, 12, 'x')).toBe('3 of 12');
    expect(matchCountText(null, 0, 'x')).toBe('No matches');
    expect(matchCountText(null, 0, '')).toBe('');
    expect(matchCountText(0, MAX_MATCHES, 'e')).toBe(`1 of ${MAX_MATCHES}+`);
  });
});
