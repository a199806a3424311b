// Guesses shown before import, for the researcher to confirm: who each speaker is, and
// the source's name, kind, round, date and mode from its file name and header lines.
import type { CaseRecord, InterviewMode, SourceKind } from '../../shared/model/entities.ts';
import type { ImportFormat, SpeakerAssignment } from '../../shared/model/import.ts';
import { isLikelyInterviewer } from '../../shared/text/speaker-turns.ts';

// Normalised names, remembered: a batch import suggests speakers against every case for every file.
const keys = new Map<string, string>();

function key(text: string): string {
  let k = keys.get(text);
  if (k === undefined) {
    k = text.trim().replace(/\s+/gu, ' ').replace(/^\[(.*)\]$/u, '$1').toLowerCase();
    if (keys.size >= 20_000) keys.clear();
    keys.set(text, k);
  }
  return k;
}

export type CaseNames = Pick<CaseRecord, 'id' | 'label' | 'realName'>;

// Matches speaker labels against cases that can be added to as cases are made.
export interface SpeakerIndex {
  // adds a case after those already added (earlier cases win a tie)
  add(c: CaseNames): void;
  suggest(label: string): SpeakerAssignment;
}

// An empty SpeakerIndex: each case's names are normalised once, when it is added.
export function createSpeakerIndex(): SpeakerIndex {
  // the first case (in list order) with that name or label; cases by the first word of their name
  const exact = new Map<string, number>();
  const byFirstName = new Map<string, number[]>();
  return {
    add(c) {
      const realName = key(c.realName);
      if (!exact.has(realName)) exact.set(realName, c.id);
      const caseLabel = key(c.label);
      if (!exact.has(caseLabel)) exact.set(caseLabel, c.id);
      const first = realName.split(' ')[0] ?? '';
      const same = byFirstName.get(first);
      if (same) same.push(c.id);
      else byFirstName.set(first, [c.id]);
    },
    suggest(label) {
      if (isLikelyInterviewer(label)) return { kind: 'interviewer' };
      const k = key(label);
      const caseId = exact.get(k);
      if (caseId !== undefined) return { kind: 'case', caseId };
      const named = byFirstName.get(k);
      if (named?.length === 1 && named[0] !== undefined) return { kind: 'case', caseId: named[0] };
      return { kind: 'new-case', name: label.trim().replace(/\s+/gu, ' ') };
    },
  };
}

// Suggests how each speaker label is attributed (the interviewer, a case with that name or label,
// or a new case) against one list of cases, each case's names normalised once.
export function speakerSuggester(cases: readonly CaseNames[]): (label: string) => SpeakerAssignment {
  const index = createSpeakerIndex();
  for (const c of cases) index.add(c);
  return (label) => index.suggest(label);
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function iso(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

// Finds a date (YYYY-MM-DD or "14 October 2025") in a file name or a header line.
export function findDate(text: string): string | null {
  const isoMatch = /\b(20\d{2}|19\d{2})[-_.](\d{1,2})[-_.](\d{1,2})\b/u.exec(text);
  if (isoMatch) return iso(Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3]));
  const long = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\s+(\d{4})\b/u.exec(text);
  if (long) {
    const month = MONTHS.findIndex((m) => m.startsWith((long[2] ?? '').toLowerCase()) && (long[2] ?? '').length >= 3);
    if (month >= 0) return iso(Number(long[3]), month + 1, Number(long[1]));
  }
  return null;
}

// True when the opening paragraphs read as questions and answers: lines starting "Q:"/"A:", or
// at least three questions that make up a fifth or more of the paragraphs.
export function looksLikeQuestionsAndAnswers(head: string): boolean {
  const lines = head.split(/\r?\n/u).map((l) => l.trim()).filter((l) => l !== '');
  const marked = lines.filter((l) => /^(?:q|a|question|answer)\s*[:.)]\s*\S/iu.test(l)).length;
  if (marked >= 4) return true;
  const questions = lines.filter((l) => l.endsWith('?')).length;
  return questions >= 3 && questions * 5 >= lines.length;
}

// Guesses a source's kind: captions and files with speaker labels are transcripts, so are files
// named as interviews or transcripts and documents with interview headers or question-answer
// paragraphs; PDFs and files named as reports are evaluator reports; the rest are other documents.
export function guessKind(name: string, format: ImportFormat, speakerCount: number, head: string, hasInterviewHeader: boolean): SourceKind {
  if (format === 'vtt' || format === 'srt' || speakerCount > 0) return 'transcript';
  if (/report|evaluation/iu.test(name)) return 'evaluator report';
  if (/interview|transcript/iu.test(name)) return 'transcript';
  if (format === 'pdf') return 'evaluator report';
  if (hasInterviewHeader || looksLikeQuestionsAndAnswers(head)) return 'transcript';
  return 'other';
}

export interface SourceSuggestion {
  name: string;
  kind: SourceKind;
  round: number | null;
  interviewDate: string | null;
  mode: InterviewMode | null;
}

// Suggests a source's details from its file name, format, speakers and first lines.
export function suggestSource(fileName: string, format: ImportFormat, speakerCount: number, text: string): SourceSuggestion {
  const name = fileName.replace(/\.[^.]+$/u, '').trim() || fileName;
  const head = text.slice(0, 1500);
  const roundMatch = /(?:^|[^a-z])(?:round|wave|r|w)[ _-]?(\d{1,2})(?:[^0-9]|$)/iu.exec(name);
  const dateLine = /^(?:date|interview date|date of interview)\s*:\s*(.+)$/imu.exec(head);
  const modeLine = /^(?:mode|interview mode)\s*:\s*(.+)$/imu.exec(head)?.[1]?.toLowerCase() ?? '';
  const mode: InterviewMode | null = /face|person|in-person/u.test(modeLine) ? 'face to face' : /phone/u.test(modeLine) ? 'telephone' : /video|zoom|teams|online/u.test(modeLine) ? 'video' : null;
  return {
    name,
    kind: guessKind(name, format, speakerCount, head, dateLine !== null || modeLine !== ''),
    round: roundMatch ? Number(roundMatch[1]) || null : null,
    interviewDate: findDate(name) ?? (dateLine ? findDate(dateLine[1] ?? '') : null),
    mode: mode ?? (format === 'vtt' ? 'video' : null),
  };
}
