// Codings moved from one version of a text to another through diff-match-patch's difference.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdit, mapRange } from '../../shared/text/edits.ts';
import type { TextEdit } from '../../shared/text/edits.ts';
import { mapRangesThroughEdits, textDiffEdits } from './text-diff.ts';

// Applies edits (sorted, against the original) from the last to the first.
const applyAll = (text: string, edits: readonly TextEdit[]) => [...edits].reverse().reduce(applyEdit, text);

describe('textDiffEdits', () => {
  it('finds no edits between equal texts', () => {
    expect(textDiffEdits('the same', 'the same')).toEqual([]);
  });

  it('turns a corrected typo into one edit of that word', () => {
    const before = 'We recieved the report on Tuesday.';
    const after = 'We received the report on Tuesday.';
    expect(textDiffEdits(before, after)).toEqual([{ start: 3, end: 11, insert: 'received' }]);
  });

  it('replaces a name whole, so a coding starting after it keeps its first word', () => {
    const before = '[Broker, Project 1, Lead]: There is a log.';
    const after = 'Rachel: Well, there is a log.';
    const edits = textDiffEdits(before, after);
    expect(applyAll(before, edits)).toBe(after);
    const coded = { start: before.indexOf('There'), end: before.length };
    expect(mapRangesThroughEdits([coded], edits)[0]).toEqual({ deleted: false, range: { start: after.indexOf('Well'), end: after.length } });
  });

  it('counts positions in code points, with astral characters whole', () => {
    const before = 'a 😀 b c';
    const after = 'a 😃 b c d';
    const edits = textDiffEdits(before, after);
    expect(applyAll(before, edits)).toBe(after);
    // the emoji is one code point, at 2
    expect(edits[0]?.start).toBe(2);
  });

  it('turns any text into any other (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 40 }), (a, b) => {
        expect(applyAll(a, textDiffEdits(a, b))).toBe(b);
      }),
      { numRuns: 300 },
    );
  });
});

describe('mapRangesThroughEdits', () => {
  it('moves a coding after a change, keeps one before it and resizes one around it', () => {
    const before = 'Rachel said the log helps. Later Rachel left.';
    const after = '[Broker, Project 1, Lead] said the log helps. Later [Broker, Project 1, Lead] left.';
    const edits = textDiffEdits(before, after);
    const at = (text: string, words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
    const [logHelps, later, whole] = mapRangesThroughEdits([at(before, 'the log helps'), at(before, 'Later'), { start: 0, end: before.length }], edits);
    expect(logHelps).toEqual({ deleted: false, range: at(after, 'the log helps') });
    expect(later).toEqual({ deleted: false, range: at(after, 'Later') });
    expect(whole).toEqual({ deleted: false, range: { start: 0, end: after.length } });
  });

  it('reports a coding whose text is gone', () => {
    const before = 'Keep this. Delete this sentence. Keep that.';
    const after = 'Keep this. Keep that.';
    const gone = { start: before.indexOf('Delete'), end: before.indexOf('sentence.') + 'sentence.'.length };
    expect(mapRangesThroughEdits([gone], textDiffEdits(before, after))[0]).toEqual({ deleted: true });
  });

  it('agrees with mapping through each edit in turn (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.string({ maxLength: 30 }), fc.nat(30), fc.nat(30), (a, b, x, y) => {
        const edits = textDiffEdits(a, b);
        const length = Array.from(a).length;
        const start = Math.min(x, y, length);
        const end = Math.min(Math.max(x, y), length);
        let expected: ReturnType<typeof mapRange> = { deleted: false, range: { start, end } };
        for (const edit of [...edits].reverse()) if (!expected.deleted) expected = mapRange(expected.range, edit);
        expect(mapRangesThroughEdits([{ start, end }], edits)[0]).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
