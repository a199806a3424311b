// The Import dialog's steps: choose (or drop) files, read them with progress, check their
// details, confirm speakers, import them with progress and cancel, and what happened: the
// summary stays until it is closed, also after a clean import or a cancel.
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { SourceSummary } from '../../../shared/model/entities.ts';
import { announceChange, call } from '../../api.ts';
import { toApiCallError } from '../../api-call-error.ts';
import { finishJob, isCancelling, markCancelling, startJob, useJobs } from '../../jobs.ts';
import type { JobView } from '../../jobs.ts';
import { draftProblems, isDuplicateDraft, summarise, toCommitItem } from './import-model.ts';
import type { ImportSummary } from './import-model.ts';
import { stageFiles } from './read-files.ts';
import { discardStaged, useImportDrafts } from './use-import-drafts.ts';
import type { ImportDrafts } from './use-import-drafts.ts';

export interface DroppedFiles {
  files: File[];
  // changes with every drop, so the same files dropped twice are seen twice
  id: number;
}

export type ImportPhase =
  | { kind: 'choose' }
  | { kind: 'reading'; index: number; total: number; fileName: string; jobId: string }
  | { kind: 'details' }
  | { kind: 'speakers' }
  | { kind: 'importing'; jobId: string; total: number }
  // cancelRequested: Cancel was pressed (perhaps after the last file had been written)
  | { kind: 'done'; summary: ImportSummary; cancelRequested: boolean };

export interface ImportFlowOptions {
  onImported(sources: SourceSummary[]): void;
  onClose(): void;
  dropped: DroppedFiles | null;
}

export interface ImportFlow {
  phase: ImportPhase;
  setPhase(phase: ImportPhase): void;
  error: string | null;
  drafts: ImportDrafts;
  chooseFiles(files: File[]): void;
  // the job of the reading or importing under way
  job: JobView | undefined;
  busy: boolean;
  submit(e: FormEvent): void;
  cancel(): void;
}

interface CommitSteps {
  setPhase(phase: ImportPhase): void;
  setError(error: string | null): void;
  onImported(sources: SourceSummary[]): void;
}

// Imports the drafts (after checking them), each file one transaction, then shows the summary.
async function commitDrafts(drafts: ImportDrafts, steps: CommitSteps): Promise<void> {
  const { toImport, failures } = drafts;
  const problems = toImport.flatMap((d) => draftProblems(d).map((p) => `${d.staged.fileName}: ${p}`));
  if (problems.length > 0) {
    steps.setError(`Please check: ${problems.join('; ')}.`);
    steps.setPhase({ kind: 'details' });
    return;
  }
  steps.setError(null);
  const duplicates = drafts.drafts.filter(isDuplicateDraft);
  if (toImport.length === 0) {
    drafts.discardAll();
    steps.setPhase({ kind: 'done', summary: summarise(failures, null, duplicates), cancelRequested: false });
    return;
  }
  const jobId = startJob(toImport.length === 1 ? `Importing ${toImport[0]?.name ?? ''}` : `Importing ${toImport.length} files`);
  steps.setPhase({ kind: 'importing', jobId, total: toImport.length });
  try {
    const result = await call('import.commit', { items: toImport.map(toCommitItem), jobId });
    if (duplicates.length > 0) discardStaged(duplicates);
    const summary = summarise(failures, result, duplicates);
    if (summary.imported.length > 0) {
      announceChange('sources imported');
      steps.onImported(summary.imported.map((i) => i.source));
    }
    // the host holds the files it did not import (cancelled, failed) until told; the dialog is done with them
    if (summary.imported.length < toImport.length) discardStaged(toImport);
    steps.setPhase({ kind: 'done', summary, cancelRequested: isCancelling(jobId) });
  } catch (e) {
    steps.setError(toApiCallError(e).message);
    steps.setPhase({ kind: drafts.needsSpeakers ? 'speakers' : 'details' });
  } finally {
    finishJob(jobId);
  }
}

// The state and steps of one Import dialog.
export function useImportFlow({ onImported, onClose, dropped }: ImportFlowOptions): ImportFlow {
  const [phase, setPhase] = useState<ImportPhase>({ kind: 'choose' });
  const [chosen, setChosen] = useState<File[]>([]);
  const [error, setError] = useState<string | null>(null);
  const drafts = useImportDrafts();
  const cancelled = useRef(false);
  const seenDrop = useRef<number | null>(null);
  const jobs = useJobs();

  async function read(files: readonly File[]) {
    if (files.length === 0) return;
    cancelled.current = false;
    setError(null);
    const jobId = startJob(files.length === 1 ? `Reading ${files[0]?.name ?? ''}` : `Reading ${files.length} files`);
    setPhase({ kind: 'reading', index: 0, total: files.length, fileName: files[0]?.name ?? '', jobId });
    try {
      drafts.add(await stageFiles(files, { jobId, isCancelled: () => cancelled.current, onProgress: (index, total, fileName) => setPhase({ kind: 'reading', index, total, fileName, jobId }) }));
    } finally {
      finishJob(jobId);
      setPhase({ kind: 'details' });
    }
  }

  // files dropped on the window while the dialog can take them (each drop once)
  const takeDrop = useEffectEvent((files: readonly File[]) => {
    if (phase.kind === 'choose' || phase.kind === 'details') void read(files);
    else setError('Finish or cancel this import before adding more files.');
  });
  useEffect(() => {
    if (!dropped || seenDrop.current === dropped.id) return;
    seenDrop.current = dropped.id;
    takeDrop(dropped.files);
  }, [dropped]);

  const runImport = () => commitDrafts(drafts, { setPhase, setError, onImported });
  const busy = phase.kind === 'reading' || phase.kind === 'importing';
  return {
    phase,
    setPhase,
    error,
    drafts,
    chooseFiles(files) {
      setChosen(files);
      setError(null);
    },
    job: phase.kind === 'importing' || phase.kind === 'reading' ? jobs.find((j) => j.jobId === phase.jobId) : undefined,
    busy,
    submit(e) {
      e.preventDefault();
      if (phase.kind === 'choose') {
        if (chosen.length === 0) setError('Choose at least one file to import, or drop files on the window.');
        else void read(chosen);
      } else if (phase.kind === 'details') {
        if (drafts.needsSpeakers) setPhase({ kind: 'speakers' });
        else void runImport();
      } else if (phase.kind === 'speakers') void runImport();
    },
    cancel() {
      if (phase.kind === 'reading' || phase.kind === 'importing') {
        cancelled.current = true;
        markCancelling(phase.jobId);
        void call('jobs.cancel', { jobId: phase.jobId }).catch(() => undefined);
        return;
      }
      if (phase.kind !== 'done') drafts.discardAll();
      onClose();
    },
  };
}
