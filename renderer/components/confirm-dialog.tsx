// Asks the researcher to confirm an action that replaces or removes something.
import type { ReactNode } from 'react';
import { ErrorMessage } from './error-message.tsx';
import { Modal } from './modal.tsx';
import { useDialogAction } from './use-dialog-action.ts';

export interface ConfirmDialogProps {
  title: string;
  message: ReactNode;
  confirmLabel: string;
  // what the two buttons say while it works and to step back ("Working…", "Cancel" unless given)
  busyLabel?: string;
  cancelLabel?: string;
  // more about what will happen, under the message (a list of what goes)
  children?: ReactNode;
  onConfirm(): Promise<void>;
  onClose(): void;
}

// A dialog with the question, a confirm button and Cancel; shows the action's error if it fails.
export function ConfirmDialog({ title, message, confirmLabel, busyLabel = 'Working…', cancelLabel = 'Cancel', children, onConfirm, onClose }: ConfirmDialogProps) {
  const action = useDialogAction(onClose);
  return (
    <Modal title={title} onClose={onClose}>
      <p>{message}</p>
      {children}
      <ErrorMessage error={action.error} />
      <div className="dialog-buttons">
        <button type="button" onClick={onClose} disabled={action.busy}>
          {cancelLabel}
        </button>
        <button type="button" className="primary" onClick={() => void action.run(onConfirm)} disabled={action.busy}>
          {action.busy ? busyLabel : confirmLabel}
        </button>
      </div>
    </Modal>
  );
}
