// Before a correction (or a replace-all) deletes the whole text of some codings: which
// codings they are, and a choice to go back or save and remove them.
import type { CodingBrief } from '../../../shared/model/workspace.ts';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';

export interface EmptiedCodingsDialogProps {
  emptied: readonly CodingBrief[];
  // what is being saved ("This correction", "Replacing “x”")
  action: string;
  onConfirm(): Promise<void>;
  onClose(): void;
}

// Lists the codings that would lose all their text and asks before saving.
export function EmptiedCodingsDialog({ emptied, action, onConfirm, onClose }: EmptiedCodingsDialogProps) {
  const n = emptied.length;
  return (
    <ConfirmDialog
      title={n === 1 ? 'A coding will lose all its text' : `${n} codings will lose all their text`}
      message={`${action} deletes every word of ${n === 1 ? 'this coding, so it will be removed' : 'these codings, so they will be removed'}. Undo (Ctrl+Z) brings ${n === 1 ? 'it' : 'them'} back.`}
      confirmLabel={n === 1 ? 'Save and remove the coding' : `Save and remove ${n} codings`}
      busyLabel="Saving…"
      cancelLabel="Go back"
      onConfirm={onConfirm}
      onClose={onClose}
    >
      <ul className="coding-emptied-list" aria-label="Codings that will be removed">
        {emptied.map((c) => (
          <li key={c.id}>
            <strong>{c.nodePath}</strong>
            <span className="muted"> in {c.sourceName}</span>
            <blockquote>“{c.text.length > 200 ? `${c.text.slice(0, 200)}…` : c.text}”</blockquote>
          </li>
        ))}
      </ul>
    </ConfirmDialog>
  );
}
