// Withdrawal: choose the participant, review what would be removed (sources, memos,
// their turns elsewhere), withdraw (undoable), then make it permanent and delete the
// backups that still hold them.
import { useState } from 'react';
import type { WithdrawalPreview } from '../../../shared/model/anonymise.ts';
import { call } from '../../api.ts';
import { toApiCallError } from '../../api-call-error.ts';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { ErrorMessage } from '../../components/error-message.tsx';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import type { Notice } from '../frame/notice-bar.tsx';
import { confirmation } from './withdrawal-confirmations.ts';
import type { WithdrawalStep } from './withdrawal-confirmations.ts';
import { BackupChoices, ParticipantChoice, WithdrawalReview } from './withdrawal-review.tsx';
import './anonymise.css';

// The withdrawal section of the Exports screen.
export function WithdrawalPanel({ readOnly, notify }: { readOnly: boolean; notify(notice: Notice): void }) {
  const cases = useApiQuery('cases.list', {});
  const [caseId, setCaseId] = useState<number | null>(null);
  const [preview, setPreview] = useState<WithdrawalPreview | null>(null);
  const [deleteSources, setDeleteSources] = useState<Set<number>>(new Set());
  const [deleteMemos, setDeleteMemos] = useState<Set<number>>(new Set());
  const [keepName, setKeepName] = useState(true);
  const [backups, setBackups] = useState<Set<string>>(new Set());
  const [confirm, setConfirm] = useState<WithdrawalStep | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function review(id: number) {
    setError(null);
    setCaseId(id);
    try {
      const p = await call('withdrawal.preview', { caseId: id });
      setPreview(p);
      setDeleteSources(new Set(p.sources.filter((s) => s.proposeDelete).map((s) => s.id)));
      setDeleteMemos(new Set(p.memos.filter((m) => m.proposeDelete).map((m) => m.id)));
      setBackups(new Set(p.backups.filter((b) => b.holds).map((b) => b.fileName)));
    } catch (e) {
      setError(toApiCallError(e).message);
    }
  }

  const dialog = confirm
    ? confirmation(confirm, { preview, deleteSources, deleteMemos, keepName, backups }, {
        notify,
        onWithdrawn(p) {
          setPreview({ ...p, sources: [], memos: [], turnsElsewhere: [] });
          setCaseId(null);
          cases.reload();
        },
        onBackupsDeleted() {
          if (preview) setPreview({ ...preview, backups: preview.backups.filter((b) => !backups.has(b.fileName)) });
          setBackups(new Set());
        },
      })
    : null;

  return (
    <div className="anon-panel">
      <section className="anon-section" aria-labelledby="anon-withdraw-heading">
        <h2 id="anon-withdraw-heading">Withdraw a participant</h2>
        <p className="muted">Removes a participant who withdrew: their case, the sources only they speak in, codings, and memos about them. Review the list first; you can undo until you make it permanent.</p>
        <ErrorMessage error={cases.error} />
        <ErrorMessage error={error} onDismiss={() => setError(null)} />
        <ParticipantChoice cases={cases.data ?? []} caseId={caseId} onChoose={(id) => (id !== null ? void review(id) : setPreview(null))} />
        {preview ? (
          <WithdrawalReview
            preview={preview}
            deleteSources={deleteSources}
            onDeleteSources={setDeleteSources}
            deleteMemos={deleteMemos}
            onDeleteMemos={setDeleteMemos}
            keepName={keepName}
            onKeepName={setKeepName}
            readOnly={readOnly}
            onWithdraw={() => setConfirm('withdraw')}
          />
        ) : null}
      </section>
      <section className="anon-section" aria-labelledby="anon-permanent-heading">
        <h2 id="anon-permanent-heading">Make deletions permanent</h2>
        <p className="muted">Clears the undo history and compacts the project file, so deleted text is gone from it. Backups still hold it until they are deleted.</p>
        <button type="button" disabled={readOnly} onClick={() => setConfirm('finalise')}>
          Make permanent…
        </button>
        {preview && preview.backups.length > 0 ? <BackupChoices backups={preview.backups} chosen={backups} onChosen={setBackups} onDelete={() => setConfirm('backups')} /> : null}
      </section>
      {dialog ? <ConfirmDialog {...dialog} onClose={() => setConfirm(null)} /> : null}
    </div>
  );
}
