import { describe, expect, it } from 'vitest';
import { groupHits, kwic, kwicLines, plainKwic } from './kwic.ts';

// positions of every occurrence of `word` in `text`, in code points
function hitsOf(text: string, word: string): { start: number; end: number }[] {
  const chars = [...text];
  const w = [...word].length;
  const out: { start: number; end: number }[] = [];
  for (let i = 0; i + w <= chars.length; i++) if (chars.slice(i, i + w).join('') === word) out.push({ start: i, end: i + w });
  return out;
}

describe('KWIC lines: nearby hits merge', () => {
  it('merges two hits five words apart into one line with both marked', () => {
    const text = 'We tried peer coaching in spring and then peer coaching again.';
    const lines = kwicLines(text, hitsOf(text, 'peer coaching'), 20);
    expect(lines).toEqual([
      { start: 9, end: 22, matches: 2, left: 'We tried ', match: 'peer coaching', also: [{ gap: ' in spring and then ', match: 'peer coaching', start: 42, end: 55 }], right: ' again.' },
    ]);
    expect(plainKwic(lines[0] ?? { left: '', match: '', also: [], right: '' })).toBe('We tried [peer coaching] in spring and then [peer coaching] again.');
  });

  it('keeps hits 200 characters apart on separate lines, each centred on its own hit', () => {
    const filler = 'and so on '.repeat(20); // 200 characters
    const text = `form ${filler}form`;
    const hits = hitsOf(text, 'form');
    expect(hits).toEqual([{ start: 0, end: 4 }, { start: 205, end: 209 }]);
    const lines = kwicLines(text, hits, 20);
    expect(lines.map((l) => [l.start, l.matches, l.also.length])).toEqual([[0, 1, 0], [205, 1, 0]]);
    // the 20 code points after the first hit are " and so on and so on", which end at a word edge
    expect(lines[0]).toMatchObject({ left: '', match: 'form', right: ' and so on and so on…' });
    expect(lines[1]).toMatchObject({ left: '…and so on and so on ', match: 'form', right: '' });
  });

  it('merges at exactly the context width and splits one code point beyond it', () => {
    expect(groupHits([{ start: 0, end: 2 }, { start: 12, end: 14 }], 10).map((g) => g.hits.length)).toEqual([2]);
    expect(groupHits([{ start: 0, end: 2 }, { start: 13, end: 15 }], 10).map((g) => g.hits.length)).toEqual([1, 1]);
  });

  it('fuses overlapping hits into one mark but still counts both', () => {
    const groups = groupHits([{ start: 5, end: 18 }, { start: 0, end: 9 }], 10);
    expect(groups).toEqual([{ hits: [{ start: 0, end: 18 }], count: 2 }]);
    const line = kwicLines('peer coaching logs', [{ start: 0, end: 4 }, { start: 0, end: 13 }], 10)[0];
    expect(line).toMatchObject({ match: 'peer coaching', also: [], matches: 2 });
  });

  it('chains three hits into one line when each is close to the one before', () => {
    const text = 'log one log two log three';
    const lines = kwicLines(text, hitsOf(text, 'log'), 6);
    expect(lines).toHaveLength(1);
    expect(lines[0]?.matches).toBe(3);
    expect(plainKwic(lines[0] ?? { left: '', match: '', also: [], right: '' })).toBe('[log] one [log] two [log] three');
  });

  it('counts positions in code points: an emoji before a hit is one position', () => {
    const text = '😀 form 👍🏽 form done';
    const hits = hitsOf(text, 'form');
    expect(hits).toEqual([{ start: 2, end: 6 }, { start: 10, end: 14 }]);
    expect(kwicLines(text, hits, 10)).toEqual([{ start: 2, end: 6, matches: 2, left: '😀 ', match: 'form', also: [{ gap: ' 👍🏽 ', match: 'form', start: 10, end: 14 }], right: ' done' }]);
  });
});

describe('KWIC lines: centred on the keyword', () => {
  it('gives a hit at the very start of a turn an empty left side and no ellipsis', () => {
    expect(kwic('Form filling took all week, every week.', 0, 4, 12)).toEqual({ left: '', match: 'Form', also: [], right: ' filling…' });
  });

  it('gives equal room either side, cut at word edges, with an ellipsis where cut', () => {
    // 30 code points either side of "form"; each side is cut to at most 12 at a word edge
    const text = 'alpha beta gamma delta epsilon form zeta eta theta iota kappa lambda';
    const at = text.indexOf('form');
    const parts = kwic(text, at, at + 4, 12);
    expect(parts).toEqual({ left: '…epsilon ', match: 'form', also: [], right: ' zeta eta…' });
    // left: the last 12 code points before the hit are "lta epsilon ", cut after their first space;
    // right: the first 12 after it are " zeta eta th", cut before their last space
    expect([...parts.left.slice(1)].length).toBeLessThanOrEqual(12 + 1);
    expect([...parts.right.slice(0, -1)].length).toBeLessThanOrEqual(12);
  });

  it('keeps the right context after the last merged hit', () => {
    const text = 'one form two form three four five six seven';
    const line = kwicLines(text, hitsOf(text, 'form'), 10)[0];
    expect(line).toMatchObject({ left: 'one ', match: 'form', also: [{ gap: ' two ', match: 'form', start: 13, end: 17 }], right: ' three…' });
  });
});
