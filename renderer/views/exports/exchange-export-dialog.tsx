// Exporting the project (.qdpx, with the real-names warning first) or its codebook (.qdc):
// as a download, or written to a path on this computer.
import { useState } from 'react';
import type { ExchangeExportInfo, ExchangeExportResult } from '../../../shared/model/exchange.ts';
import { call } from '../../api.ts';
import type { ApiCallError } from '../../api-call-error.ts';
import { toApiCallError } from '../../api-call-error.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { Modal } from '../../components/modal.tsx';
import { finishJob, startJob, useJobs } from '../../jobs.ts';
import { downloadBytes, folderOf, hostPathProblem } from './exchange-files.ts';
import { ExchangeSummary } from './exchange-summary.tsx';
import { SameNameWarning } from './same-name-warning.tsx';

export interface ExchangeExportDialogProps {
  kind: 'qdpx' | 'qdc';
  info: ExchangeExportInfo;
  projectPath: string;
  onClose(): void;
}

// What the export wrote or downloaded, and what the file holds.
function ExportDone({ result, onClose }: { result: ExchangeExportResult; onClose(): void }) {
  return (
    <div role="status" className="exchange-done">
      <p>
        {result.path ? `Wrote ${result.path}` : `Downloaded ${result.fileName}`} ({Math.max(1, Math.round(result.bytes / 1024))} KB).
      </p>
      <ExchangeSummary counts={result.counts} countsTitle="The file holds" leftOut={result.leftOut} leftOutTitle="Not in the file" />
      <div className="dialog-buttons">
        <button type="button" className="primary" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}

interface WriteToPathProps {
  extension: string;
  path: string;
  onPath(path: string): void;
  // why the path cannot be used, or null
  problem: string | null;
  busy: boolean;
  onWrite(): void;
}

// The alternative to a download: a path on this computer to write the file to.
function WriteToPath({ extension, path, onPath, problem, busy, onWrite }: WriteToPathProps) {
  return (
    <details className="exchange-path-alternative">
      <summary>Or write it to a path on this computer</summary>
      <label className="field">
        <span className="field-label">Full path of the {extension} file</span>
        <input type="text" value={path} spellCheck={false} onChange={(e) => onPath(e.target.value)} aria-invalid={problem ? true : undefined} />
        {problem ? (
          <span className="field-error" role="alert">
            {problem}
          </span>
        ) : (
          <span className="field-hint">An existing file is never replaced.</span>
        )}
      </label>
      <button type="button" onClick={onWrite} disabled={busy}>
        Write file
      </button>
    </details>
  );
}

// Asks how to deliver the export (after the warning), runs it and shows what it holds.
export function ExchangeExportDialog({ kind, info, projectPath, onClose }: ExchangeExportDialogProps) {
  const extension = kind === 'qdpx' ? '.qdpx' : '.qdc';
  const suggested = kind === 'qdpx' ? info.suggestedName : info.suggestedName.replace(/\.qdpx$/, ' codebook.qdc');
  const [path, setPath] = useState(`${folderOf(projectPath)}${suggested}`);
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<ApiCallError | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [result, setResult] = useState<ExchangeExportResult | null>(null);
  // codes sharing a name hold the export back until the user chooses to export anyway
  const [anyway, setAnyway] = useState(false);
  const sameNames = kind === 'qdpx' ? info.sameNameCodes : [];
  const held = sameNames.length > 0 && !anyway;
  const jobs = useJobs();
  const job = busy ? jobs.find((j) => j.jobId === busy) : undefined;

  async function run(toPath: boolean) {
    if (toPath) {
      const found = hostPathProblem(path, extension);
      setProblem(found);
      if (found) return;
    }
    setError(null);
    const jobId = startJob(kind === 'qdpx' ? 'Exporting the project as .qdpx' : 'Exporting the codebook as .qdc');
    setBusy(jobId);
    try {
      const target = toPath ? { path: path.trim() } : {};
      const done = kind === 'qdpx' ? await call('exchange.exportQdpx', { ...target, confirmRealNames: true, jobId }) : await call('exchange.exportQdc', target);
      if (done.bytesBase64 !== null) downloadBytes(done.bytesBase64, done.fileName, kind === 'qdpx' ? 'application/zip' : 'application/xml');
      setResult(done);
    } catch (e) {
      setError(toApiCallError(e));
    } finally {
      finishJob(jobId);
      setBusy(null);
    }
  }

  const title = kind === 'qdpx' ? 'Export project as .qdpx' : 'Export codebook as .qdc';
  return (
    <Modal title={title} onClose={onClose} wide>
      {result ? (
        <ExportDone result={result} onClose={onClose} />
      ) : (
        <>
          {kind === 'qdpx' ? (
            <div className="exchange-warning" role="note" aria-label="Real names">
              <p>{info.qdpxWarning}</p>
            </div>
          ) : (
            <p>{info.qdcNote}</p>
          )}
          {sameNames.length > 0 ? <SameNameWarning groups={sameNames} anyway={anyway} onAnyway={setAnyway} /> : null}
          <ErrorMessage error={error} />
          <div className="dialog-buttons exchange-download-row">
            <button type="button" onClick={onClose} disabled={busy !== null}>
              Cancel
            </button>
            <button type="button" className="primary" onClick={() => void run(false)} disabled={busy !== null || held}>
              {busy ? 'Exporting…' : `Download ${extension}`}
            </button>
          </div>
          <WriteToPath extension={extension} path={path} onPath={setPath} problem={problem} busy={busy !== null || held} onWrite={() => void run(true)} />
          {job && job.total > 0 ? <progress aria-label={title} max={job.total} value={job.done} /> : null}
        </>
      )}
    </Modal>
  );
}
