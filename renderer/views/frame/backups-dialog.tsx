// File > Backups: the project's backups and snapshots, each restorable after a confirmation.
import { useState } from 'react';
import type { BackupInfo, ProjectInfo } from '../../../shared/model/entities.ts';
import { announceChange, call } from '../../api.ts';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { ErrorMessage } from '../../components/error-message.tsx';
import { Modal } from '../../components/modal.tsx';
import { formatBytes, formatDateTime } from '../../format.ts';
import { useApiQuery } from '../../hooks/use-api-query.ts';

export interface BackupsDialogProps {
  readOnly: boolean;
  onRestored(project: ProjectInfo): void;
  onClose(): void;
}

const REASONS: Record<BackupInfo['reason'], string> = {
  open: 'On opening',
  interval: 'Automatic',
  snapshot: 'Snapshot',
  'before-restore': 'Before a restore',
  'before-migration': 'Before an upgrade',
};

// Describes why a backup was taken, with the snapshot's label.
export function describeBackup(b: BackupInfo): string {
  return b.reason === 'snapshot' && b.label ? `Snapshot: ${b.label}` : REASONS[b.reason];
}

// Restores a backup through the contract and tells the views the project changed.
export async function restoreBackup(fileName: string): Promise<ProjectInfo> {
  const project = await call('backups.restore', { fileName });
  announceChange('backup restored');
  return project;
}

// Lists backups newest first with a Restore button per backup.
export function BackupsDialog({ readOnly, onRestored, onClose }: BackupsDialogProps) {
  const backups = useApiQuery('backups.list', {}, ['backup-taken', 'project-changed'], 'never');
  const [confirming, setConfirming] = useState<BackupInfo | null>(null);
  const list = [...(backups.data ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <Modal title="Backups" onClose={onClose} wide>
      <p className="muted">
        Backups are taken when the project opens, every ten minutes of work, and when you take a snapshot. Restoring keeps the current state as a backup first.
        {readOnly ? ' This project is open read-only, so it cannot be restored here.' : ''}
      </p>
      <ErrorMessage error={backups.error} />
      {backups.loading && !backups.data ? <p className="muted">Loading…</p> : null}
      {backups.data && list.length === 0 ? <p>There are no backups of this project yet.</p> : null}
      {list.length > 0 ? (
        <div className="table-scroll backups-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Taken</th>
                <th scope="col">Kind</th>
                <th scope="col" className="num">
                  Size
                </th>
                <th scope="col">
                  <span className="visually-hidden">Action</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((b) => (
                <tr key={b.fileName}>
                  <td>{formatDateTime(b.createdAt)}</td>
                  <td>{describeBackup(b)}</td>
                  <td className="num">{formatBytes(b.bytes)}</td>
                  <td>
                    <button type="button" disabled={readOnly} onClick={() => setConfirming(b)} aria-label={`Restore backup from ${formatDateTime(b.createdAt)}`}>
                      Restore…
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <div className="dialog-buttons">
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      {confirming ? (
        <ConfirmDialog
          title="Restore backup"
          message={`Replace the project with the backup from ${formatDateTime(confirming.createdAt)} (${describeBackup(confirming)})? The current state is kept as a backup first.`}
          confirmLabel="Restore"
          onConfirm={async () => {
            const project = await restoreBackup(confirming.fileName);
            onRestored(project);
            onClose();
          }}
          onClose={() => setConfirming(null)}
        />
      ) : null}
    </Modal>
  );
}
