import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../../shared/text/edits.ts';
import { correctionEdits } from './use-coding-actions.ts';

describe('correctionEdits', () => {
  it('turns a corrected turn into edits in code points of the whole source', () => {
    const source = '😀 Interviewer: hi\n\nRuth: we had to log every visit.';
    const turnStart = Array.from(source).indexOf('R');
    const turn = 'Ruth: we had to log every visit.';
    const edits = correctionEdits(turn, 'Ruth: we had to 📝 log each visit.', turnStart);
    expect(edits).toEqual([
      { start: turnStart + 16, end: turnStart + 16, insert: '📝 ' },
      // the smallest change: "every" keeps its "e", so a coding of exactly that word survives
      { start: turnStart + 21, end: turnStart + 25, insert: 'ach' },
    ]);
    const corrected = [...edits].reverse().reduce((t, e) => applyEdit(t, e), source);
    expect(corrected).toBe('😀 Interviewer: hi\n\nRuth: we had to 📝 log each visit.');
  });

  it('normalises what was typed (decomposed accents become one character)', () => {
    expect(correctionEdits('cafe', 'cafe\u0301', 0)).toEqual([{ start: 3, end: 4, insert: 'é' }]);
    expect(correctionEdits('same', 'same', 10)).toEqual([]);
  });
});
