// Importing files without the dialog (the CLI, benchmarks): each file is read in the
// reader process while the previous one is written, its speakers are attributed as
// suggested (the interviewer; a case with the same name; else a new case) or, with a
// case named, every speaker but the interviewer goes to that case.
import { basename } from 'node:path';
import type { InterviewMode, SourceKind } from '../../shared/model/entities.ts';
import type { CommitItem, CommitOutcome, FailedFile, SpeakerAssignment } from '../../shared/model/import.ts';
import type { Store } from '../db/store.ts';
import { commitStaged } from './import-commit.ts';
import type { BatchCases } from './import-commit.ts';
import type { ParseRunner } from '../infra/reader-runner.ts';
import { readPath } from './import-read.ts';
import { describeStaged, failureOf, refuseIfProjectDamaged } from './import-staging.ts';
import type { StagedEntry } from './import-staging.ts';

export interface AutoImportOptions {
  kind?: SourceKind;
  // an existing case every file belongs to (its non-interviewer speakers too)
  caseId?: number;
  round?: number | null;
  mode?: InterviewMode | null;
  interviewDate?: string | null;
  signal?: AbortSignal;
  // how many files are read ahead of the one being written
  lookahead?: number;
}

export type AutoOutcome = CommitOutcome & { path?: string };

// The confirmations the dialog would have asked for, taken from the suggestions and options.
export function automaticItem(entry: StagedEntry, options: AutoImportOptions): CommitItem {
  const { file } = entry;
  const speakers = file.speakers.map((s) => {
    let assign: SpeakerAssignment = s.suggestion;
    if (options.caseId !== undefined && assign.kind !== 'interviewer') assign = { kind: 'case', caseId: options.caseId };
    return { label: s.label, assign };
  });
  return {
    token: file.token,
    name: file.suggested.name,
    kind: options.kind ?? file.suggested.kind,
    round: options.round !== undefined ? options.round : file.suggested.round,
    mode: options.mode !== undefined ? options.mode : file.suggested.mode,
    interviewDate: options.interviewDate !== undefined ? options.interviewDate : file.suggested.interviewDate,
    caseIds: options.caseId !== undefined ? [options.caseId] : [],
    speakers,
    mediaPath: null,
  };
}

async function readOne(store: Store, runner: ParseRunner, path: string, signal?: AbortSignal): Promise<StagedEntry | FailedFile> {
  const fileName = basename(path);
  try {
    // an ordinary file within the size limit only (a FIFO or device is refused unread)
    const { bytes } = await readPath(path);
    const doc = await runner.readDocument(fileName, bytes, signal);
    return describeStaged(store, { fileName, path, bytes }, doc);
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return { fileName, path, code: 'NOT_FOUND', message: `${path} does not exist.` };
    if ((error as { code?: unknown }).code === 'EACCES') return { fileName, path, code: 'IO', message: `${path} cannot be read (no permission).` };
    refuseIfProjectDamaged(store, error);
    return failureOf({ fileName, path }, error);
  }
}

// Reads and imports files in order (one transaction each), calling onOutcome after each.
export async function importFilesAutomatically(
  store: Store,
  runner: ParseRunner,
  paths: readonly string[],
  options: AutoImportOptions,
  onOutcome: (outcome: AutoOutcome, index: number, total: number) => void = () => {},
): Promise<AutoOutcome[]> {
  const lookahead = Math.max(1, options.lookahead ?? 2);
  const reads = new Map<number, Promise<StagedEntry | FailedFile>>();
  const startRead = (i: number) => {
    const path = paths[i];
    if (path !== undefined && !reads.has(i)) reads.set(i, readOne(store, runner, path, options.signal));
  };
  const outcomes: AutoOutcome[] = [];
  const batchCases: BatchCases = new Map();
  for (let i = 0; i < paths.length; i++) {
    for (let k = i; k < Math.min(paths.length, i + lookahead + 1); k++) startRead(k);
    const read = await (reads.get(i) ?? readOne(store, runner, paths[i] ?? '', options.signal));
    reads.delete(i);
    let outcome: AutoOutcome;
    const path = paths[i] ?? '';
    if (options.signal?.aborted) outcome = { status: 'cancelled', token: '', fileName: basename(path), path };
    else if (!('file' in read)) outcome = { status: 'failed', token: '', fileName: read.fileName, code: read.code, message: read.message, path };
    else {
      try {
        outcome = { ...commitStaged(store, read, automaticItem(read, options), batchCases), path };
      } catch (error) {
        refuseIfProjectDamaged(store, error);
        const failure = failureOf({ fileName: read.file.fileName, path }, error);
        outcome = { status: 'failed', token: read.file.token, fileName: failure.fileName, code: failure.code, message: failure.message, path };
      }
    }
    outcomes.push(outcome);
    onOutcome(outcome, i, paths.length);
  }
  return outcomes;
}
