// Importing a .qdpx from NVivo, ATLAS.ti, MAXQDA or QualCoder into a new project: choose
// the file, see what will come in and what cannot (nothing is written yet), choose the
// new project's file, import, read the report, open the new project.
import { useState } from 'react';
import type { QdpxImportReport, QdpxPreview } from '../../../shared/model/exchange.ts';
import { announceChange, call } from '../../api.ts';
import type { ApiCallError } from '../../api-call-error.ts';
import { toApiCallError } from '../../api-call-error.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { Modal } from '../../components/modal.tsx';
import { finishJob, startJob, useJobs } from '../../jobs.ts';
import { projectPathProblem } from '../project/project-paths.ts';
import { ExchangeFileField, incomingOf } from './exchange-file-field.tsx';
import type { ChosenFile } from './exchange-file-field.tsx';
import { folderOf, safeFileName } from './exchange-files.ts';
import { ImportDoneStep, ImportPreviewStep } from './exchange-import-steps.tsx';

export interface ExchangeImportDialogProps {
  // the open project's path (the new project is suggested beside it)
  projectPath: string;
  onClose(): void;
}

type Step = { kind: 'choose' } | { kind: 'preview'; preview: QdpxPreview } | { kind: 'done'; report: QdpxImportReport };

// The three steps of importing a .qdpx into a new project.
export function ExchangeImportDialog({ projectPath, onClose }: ExchangeImportDialogProps) {
  const [chosen, setChosen] = useState<ChosenFile | null>(null);
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [target, setTarget] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<ApiCallError | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const jobs = useJobs();
  const job = busy ? jobs.find((j) => j.jobId === busy) : undefined;

  async function withJob<T>(label: string, fn: (jobId: string) => Promise<T>): Promise<T | null> {
    setError(null);
    const jobId = startJob(label);
    setBusy(jobId);
    try {
      return await fn(jobId);
    } catch (e) {
      setError(toApiCallError(e));
      return null;
    } finally {
      finishJob(jobId);
      setBusy(null);
    }
  }

  async function preview() {
    if (!chosen) {
      setError(toApiCallError(new Error('Choose a .qdpx file first (or give its full path).')));
      return;
    }
    const result = await withJob('Reading the .qdpx', async (jobId) => call('exchange.previewQdpx', { ...(await incomingOf(chosen)), jobId }));
    if (result) {
      setTarget(`${folderOf(projectPath)}${safeFileName(result.projectName)}.alens`);
      setStep({ kind: 'preview', preview: result });
    }
  }

  async function runImport() {
    if (!chosen || step.kind !== 'preview') return;
    const found = projectPathProblem(target, true);
    setProblem(found);
    if (found) return;
    const report = await withJob('Importing the .qdpx', async (jobId) => call('exchange.importQdpx', { ...(await incomingOf(chosen)), projectPath: target.trim(), jobId }));
    if (report) setStep({ kind: 'done', report });
  }

  async function openImported() {
    if (step.kind !== 'done') return;
    try {
      await call('project.open', { path: step.report.projectPath });
      announceChange('opened');
      onClose();
    } catch (e) {
      setError(toApiCallError(e));
    }
  }

  const working = busy !== null;
  return (
    <Modal title="Import a .qdpx into a new project" onClose={onClose} wide>
      <ErrorMessage error={error} />
      {step.kind === 'choose' ? (
        <>
          <p>Bring a project exported from NVivo, ATLAS.ti, MAXQDA or QualCoder (REFI-QDA) into a new Activity Lens project. The project open now is not changed. You will see what comes in before anything is written.</p>
          <ExchangeFileField label="The .qdpx file" accept=".qdpx,.zip" disabled={working} onChange={setChosen} />
          <div className="dialog-buttons">
            <button type="button" onClick={onClose} disabled={working}>
              Cancel
            </button>
            <button type="button" className="primary" onClick={() => void preview()} disabled={working}>
              {working ? 'Reading…' : 'Show what will come in'}
            </button>
          </div>
        </>
      ) : null}
      {step.kind === 'preview' ? <ImportPreviewStep preview={step.preview} target={target} onTarget={setTarget} problem={problem} working={working} onImport={() => void runImport()} onClose={onClose} /> : null}
      {step.kind === 'done' ? <ImportDoneStep report={step.report} onOpen={() => void openImported()} onClose={onClose} /> : null}
      {job && job.total > 0 ? <progress aria-label={job.label} max={job.total} value={job.done} /> : null}
    </Modal>
  );
}
