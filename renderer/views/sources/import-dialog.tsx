// The Import dialog: choose .txt/.md files and their kind, import one by one with progress.
import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { SOURCE_KINDS } from '../../../shared/model/entities.ts';
import type { SourceKind, SourceSummary } from '../../../shared/model/entities.ts';
import { announceChange, call, importPickedFile } from '../../api.ts';
import { toApiCallError } from '../../api-call-error.ts';
import { Modal } from '../../components/modal.tsx';
import { finishJob, markCancelling, startJob, useJobs } from '../../jobs.ts';

export interface ImportDialogProps {
  onImported(sources: SourceSummary[]): void;
  onClose(): void;
}

const KIND_LABELS: Record<SourceKind, string> = {
  transcript: 'Interview transcript',
  'evaluator report': 'Evaluator report',
  other: 'Other document',
};
const ACCEPTED = /\.(txt|md)$/i;
const MAX_BYTES = 200 * 1024 * 1024;

interface FileProblem {
  fileName: string;
  message: string;
}

type Phase = { kind: 'choose' } | { kind: 'running'; index: number; fileName: string; jobId: string } | { kind: 'done'; imported: number; cancelled: boolean };

// Checks the chosen files before anything is sent.
export function checkImportFiles(files: readonly File[]): FileProblem[] {
  return files.flatMap((f) => {
    if (!ACCEPTED.test(f.name)) return [{ fileName: f.name, message: 'only plain text (.txt) and Markdown (.md) files can be imported for now.' }];
    if (f.size > MAX_BYTES) return [{ fileName: f.name, message: 'the file is larger than 200 MB.' }];
    return [];
  });
}

// Lets the researcher pick files and a kind, then imports them and reports each failure.
export function ImportDialog({ onImported, onClose }: ImportDialogProps) {
  const [files, setFiles] = useState<File[]>([]);
  const [kind, setKind] = useState<SourceKind>('transcript');
  const [phase, setPhase] = useState<Phase>({ kind: 'choose' });
  const [problems, setProblems] = useState<FileProblem[]>([]);
  const cancelled = useRef(false);
  const jobs = useJobs();
  const running = phase.kind === 'running';
  const job = running ? jobs.find((j) => j.jobId === phase.jobId) : undefined;

  async function runImport(e: FormEvent) {
    e.preventDefault();
    if (files.length === 0) {
      setProblems([{ fileName: '', message: 'Choose at least one file to import.' }]);
      return;
    }
    const found = checkImportFiles(files);
    setProblems(found);
    if (found.length > 0) return;
    cancelled.current = false;
    const imported: SourceSummary[] = [];
    const failures: FileProblem[] = [];
    for (const [index, file] of files.entries()) {
      if (cancelled.current) break;
      const jobId = startJob(`Importing ${file.name}`);
      setPhase({ kind: 'running', index, fileName: file.name, jobId });
      try {
        imported.push(await importPickedFile(file, { kind, jobId }));
      } catch (err) {
        const error = toApiCallError(err);
        if (error.code === 'CANCELLED') cancelled.current = true;
        else failures.push({ fileName: file.name, message: error.message });
      } finally {
        finishJob(jobId);
      }
    }
    if (imported.length > 0) {
      announceChange('sources imported');
      onImported(imported);
    }
    setProblems(failures);
    if (failures.length === 0 && !cancelled.current) onClose();
    else setPhase({ kind: 'done', imported: imported.length, cancelled: cancelled.current });
  }

  function cancel() {
    if (phase.kind !== 'running') {
      onClose();
      return;
    }
    cancelled.current = true;
    markCancelling(phase.jobId);
    void call('jobs.cancel', { jobId: phase.jobId }).catch(() => undefined);
  }

  return (
    <Modal title="Import sources" onClose={cancel}>
      <form onSubmit={(e) => void runImport(e)} noValidate>
        <label className="field">
          <span className="field-label">Files (.txt or .md)</span>
          <input
            type="file"
            multiple
            accept=".txt,.md,text/plain,text/markdown"
            disabled={phase.kind !== 'choose'}
            onChange={(e) => {
              setFiles([...(e.target.files ?? [])]);
              setProblems([]);
            }}
          />
        </label>
        <fieldset className="field" disabled={phase.kind !== 'choose'}>
          <legend className="field-label">Kind of source</legend>
          {SOURCE_KINDS.map((k) => (
            <label key={k} className="radio">
              <input type="radio" name="source-kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
              {KIND_LABELS[k]}
            </label>
          ))}
        </fieldset>
        {running ? (
          <div className="import-progress">
            <p>
              Importing {phase.index + 1} of {files.length}: {phase.fileName}
              {job?.message && job.message !== job.label ? ` — ${job.message}` : ''}
            </p>
            <progress aria-label={`Importing ${phase.fileName}`} max={job?.total || undefined} value={job?.total ? job.done : undefined} />
          </div>
        ) : null}
        {phase.kind === 'done' ? (
          <p role="status">
            {phase.imported === 1 ? '1 file was imported.' : `${phase.imported} files were imported.`}
            {phase.cancelled ? ' The import was cancelled; files after the cancelled one were not imported.' : ''}
          </p>
        ) : null}
        {problems.length > 0 ? (
          <div className="error-message" role="alert">
            <p>{phase.kind === 'done' ? 'These files could not be imported (nothing from them was added):' : 'Please check the files:'}</p>
            <ul>
              {problems.map((p, i) => (
                <li key={i}>{p.fileName ? `${p.fileName}: ${p.message}` : p.message}</li>
              ))}
            </ul>
          </div>
        ) : null}
        <div className="dialog-buttons">
          {phase.kind === 'done' ? (
            <button type="button" className="primary" onClick={onClose}>
              Close
            </button>
          ) : (
            <>
              <button type="button" onClick={cancel} disabled={job?.cancelling}>
                {running ? 'Cancel import' : 'Cancel'}
              </button>
              <button type="submit" className="primary" disabled={running}>
                {running ? 'Importing…' : 'Import'}
              </button>
            </>
          )}
        </div>
      </form>
    </Modal>
  );
}
