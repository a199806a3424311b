// The status bar: project, read-only badge, counts, undo state, last backup, running jobs.
import type { BackupInfo, ProjectInfo, ProjectStats, UndoState } from '../../../shared/model/entities.ts';
import { call } from '../../api.ts';
import { toApiCallError } from '../../api-call-error.ts';
import { formatCount, formatDateTime } from '../../format.ts';
import { markCancelling, useJobs } from '../../jobs.ts';
import { CoderStatus } from '../coding/coder-status.tsx';
import type { JobView } from '../../jobs.ts';

export interface StatusBarProps {
  project: ProjectInfo;
  stats: ProjectStats | undefined;
  undo: UndoState | undefined;
  lastBackup: BackupInfo | null | undefined;
  onError(message: string): void;
}

function describeUndo(undo: UndoState | undefined): string {
  if (!undo) return '';
  if (undo.canUndo) return `Undo: ${undo.undoLabel ?? 'last change'}`;
  return 'Nothing to undo';
}

// Shows what the researcher needs to know at a glance, and a cancel button per job.
export function StatusBar({ project, stats, undo, lastBackup, onError }: StatusBarProps) {
  const jobs = useJobs();
  function cancel(job: JobView) {
    markCancelling(job.jobId);
    call('jobs.cancel', { jobId: job.jobId }).catch((e: unknown) => onError(toApiCallError(e).message));
  }
  return (
    <footer className="status-bar" aria-label="Status">
      <span className="status-item status-project">{project.name}</span>
      {project.readOnly ? <span className="badge">read-only</span> : null}
      {project.isDemo ? <span className="badge badge-demo">demo</span> : null}
      <CoderStatus project={project} />
      {stats ? (
        <span className="status-item" data-testid="status-counts">
          {formatCount(stats.sources, 'source')} · {formatCount(stats.cases, 'case')} · {formatCount(stats.nodes, 'node')} · {formatCount(stats.codings, 'coding')}
        </span>
      ) : null}
      <span className="status-item" title={undo?.canRedo ? `Redo: ${undo.redoLabel ?? 'last undone change'}` : undefined}>
        {describeUndo(undo)}
      </span>
      <span className="status-item">{lastBackup ? `Last backup ${formatDateTime(lastBackup.createdAt)}` : lastBackup === null ? 'No backup yet' : ''}</span>
      <span className="status-jobs" aria-live="polite">
        {jobs.map((job) => (
          <span key={job.jobId} className="status-job">
            <span className="status-job-message">{job.message}</span>
            <progress aria-label={job.label} max={job.total || undefined} value={job.total ? job.done : undefined} />
            <button type="button" className="small" onClick={() => cancel(job)} disabled={job.cancelling}>
              {job.cancelling ? 'Cancelling…' : 'Cancel'}
            </button>
          </span>
        ))}
      </span>
    </footer>
  );
}
