import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffEdits } from './diff-edits.ts';
import { applyEdit } from './edits.ts';

// Applies edits in text order (last first, so earlier positions stay valid).
function applyAll(text: string, edits: ReturnType<typeof diffEdits>): string {
  return [...edits].reverse().reduce((t, e) => applyEdit(t, e), text);
}

describe('diffEdits', () => {
  it.each([
    ['same', 'same', []],
    ['abc', 'abXc', [{ start: 2, end: 2, insert: 'X' }]],
    ['one two three', 'one three', [{ start: 4, end: 8, insert: '' }]],
    ['😀 coded', '😀 📝 coded', [{ start: 2, end: 2, insert: '📝 ' }]],
    ['', 'new', [{ start: 0, end: 0, insert: 'new' }]],
    ['old', '', [{ start: 0, end: 3, insert: '' }]],
  ])('%j -> %j', (before, after, edits) => {
    expect(diffEdits(before, after)).toEqual(edits);
  });

  it('keeps separate changes separate, so text between them is untouched', () => {
    const before = 'Ruth: we had to log every visit and the graded ones got mixed up, and it felt like inspection.';
    const after = 'Ruth: we had to 📝 log every visit and the formally graded ones got mixed up, and it.';
    const edits = diffEdits(before, after);
    expect(edits).toHaveLength(3);
    expect(applyAll(before, edits)).toBe(after);
    const untouched = before.indexOf('every visit and the');
    expect(edits.every((e) => e.end <= untouched || e.start >= untouched + 'every visit and the'.length)).toBe(true);
  });

  it('joins changes inside one word', () => {
    expect(diffEdits('over there now', 'over their now')).toEqual([{ start: 8, end: 10, insert: 'ir' }]);
  });

  it('falls back to one edit when the texts differ too much', () => {
    expect(diffEdits('abcdef', 'uvwxyz', { maxDistance: 3 })).toEqual([{ start: 0, end: 6, insert: 'uvwxyz' }]);
  });

  it('always produces edits in order that turn the first text into the second', () => {
    const alphabet = fc.constantFrom('a', 'b', ' ', 'é', '😀', '\n', 'c');
    const text = fc.array(alphabet, { maxLength: 40 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(text, text, (before, after) => {
        const edits = diffEdits(before, after);
        for (let i = 1; i < edits.length; i++) expect((edits[i - 1]?.end ?? 0) < (edits[i]?.start ?? 0)).toBe(true);
        expect(applyAll(before, edits)).toBe(after);
      }),
      { numRuns: 500 },
    );
  });
});
