// Asks the researcher to confirm an action that replaces or removes something.
import { useState } from 'react';
import type { ApiCallError } from '../api-call-error.ts';
import { toApiCallError } from '../api-call-error.ts';
import { ErrorMessage } from './error-message.tsx';
import { Modal } from './modal.tsx';

export interface ConfirmDialogProps {
  title: string;
  message: string;
  confirmLabel: string;
  onConfirm(): Promise<void>;
  onClose(): void;
}

// A dialog with the question, a confirm button and Cancel; shows the action's error if it fails.
export function ConfirmDialog({ title, message, confirmLabel, onConfirm, onClose }: ConfirmDialogProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiCallError | null>(null);
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
    <Modal title={title} onClose={onClose}>
      <p>{message}</p>
      <ErrorMessage error={error} />
      <div className="dialog-buttons">
        <button type="button" onClick={onClose} disabled={busy}>
          Cancel
        </button>
        <button type="button" className="primary" onClick={() => void confirm()} disabled={busy}>
          {busy ? 'Working…' : confirmLabel}
        </button>
      </div>
    </Modal>
  );
}
