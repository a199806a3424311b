// The Import dialog's state without the DOM: one draft per file read (its details and
// who each speaker is), checks before import, the commit items, and the final summary.
import type { InterviewMode, SourceKind, SourceSummary } from '../../../shared/model/entities.ts';
import type { BatchResult, CommitItem, FailedFile, SpeakerAssignment, StagedFile } from '../../../shared/model/import.ts';

export const KIND_LABELS: Record<SourceKind, string> = {
  transcript: 'Interview transcript',
  'evaluator report': 'Evaluator report',
  other: 'Other document',
};

export const MODE_LABELS: Record<InterviewMode, string> = {
  'face to face': 'Face to face',
  telephone: 'Telephone',
  video: 'Video call',
};

export interface FileDraft {
  staged: StagedFile;
  name: string;
  kind: SourceKind;
  // as typed: '' or a whole number 1-99
  round: string;
  mode: InterviewMode | '';
  interviewDate: string;
  caseIds: number[];
  mediaPath: string;
  speakers: Record<string, SpeakerAssignment>;
}

// The draft of a file just read, filled with the host's suggestions.
export function draftFromStaged(staged: StagedFile): FileDraft {
  return {
    staged,
    name: staged.suggested.name,
    kind: staged.suggested.kind,
    round: staged.suggested.round === null ? '' : String(staged.suggested.round),
    mode: staged.suggested.mode ?? '',
    interviewDate: staged.suggested.interviewDate ?? '',
    caseIds: [],
    mediaPath: '',
    speakers: Object.fromEntries(staged.speakers.map((s) => [s.label, s.suggestion])),
  };
}

// What is wrong with a draft, in words for the researcher (empty when it can be imported).
export function draftProblems(draft: FileDraft): string[] {
  const problems: string[] = [];
  if (draft.name.trim().length === 0) problems.push('give it a name');
  if (draft.round.trim() !== '' && !/^(?:[1-9]|[1-9]\d)$/u.test(draft.round.trim())) problems.push('the round must be a whole number from 1 to 99');
  if (draft.interviewDate !== '' && !/^\d{4}-\d{2}-\d{2}$/u.test(draft.interviewDate)) problems.push('the interview date must be a date');
  for (const [label, assign] of Object.entries(draft.speakers)) {
    if (assign.kind === 'new-case' && assign.name.trim().length === 0) problems.push(`name the new case for speaker "${label}"`);
  }
  return problems;
}

// The commit item the host takes for a draft.
export function toCommitItem(draft: FileDraft): CommitItem {
  const round = draft.round.trim();
  return {
    token: draft.staged.token,
    name: draft.name.trim(),
    kind: draft.kind,
    round: round === '' ? null : Number(round),
    mode: draft.mode === '' ? null : draft.mode,
    interviewDate: draft.interviewDate === '' ? null : draft.interviewDate,
    caseIds: draft.caseIds,
    speakers: Object.entries(draft.speakers).map(([label, assign]) => ({
      label,
      assign: assign.kind === 'new-case' ? { ...assign, name: assign.name.trim() } : assign,
    })),
    mediaPath: draft.mediaPath.trim() === '' ? null : draft.mediaPath.trim(),
  };
}

// Files that will not be imported because their content is already in the project.
export function isDuplicateDraft(draft: FileDraft): boolean {
  return draft.staged.duplicateOf !== null;
}

export interface ImportSummary {
  imported: { fileName: string; source: SourceSummary; newCases: string[] }[];
  duplicates: { fileName: string; existing: string }[];
  failed: { fileName: string; message: string }[];
  cancelled: string[];
}

// Joins what reading and importing said about every file into one summary.
export function summarise(readFailures: readonly FailedFile[], batch: BatchResult | null, skippedDuplicates: readonly FileDraft[] = []): ImportSummary {
  const summary: ImportSummary = { imported: [], duplicates: [], failed: [], cancelled: [] };
  for (const f of readFailures) {
    if (f.code === 'CANCELLED') summary.cancelled.push(f.fileName);
    else summary.failed.push({ fileName: f.fileName, message: f.message });
  }
  for (const d of skippedDuplicates) summary.duplicates.push({ fileName: d.staged.fileName, existing: d.staged.duplicateOf?.name ?? '' });
  for (const o of batch?.outcomes ?? []) {
    if (o.status === 'imported') summary.imported.push({ fileName: o.fileName, source: o.source, newCases: o.newCases });
    else if (o.status === 'duplicate') summary.duplicates.push({ fileName: o.fileName, existing: o.duplicateOf.name });
    else if (o.status === 'failed') summary.failed.push({ fileName: o.fileName, message: o.message });
    else summary.cancelled.push(o.fileName);
  }
  return summary;
}

// A file the import did not add, and why, for the summary.
export interface NotImported {
  fileName: string;
  why: 'cancelled' | 'duplicate' | 'failed';
  reason: string;
}

// Every file that was not imported with its reason: failed, skipped as a duplicate, or cancelled.
export function notImported(summary: ImportSummary): NotImported[] {
  return [
    ...summary.failed.map((f) => ({ fileName: f.fileName, why: 'failed' as const, reason: `failed: ${f.message}` })),
    ...summary.duplicates.map((d) => ({ fileName: d.fileName, why: 'duplicate' as const, reason: `a duplicate: the same text is already in “${d.existing}”.` })),
    ...summary.cancelled.map((fileName) => ({ fileName, why: 'cancelled' as const, reason: 'cancelled before it was written; nothing of it was stored.' })),
  ];
}

// Tells whether everything was imported with nothing else to report.
export function isCleanImport(summary: ImportSummary): boolean {
  return summary.imported.length > 0 && summary.duplicates.length === 0 && summary.failed.length === 0 && summary.cancelled.length === 0;
}

// "Importing file 2 of 3" from counts.
export function progressText(verb: string, done: number, total: number, fileName?: string): string {
  const n = Math.min(total, done + 1);
  return `${verb} file ${n} of ${total}${fileName ? `: ${fileName}` : ''}`;
}
