// Reviewing a withdrawal before it happens: the participant's sources and memos (each
// chosen for deletion or kept), their turns in sources that stay, and whether their name
// stays in the register; then the backups that still hold them.
import type { WithdrawalPreview } from '../../../shared/model/anonymise.ts';
import type { CaseRecord } from '../../../shared/model/entities.ts';
import { formatDateTime } from '../../format.ts';

// A copy of a set with a value added (on) or removed.
export function toggled<T>(set: ReadonlySet<T>, value: T, on: boolean): Set<T> {
  const next = new Set(set);
  if (on) next.add(value);
  else next.delete(value);
  return next;
}

export interface WithdrawalReviewProps {
  preview: WithdrawalPreview;
  deleteSources: ReadonlySet<number>;
  onDeleteSources(ids: Set<number>): void;
  deleteMemos: ReadonlySet<number>;
  onDeleteMemos(ids: Set<number>): void;
  keepName: boolean;
  onKeepName(keep: boolean): void;
  readOnly: boolean;
  onWithdraw(): void;
}

// What withdrawing the chosen participant would remove, with the choices about it.
export function WithdrawalReview({ preview, deleteSources, onDeleteSources, deleteMemos, onDeleteMemos, keepName, onKeepName, readOnly, onWithdraw }: WithdrawalReviewProps) {
  return (
    <>
      <h3>Sources</h3>
      {preview.sources.length === 0 ? <p className="muted">No sources are linked to this case.</p> : null}
      {preview.sources.map((s) => (
        <label key={s.id} className="checkbox">
          <input type="checkbox" checked={deleteSources.has(s.id)} onChange={(e) => onDeleteSources(toggled(deleteSources, s.id, e.target.checked))} />
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
          <input type="checkbox" checked={deleteMemos.has(m.id)} onChange={(e) => onDeleteMemos(toggled(deleteMemos, m.id, e.target.checked))} />
          Delete “{m.title}” ({m.reason}) <span className="anon-context">{m.context}</span>
        </label>
      ))}
      <label className="checkbox">
        <input type="checkbox" checked={keepName} onChange={(e) => onKeepName(e.target.checked)} />
        Keep their name in the register as “[withdrawn participant]”, so other people’s mentions of them are still replaced
      </label>
      <div className="button-row">
        <button type="button" className="primary" disabled={readOnly} onClick={onWithdraw}>
          Withdraw participant…
        </button>
      </div>
    </>
  );
}

export interface BackupChoicesProps {
  backups: WithdrawalPreview['backups'];
  chosen: ReadonlySet<string>;
  onChosen(fileNames: Set<string>): void;
  onDelete(): void;
}

// The backups, each marked with whether it holds the participant, to choose for deletion.
export function BackupChoices({ backups, chosen, onChosen, onDelete }: BackupChoicesProps) {
  return (
    <>
      <h3>Backups</h3>
      {backups.map((b) => (
        <label key={b.fileName} className="checkbox">
          <input type="checkbox" checked={chosen.has(b.fileName)} onChange={(e) => onChosen(toggled(chosen, b.fileName, e.target.checked))} />
          {formatDateTime(b.createdAt)} {b.label ? `“${b.label}”` : ''} — {b.error ? `could not be read (${b.error})` : b.holds ? 'holds this participant' : 'does not hold them'}
        </label>
      ))}
      <button type="button" disabled={chosen.size === 0} onClick={onDelete}>
        Delete chosen backups…
      </button>
    </>
  );
}

export interface ParticipantChoiceProps {
  cases: readonly CaseRecord[];
  caseId: number | null;
  // null when "Choose a case…" is chosen again
  onChoose(caseId: number | null): void;
}

// The list of participants (real name and label) to choose the one who withdrew.
export function ParticipantChoice({ cases, caseId, onChoose }: ParticipantChoiceProps) {
  return (
    <label className="field">
      <span className="field-label">Participant</span>
      <select value={caseId ?? ''} onChange={(e) => onChoose(e.target.value ? Number(e.target.value) : null)}>
        <option value="">Choose a case…</option>
        {cases.map((c) => (
          <option key={c.id} value={c.id}>
            {c.realName} ({c.label})
          </option>
        ))}
      </select>
    </label>
  );
}
