// Follows a tension in another phase: choose the tension of another diagram that shows the
// same contradiction, name the contradiction (when neither is followed yet) and give each
// its status in its phase.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { CONTRADICTION_STATUS_NAMES, CONTRADICTION_STATUSES } from '../../../shared/model/contradictions.ts';
import type { ContradictionEntry, ContradictionStatus } from '../../../shared/model/contradictions.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { Modal } from '../../components/modal.tsx';
import { useDialogAction } from '../../components/use-dialog-action.ts';
import { announceChange, call } from '../../api.ts';

export interface FollowDialogProps {
  entry: ContradictionEntry;
  // every tension of the project
  entries: ContradictionEntry[];
  onClose(): void;
}

function StatusSelect({ label, value, onChange }: { label: string; value: ContradictionStatus; onChange(status: ContradictionStatus): void }) {
  return (
    <label className="field">
      <span className="field-label">{label}</span>
      <select value={value} onChange={(e) => onChange(CONTRADICTION_STATUSES.find((s) => s === e.target.value) ?? value)}>
        {CONTRADICTION_STATUSES.map((s) => (
          <option key={s} value={s}>
            {CONTRADICTION_STATUS_NAMES[s]}
          </option>
        ))}
      </select>
    </label>
  );
}

function phaseOf(e: ContradictionEntry): string {
  return e.phase.trim() || e.diagramTitle;
}

// The dialog; the tensions of the same level and components come first.
export function FollowDialog({ entry, entries, onClose }: FollowDialogProps) {
  const others = entries
    .filter((e) => e.diagramId !== entry.diagramId)
    .sort((a, b) => Number(b.level === entry.level && b.from === entry.from) - Number(a.level === entry.level && a.from === entry.from) || a.diagramId - b.diagramId);
  const [otherId, setOtherId] = useState<number | null>(others[0]?.tensionId ?? null);
  const [name, setName] = useState(entry.label);
  const [status, setStatus] = useState<ContradictionStatus>('emerging');
  const [withStatus, setWithStatus] = useState<ContradictionStatus>('aggravated');
  const action = useDialogAction(onClose);
  const other = others.find((o) => o.tensionId === otherId);
  const named = entry.link ?? other?.link ?? null;
  function submit(e: FormEvent) {
    e.preventDefault();
    if (otherId === null) return action.showError('Choose the tension of the other phase.');
    void action.run(async () => {
      await call('contradictions.link', { tensionId: entry.tensionId, withTensionId: otherId, name: named ? undefined : name, status, withStatus });
      announceChange('contradictions.link');
    });
  }
  return (
    <Modal title="Follow across phases" onClose={onClose}>
      <form className="contradictions-form" onSubmit={submit}>
        <p className="muted">
          “{entry.label || 'This tension'}” in {phaseOf(entry)}. Choose the tension of another phase that shows the same contradiction.
        </p>
        {others.length === 0 ? <p>No other diagram has a tension yet: copy the diagram for the next phase on the Diagrams screen first.</p> : null}
        <label className="field">
          <span className="field-label">The same contradiction in another phase</span>
          <select value={otherId ?? ''} onChange={(e) => setOtherId(e.target.value ? Number(e.target.value) : null)}>
            {others.map((o) => (
              <option key={o.tensionId} value={o.tensionId}>
                {phaseOf(o)}: {o.label || `${o.from}${o.to ? ` – ${o.to}` : ''}`} ({o.diagramTitle})
              </option>
            ))}
          </select>
        </label>
        {named ? (
          <p>
            Joins <strong>{named.name}</strong>, already followed across phases.
          </p>
        ) : (
          <label className="field">
            <span className="field-label">Name of the contradiction</span>
            <input type="text" value={name} onChange={(e) => setName(e.target.value)} />
          </label>
        )}
        <div className="diagrams-field-pair">
          <StatusSelect label={`Status in ${phaseOf(entry)}`} value={status} onChange={setStatus} />
          <StatusSelect label={`Status in ${other ? phaseOf(other) : 'the other phase'}`} value={withStatus} onChange={setWithStatus} />
        </div>
        <ErrorMessage error={action.error} />
        <div className="dialog-buttons">
          <button type="button" onClick={onClose} disabled={action.busy}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={action.busy || otherId === null || (!named && !name.trim())}>
            Follow across phases
          </button>
        </div>
      </form>
    </Modal>
  );
}
