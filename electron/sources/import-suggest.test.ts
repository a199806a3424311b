// The kind guessed for a file before import: captions and labelled files are transcripts, and so
// are interviews without speaker labels when the name or the paragraphs say so.
import { describe, expect, it } from 'vitest';
import { guessKind, looksLikeQuestionsAndAnswers, suggestSource } from './import-suggest.ts';

const prose = 'The centre opened in March.\nStaff numbers rose over the year.\nVisits were steady.';
const questions = 'How did you first hear about the centre?\nA friend told me about it.\nWhat did you do there?\nMostly the cooking class.\nWould you go again?\nYes, every week.';

describe('guessKind', () => {
  it('keeps captions and labelled files as transcripts', () => {
    expect(guessKind('notes', 'vtt', 0, prose, false)).toBe('transcript');
    expect(guessKind('notes', 'docx', 2, prose, false)).toBe('transcript');
  });

  it('reads an interview or transcript in the file name', () => {
    expect(guessKind('Interview with Ana R1', 'docx', 0, prose, false)).toBe('transcript');
    expect(guessKind('ana_TRANSCRIPT_2025', 'docx', 0, prose, false)).toBe('transcript');
    expect(guessKind('ana interview', 'pdf', 0, prose, false)).toBe('transcript');
  });

  it('keeps reports as evaluator reports, even when named as interview reports', () => {
    expect(guessKind('Interview report', 'docx', 0, prose, false)).toBe('evaluator report');
    expect(guessKind('scan', 'pdf', 0, prose, false)).toBe('evaluator report');
  });

  it('reads question-and-answer paragraphs and interview headers', () => {
    expect(guessKind('ana-2025', 'docx', 0, questions, false)).toBe('transcript');
    expect(guessKind('ana-2025', 'docx', 0, 'Q: Where do you live?\nA: In town.\nQ: Since when?\nA: Two years.', false)).toBe('transcript');
    expect(guessKind('ana-2025', 'docx', 0, prose, true)).toBe('transcript');
  });

  it('leaves other documents as other', () => {
    expect(guessKind('minutes', 'docx', 0, prose, false)).toBe('other');
    expect(guessKind('minutes', 'txt', 0, `${prose}\nWhy?\n${prose}\n${prose}\n${prose}`, false)).toBe('other');
  });
});

describe('looksLikeQuestionsAndAnswers', () => {
  it('needs at least three questions making up a fifth of the paragraphs', () => {
    expect(looksLikeQuestionsAndAnswers(questions)).toBe(true);
    expect(looksLikeQuestionsAndAnswers('Why?\nWhen?\nFine.')).toBe(false);
    const long = `Who?\nWhat?\nWhere?\n${'A sentence.\n'.repeat(20)}`;
    expect(looksLikeQuestionsAndAnswers(long)).toBe(false);
  });
});

describe('suggestSource', () => {
  it('suggests a transcript for an interview .docx without speaker labels', () => {
    expect(suggestSource('ana-interview.docx', 'docx', 0, prose).kind).toBe('transcript');
    expect(suggestSource('ana.docx', 'docx', 0, `Interview date: 4 November 2025\n${prose}`)).toMatchObject({ kind: 'transcript', interviewDate: '2025-11-04' });
    expect(suggestSource('minutes.docx', 'docx', 0, prose).kind).toBe('other');
  });
});
