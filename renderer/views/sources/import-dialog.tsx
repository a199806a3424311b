// The Import dialog: choose files (or drop them anywhere on the window), read them in the
// host with progress, check each file's details, confirm the speakers, import them one
// transaction each with progress "file n of N" and cancel, and see what happened to each.
import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { InterviewMode, SourceKind, SourceSummary } from '../../../shared/model/entities.ts';
import type { FailedFile } from '../../../shared/model/import.ts';
import { announceChange, call } from '../../api.ts';
import { toApiCallError } from '../../api-call-error.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { Modal } from '../../components/modal.tsx';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import { finishJob, markCancelling, startJob, useJobs } from '../../jobs.ts';
import { DetailsStep } from './import-details-step.tsx';
import { draftFromStaged, draftProblems, isCleanImport, isDuplicateDraft, progressText, summarise, toCommitItem } from './import-model.ts';
import type { FileDraft, ImportSummary } from './import-model.ts';
import { SpeakersStep } from './import-speakers-step.tsx';
import { ImportSummaryView } from './import-summary.tsx';
import { stageFiles } from './read-files.ts';
import './import.css';

export interface DroppedFiles {
  files: File[];
  // changes with every drop, so the same files dropped twice are seen twice
  id: number;
}

export interface ImportDialogProps {
  onImported(sources: SourceSummary[]): void;
  onClose(): void;
  dropped: DroppedFiles | null;
}

type Phase =
  | { kind: 'choose' }
  | { kind: 'reading'; index: number; total: number; fileName: string; jobId: string }
  | { kind: 'details' }
  | { kind: 'speakers' }
  | { kind: 'importing'; jobId: string; total: number }
  | { kind: 'done'; summary: ImportSummary };

export const ACCEPT = '.txt,.md,.markdown,.docx,.odt,.pdf,.vtt,.srt,text/plain,text/markdown,application/pdf';

// Lets the researcher pick or drop files, confirm them, and import them with progress.
export function ImportDialog({ onImported, onClose, dropped }: ImportDialogProps) {
  const [phase, setPhase] = useState<Phase>({ kind: 'choose' });
  const [chosen, setChosen] = useState<File[]>([]);
  const [drafts, setDrafts] = useState<FileDraft[]>([]);
  const [failures, setFailures] = useState<FailedFile[]>([]);
  const [error, setError] = useState<string | null>(null);
  const cancelled = useRef(false);
  const seenDrop = useRef<number | null>(null);
  const cases = useApiQuery('cases.list', {});
  const jobs = useJobs();
  const caseList = [...(cases.data ?? [])].sort((a, b) => a.label.localeCompare(b.label, undefined, { numeric: true }));

  async function read(files: readonly File[]) {
    if (files.length === 0) return;
    cancelled.current = false;
    setError(null);
    const jobId = startJob(files.length === 1 ? `Reading ${files[0]?.name ?? ''}` : `Reading ${files.length} files`);
    setPhase({ kind: 'reading', index: 0, total: files.length, fileName: files[0]?.name ?? '', jobId });
    try {
      const outcomes = await stageFiles(files, {
        jobId,
        isCancelled: () => cancelled.current,
        onProgress: (index, total, fileName) => setPhase({ kind: 'reading', index, total, fileName, jobId }),
      });
      setDrafts((d) => [...d, ...outcomes.flatMap((o) => (o.ok ? [draftFromStaged(o.file)] : []))]);
      setFailures((f) => [...f, ...outcomes.flatMap((o) => (o.ok ? [] : [o.failure]))]);
    } finally {
      finishJob(jobId);
      setPhase({ kind: 'details' });
    }
  }

  // files dropped on the window while the dialog can take them
  useEffect(() => {
    if (!dropped || seenDrop.current === dropped.id) return;
    seenDrop.current = dropped.id;
    if (phase.kind === 'choose' || phase.kind === 'details') void read(dropped.files);
    else setError('Finish or cancel this import before adding more files.');
  }, [dropped?.id]);

  const toImport = drafts.filter((d) => !isDuplicateDraft(d));
  const needsSpeakers = toImport.some((d) => d.staged.speakers.length > 0);

  function update(index: number, draft: FileDraft) {
    setDrafts((list) => list.map((d, i) => (i === index ? draft : d)));
  }

  function applyToAll(values: { kind?: SourceKind; round?: string; mode?: InterviewMode | '' }) {
    setDrafts((list) => list.map((d) => ({ ...d, ...values })));
  }

  function discardAll() {
    const tokens = drafts.map((d) => d.staged.token);
    if (tokens.length > 0) void call('import.discard', { tokens }).catch(() => undefined);
  }

  async function runImport() {
    const problems = toImport.flatMap((d) => draftProblems(d).map((p) => `${d.staged.fileName}: ${p}`));
    if (problems.length > 0) {
      setError(`Please check: ${problems.join('; ')}.`);
      setPhase({ kind: 'details' });
      return;
    }
    setError(null);
    const duplicates = drafts.filter(isDuplicateDraft);
    if (toImport.length === 0) {
      discardAll();
      setPhase({ kind: 'done', summary: summarise(failures, null, duplicates) });
      return;
    }
    const jobId = startJob(toImport.length === 1 ? `Importing ${toImport[0]?.name ?? ''}` : `Importing ${toImport.length} files`);
    setPhase({ kind: 'importing', jobId, total: toImport.length });
    try {
      const result = await call('import.commit', { items: toImport.map(toCommitItem), jobId });
      if (duplicates.length > 0) void call('import.discard', { tokens: duplicates.map((d) => d.staged.token) }).catch(() => undefined);
      const summary = summarise(failures, result, duplicates);
      if (summary.imported.length > 0) {
        announceChange('sources imported');
        onImported(summary.imported.map((i) => i.source));
      }
      if (isCleanImport(summary)) onClose();
      else setPhase({ kind: 'done', summary });
    } catch (e) {
      setError(toApiCallError(e).message);
      setPhase({ kind: needsSpeakers ? 'speakers' : 'details' });
    } finally {
      finishJob(jobId);
    }
  }

  function cancel() {
    if (phase.kind === 'reading' || phase.kind === 'importing') {
      cancelled.current = true;
      markCancelling(phase.jobId);
      void call('jobs.cancel', { jobId: phase.jobId }).catch(() => undefined);
      return;
    }
    if (phase.kind !== 'done') discardAll();
    onClose();
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    if (phase.kind === 'choose') {
      if (chosen.length === 0) setError('Choose at least one file to import, or drop files on the window.');
      else void read(chosen);
    } else if (phase.kind === 'details') {
      if (needsSpeakers) setPhase({ kind: 'speakers' });
      else void runImport();
    } else if (phase.kind === 'speakers') void runImport();
  }

  const job = phase.kind === 'importing' || phase.kind === 'reading' ? jobs.find((j) => j.jobId === phase.jobId) : undefined;
  const busy = phase.kind === 'reading' || phase.kind === 'importing';

  return (
    <Modal title="Import sources" onClose={cancel} wide>
      <form className="import-dialog" onSubmit={submit} noValidate>
        {phase.kind === 'choose' ? (
          <div className="import-step">
            <div className="import-drop-hint">
              <p>
                <strong>Drop files anywhere on the window</strong>, or choose them here.
              </p>
              <p className="muted">Word (.docx), OpenDocument (.odt), PDF, plain text (.txt, .md), Teams/Zoom captions (.vtt) and subtitles (.srt); up to 200 MB each.</p>
            </div>
            <label className="field">
              <span className="field-label">Files to import</span>
              <input
                type="file"
                multiple
                accept={ACCEPT}
                onChange={(e) => {
                  setChosen([...(e.target.files ?? [])]);
                  setError(null);
                }}
              />
            </label>
          </div>
        ) : null}
        {phase.kind === 'reading' ? (
          <div className="import-progress">
            <p role="status">{progressText('Reading', phase.index, phase.total, phase.fileName)}</p>
            <progress aria-label="Reading files" max={phase.total} value={phase.index} />
          </div>
        ) : null}
        {phase.kind === 'details' ? (
          <DetailsStep
            drafts={drafts}
            failures={failures}
            cases={caseList}
            onChange={update}
            onApplyToAll={applyToAll}
            onRemove={(i) => {
              const removed = drafts[i];
              if (removed) void call('import.discard', { tokens: [removed.staged.token] }).catch(() => undefined);
              setDrafts((list) => list.filter((_, k) => k !== i));
            }}
          />
        ) : null}
        {phase.kind === 'speakers' ? <SpeakersStep drafts={drafts} cases={caseList} onChange={update} /> : null}
        {phase.kind === 'importing' ? (
          <div className="import-progress">
            <p role="status">{job && job.total > 0 ? job.message : `Importing ${phase.total === 1 ? '1 file' : `${phase.total} files`}…`}</p>
            <progress aria-label="Importing files" max={job?.total || phase.total} value={job?.done ?? 0} />
            {job?.cancelling ? <p className="muted">Cancelling after the file being imported…</p> : null}
          </div>
        ) : null}
        {phase.kind === 'done' ? <ImportSummaryView summary={phase.summary} /> : null}
        <ErrorMessage error={error} />
        <div className="dialog-buttons">
          {phase.kind === 'done' ? (
            <button type="button" className="primary" onClick={onClose}>
              Close
            </button>
          ) : (
            <>
              {phase.kind === 'speakers' ? (
                <button type="button" onClick={() => setPhase({ kind: 'details' })}>
                  Back
                </button>
              ) : null}
              <button type="button" onClick={cancel} disabled={job?.cancelling}>
                {busy ? (phase.kind === 'reading' ? 'Stop reading' : 'Cancel import') : 'Cancel'}
              </button>
              {phase.kind === 'choose' ? (
                <button type="submit" className="primary">
                  Read files
                </button>
              ) : null}
              {phase.kind === 'details' ? (
                <button type="submit" className="primary" disabled={drafts.length === 0}>
                  {needsSpeakers ? 'Next: speakers' : 'Import'}
                </button>
              ) : null}
              {phase.kind === 'speakers' ? (
                <button type="submit" className="primary">
                  Import
                </button>
              ) : null}
            </>
          )}
        </div>
      </form>
    </Modal>
  );
}
