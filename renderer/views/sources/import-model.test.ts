import { describe, expect, it } from 'vitest';
import type { StagedFile } from '../../../shared/model/import.ts';
import { draftFromStaged, draftProblems, isCleanImport, notImported, summarise, toCommitItem } from './import-model.ts';

const staged: StagedFile = {
  token: 't1',
  fileName: 'quinn-round2.docx',
  path: null,
  format: 'docx',
  bytes: 1000,
  characters: 500,
  words: 90,
  pages: null,
  warnings: [],
  speakers: [
    { label: 'Interviewer', turns: 3, sample: 'How', suggestion: { kind: 'interviewer' } },
    { label: 'Zara', turns: 3, sample: 'Well', suggestion: { kind: 'new-case', name: 'Zara' } },
  ],
  counts: { turns: 6, paragraphs: 1, headings: 0, tableRows: 0 },
  preview: '',
  duplicateOf: null,
  suggested: { name: 'quinn-round2', kind: 'transcript', round: 2, interviewDate: '2026-01-12', mode: 'video' },
};

describe('import drafts', () => {
  it('start from the suggestions and become commit items', () => {
    const draft = draftFromStaged(staged);
    expect(draftProblems(draft)).toEqual([]);
    expect(toCommitItem({ ...draft, mediaPath: '  /media/quinn.m4a ' })).toEqual({
      token: 't1',
      name: 'quinn-round2',
      kind: 'transcript',
      round: 2,
      mode: 'video',
      interviewDate: '2026-01-12',
      caseIds: [],
      speakers: [
        { label: 'Interviewer', assign: { kind: 'interviewer' } },
        { label: 'Zara', assign: { kind: 'new-case', name: 'Zara' } },
      ],
      mediaPath: '/media/quinn.m4a',
    });
  });

  it('say what must be fixed before import', () => {
    const draft = { ...draftFromStaged(staged), name: ' ', round: '0', speakers: { Zara: { kind: 'new-case' as const, name: '' } } };
    expect(draftProblems(draft)).toEqual(['give it a name', 'the round must be a whole number from 1 to 99', 'name the new case for speaker "Zara"']);
  });

  it('summarise reading failures, duplicates and the batch; a clean import is told apart', () => {
    const summary = summarise([{ fileName: 'x.pdf', path: null, code: 'BAD_INPUT', message: 'x.pdf is damaged' }], { cancelled: false, outcomes: [{ status: 'duplicate', token: 't', fileName: 'a.txt', duplicateOf: { id: 1, name: 'A' } }] });
    expect(summary).toEqual({ imported: [], duplicates: [{ fileName: 'a.txt', existing: 'A' }], failed: [{ fileName: 'x.pdf', message: 'x.pdf is damaged' }], cancelled: [] });
    expect(isCleanImport(summary)).toBe(false);
  });
  it('list every file not imported with its reason: failed, duplicate, cancelled', () => {
    const summary = summarise([{ fileName: 'c.txt', path: null, code: 'CANCELLED', message: 'c.txt was not read: the import was cancelled.' }], {
      cancelled: true,
      outcomes: [
        { status: 'failed', token: 'f', fileName: 'x.docx', code: 'BAD_INPUT', message: 'x.docx is damaged or incomplete.' },
        { status: 'duplicate', token: 'd', fileName: 'a.txt', duplicateOf: { id: 1, name: 'A' } },
        { status: 'cancelled', token: 'k', fileName: 'b.txt' },
      ],
    });
    expect(notImported(summary).map((m) => [m.fileName, m.why, m.reason])).toEqual([
      ['x.docx', 'failed', 'failed: x.docx is damaged or incomplete.'],
      ['a.txt', 'duplicate', 'a duplicate: the same text is already in “A”.'],
      ['c.txt', 'cancelled', 'cancelled before it was written; nothing of it was stored.'],
      ['b.txt', 'cancelled', 'cancelled before it was written; nothing of it was stored.'],
    ]);
    expect(isCleanImport(summary)).toBe(false);
  });
});
