// Copies a diagram to draw the same system in another phase (texts, tensions and
// evidence come along; the copy is then edited for the new phase).
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { DiagramDetail } from '../../../shared/model/diagrams.ts';
import { Modal } from '../../components/modal.tsx';
import type { DiagramActions } from './diagram-actions.ts';

export interface DuplicateDialogProps {
  detail: DiagramDetail;
  actions: DiagramActions;
  onCopied(copy: DiagramDetail): void;
  onClose(): void;
}

// The dialog.
export function DuplicateDialog({ detail, actions, onCopied, onClose }: DuplicateDialogProps) {
  const [title, setTitle] = useState(`${detail.title} (next phase)`);
  const [phase, setPhase] = useState('');
  const [busy, setBusy] = useState(false);
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!title.trim()) return;
    setBusy(true);
    const copy = await actions.run('diagrams.duplicate', { id: detail.id, title: title.trim(), phase: phase.trim() });
    setBusy(false);
    if (copy) {
      onCopied(copy);
      onClose();
    }
  }
  return (
    <Modal title="Copy for another phase" onClose={onClose}>
      <form className="diagrams-form" onSubmit={(e) => void submit(e)}>
        <p className="muted">The copy keeps every text, tension and piece of evidence; edit it for the new phase and compare the two side by side.</p>
        <label className="field">
          <span className="field-label">Title of the copy</span>
          <input type="text" value={title} onChange={(e) => setTitle(e.target.value)} aria-invalid={title.trim() ? undefined : true} autoFocus />
        </label>
        <label className="field">
          <span className="field-label">Phase of the copy</span>
          <input type="text" value={phase} onChange={(e) => setPhase(e.target.value)} placeholder={detail.phase ? `was “${detail.phase}”` : 'e.g. After, Round 2'} />
        </label>
        <div className="dialog-buttons">
          <button type="button" onClick={onClose} disabled={busy}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy || !title.trim()}>
            {busy ? 'Copying…' : 'Copy diagram'}
          </button>
        </div>
      </form>
    </Modal>
  );
}
