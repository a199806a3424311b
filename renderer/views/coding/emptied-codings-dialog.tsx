// Before a correction (or a replace-all) deletes the whole text of some codings: which
// codings they are, and a choice to go back or save and remove them.
import { useState } from 'react';
import type { CodingBrief } from '../../../shared/model/workspace.ts';
import type { ApiCallError } from '../../api-call-error.ts';
import { toApiCallError } from '../../api-call-error.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { Modal } from '../../components/modal.tsx';

export interface EmptiedCodingsDialogProps {
  emptied: readonly CodingBrief[];
  // what is being saved ("This correction", "Replacing “x”")
  action: string;
  onConfirm(): Promise<void>;
  onClose(): void;
}

// Lists the codings that would lose all their text and asks before saving.
export function EmptiedCodingsDialog({ emptied, action, onConfirm, onClose }: EmptiedCodingsDialogProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiCallError | null>(null);
  const n = emptied.length;
  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
      onClose();
    } catch (e) {
      setError(toApiCallError(e));
      setBusy(false);
    }
  }
  return (
    <Modal title={n === 1 ? 'A coding will lose all its text' : `${n} codings will lose all their text`} onClose={onClose}>
      <p>
        {action} deletes every word of {n === 1 ? 'this coding, so it will be removed' : 'these codings, so they will be removed'}. Undo (Ctrl+Z) brings {n === 1 ? 'it' : 'them'} back.
      </p>
      <ul className="coding-emptied-list" aria-label="Codings that will be removed">
        {emptied.map((c) => (
          <li key={c.id}>
            <strong>{c.nodePath}</strong>
            <span className="muted"> in {c.sourceName}</span>
            <blockquote>“{c.text.length > 200 ? `${c.text.slice(0, 200)}…` : c.text}”</blockquote>
          </li>
        ))}
      </ul>
      <ErrorMessage error={error} />
      <div className="dialog-buttons">
        <button type="button" onClick={onClose} disabled={busy}>
          Go back
        </button>
        <button type="button" className="primary" onClick={() => void confirm()} disabled={busy}>
          {busy ? 'Saving…' : n === 1 ? 'Save and remove the coding' : `Save and remove ${n} codings`}
        </button>
      </div>
    </Modal>
  );
}
