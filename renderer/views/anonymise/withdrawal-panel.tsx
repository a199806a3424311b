// Withdrawal: choose the participant, review what would be removed (sources, memos,
// their turns elsewhere), withdraw (undoable), then make it permanent and delete the
// backups that still hold them.
import { useState } from 'react';
import type { WithdrawalPreview } from '../../../shared/model/anonymise.ts';
import { call } from '../../api.ts';
import { toApiCallError } from '../../api-call-error.ts';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { ErrorMessage } from '../../components/error-message.tsx';
import { formatDateTime } from '../../format.ts';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import type { Notice } from '../frame/notice-bar.tsx';
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
  const [confirm, setConfirm] = useState<'withdraw' | 'finalise' | 'backups' | null>(null);
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

  const toggle = <T,>(set: Set<T>, value: T, on: boolean) => {
    const next = new Set(set);
    if (on) next.add(value);
    else next.delete(value);
    return next;
  };

  return (
    <div className="anon-panel">
      <section className="anon-section" aria-labelledby="anon-withdraw-heading">
        <h2 id="anon-withdraw-heading">Withdraw a participant</h2>
        <p className="muted">Removes a participant who withdrew: their case, the sources only they speak in, codings, and memos about them. Review the list first; you can undo until you make it permanent.</p>
        <ErrorMessage error={cases.error} />
        <ErrorMessage error={error} onDismiss={() => setError(null)} />
        <label className="field">
          <span className="field-label">Participant</span>
          <select value={caseId ?? ''} onChange={(e) => (e.target.value ? void review(Number(e.target.value)) : setPreview(null))}>
            <option value="">Choose a case…</option>
            {cases.data?.map((c) => (
              <option key={c.id} value={c.id}>
                {c.realName} ({c.label})
              </option>
            ))}
          </select>
        </label>
        {preview ? (
          <>
            <h3>Sources</h3>
            {preview.sources.length === 0 ? <p className="muted">No sources are linked to this case.</p> : null}
            {preview.sources.map((s) => (
              <label key={s.id} className="checkbox">
                <input type="checkbox" checked={deleteSources.has(s.id)} onChange={(e) => setDeleteSources(toggle(deleteSources, s.id, e.target.checked))} />
                Delete “{s.name}” ({s.codings} codings{s.otherParticipants > 0 ? `; ${s.otherParticipants} other participant${s.otherParticipants === 1 ? '' : 's'} speak in it` : ''})
              </label>
            ))}
            {preview.turnsElsewhere.length > 0 ? (
              <>
                <h3>Their turns in sources that are kept</h3>
                <p className="muted">The turns lose their case and the codings in them are deleted; their words stay in the text, so review and edit those sources.</p>
                <ul className="anon-list">
                  {preview.turnsElsewhere.map((t) => (
                    <li key={t.sourceId}>
                      {t.sourceName}: {t.turns} turn{t.turns === 1 ? '' : 's'}, {t.codings} coding{t.codings === 1 ? '' : 's'}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            <h3>Memos</h3>
            {preview.memos.length === 0 ? <p className="muted">No memos are about or mention this participant.</p> : null}
            {preview.memos.map((m) => (
              <label key={m.id} className="checkbox">
                <input type="checkbox" checked={deleteMemos.has(m.id)} onChange={(e) => setDeleteMemos(toggle(deleteMemos, m.id, e.target.checked))} />
                Delete “{m.title}” ({m.reason}) <span className="anon-context">{m.context}</span>
              </label>
            ))}
            <label className="checkbox">
              <input type="checkbox" checked={keepName} onChange={(e) => setKeepName(e.target.checked)} />
              Keep their name in the register as “[withdrawn participant]”, so other people’s mentions of them are still replaced
            </label>
            <div className="button-row">
              <button type="button" className="primary" disabled={readOnly} onClick={() => setConfirm('withdraw')}>
                Withdraw participant…
              </button>
            </div>
          </>
        ) : null}
      </section>
      <section className="anon-section" aria-labelledby="anon-permanent-heading">
        <h2 id="anon-permanent-heading">Make deletions permanent</h2>
        <p className="muted">Clears the undo history and compacts the project file, so deleted text is gone from it. Backups still hold it until they are deleted.</p>
        <button type="button" disabled={readOnly} onClick={() => setConfirm('finalise')}>
          Make permanent…
        </button>
        {preview && preview.backups.length > 0 ? (
          <>
            <h3>Backups</h3>
            {preview.backups.map((b) => (
              <label key={b.fileName} className="checkbox">
                <input type="checkbox" checked={backups.has(b.fileName)} onChange={(e) => setBackups(toggle(backups, b.fileName, e.target.checked))} />
                {formatDateTime(b.createdAt)} {b.label ? `“${b.label}”` : ''} — {b.error ? `could not be read (${b.error})` : b.holds ? 'holds this participant' : 'does not hold them'}
              </label>
            ))}
            <button type="button" disabled={backups.size === 0} onClick={() => setConfirm('backups')}>
              Delete chosen backups…
            </button>
          </>
        ) : null}
      </section>
      {confirm === 'withdraw' && preview ? (
        <ConfirmDialog
          title="Withdraw participant"
          message={`Delete ${deleteSources.size} source(s), ${deleteMemos.size} memo(s) and the case of ${preview.realName}? You can undo this until you make it permanent.`}
          confirmLabel="Withdraw"
          onConfirm={async () => {
            const r = await call('withdrawal.withdraw', { caseId: preview.caseId, deleteSourceIds: [...deleteSources], deleteMemoIds: [...deleteMemos], keepNameInRegister: keepName });
            notify({ kind: 'info', text: `Withdrawn: ${r.deletedSources} sources, ${r.deletedCodings} codings and ${r.deletedMemos} memos deleted.` });
            setPreview({ ...preview, sources: [], memos: [], turnsElsewhere: [] });
            setCaseId(null);
            cases.reload();
          }}
          onClose={() => setConfirm(null)}
        />
      ) : null}
      {confirm === 'finalise' ? (
        <ConfirmDialog
          title="Make deletions permanent"
          message="Clear the undo history and compact the project file? Nothing done so far can be undone afterwards."
          confirmLabel="Make permanent"
          onConfirm={async () => {
            await call('withdrawal.finalise', {});
            notify({ kind: 'info', text: 'Deletions are permanent; the undo history was cleared.' });
          }}
          onClose={() => setConfirm(null)}
        />
      ) : null}
      {confirm === 'backups' ? (
        <ConfirmDialog
          title="Delete backups"
          message={`Delete ${backups.size} backup file(s)? They cannot be restored afterwards.`}
          confirmLabel="Delete backups"
          onConfirm={async () => {
            const r = await call('withdrawal.purgeBackups', { fileNames: [...backups] });
            notify({ kind: 'info', text: `Deleted ${r.removed} backup${r.removed === 1 ? '' : 's'}.` });
            if (preview) setPreview({ ...preview, backups: preview.backups.filter((b) => !backups.has(b.fileName)) });
            setBackups(new Set());
          }}
          onClose={() => setConfirm(null)}
        />
      ) : null}
    </div>
  );
}
