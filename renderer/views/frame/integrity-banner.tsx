// The banner shown when project.check finds a problem, with an offer to restore the newest backup.
import { useState } from 'react';
import type { IntegrityReport, ProjectInfo } from '../../../shared/model/entities.ts';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { formatDateTime } from '../../format.ts';
import { describeBackup, restoreBackup } from './backups-dialog.tsx';

export interface IntegrityBannerProps {
  report: IntegrityReport;
  readOnly: boolean;
  onRestored(project: ProjectInfo): void;
  onDismiss(): void;
}

// Lists the check's messages; offers the newest backup when there is one.
export function IntegrityBanner({ report, readOnly, onRestored, onDismiss }: IntegrityBannerProps) {
  const [confirming, setConfirming] = useState(false);
  const backup = report.newestBackup;
  return (
    <div className="integrity-banner" role="alert">
      <div>
        <p className="integrity-title">The project file check found a problem.</p>
        <ul>
          {report.messages.map((m, i) => (
            <li key={i}>{m}</li>
          ))}
        </ul>
        {backup ? (
          <p>
            The newest backup is from {formatDateTime(backup.createdAt)} ({describeBackup(backup)}).
          </p>
        ) : (
          <p>There is no backup to restore.</p>
        )}
      </div>
      <div className="integrity-actions">
        {backup && !readOnly ? (
          <button type="button" className="primary" onClick={() => setConfirming(true)}>
            Restore newest backup…
          </button>
        ) : null}
        <button type="button" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
      {confirming && backup ? (
        <ConfirmDialog
          title="Restore newest backup"
          message={`Replace the project with the backup from ${formatDateTime(backup.createdAt)}? The current file is kept as a backup first.`}
          confirmLabel="Restore"
          onConfirm={async () => {
            onRestored(await restoreBackup(backup.fileName));
            onDismiss();
          }}
          onClose={() => setConfirming(false)}
        />
      ) : null}
    </div>
  );
}
