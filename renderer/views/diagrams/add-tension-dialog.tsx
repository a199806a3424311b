// Adds a tension to the diagram: from one component to another, or inside one.
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { DiagramDetail, TensionRecord } from '../../../shared/model/diagrams.ts';
import { Modal } from '../../components/modal.tsx';
import type { DiagramActions } from './diagram-actions.ts';
import { componentOptions, systemChoices } from './diagram-names.ts';
import { TensionFields } from './tension-fields.tsx';
import type { TensionDraft } from './tension-fields.tsx';

export interface AddTensionDialogProps {
  detail: DiagramDetail;
  fromId: number | null;
  actions: DiagramActions;
  onAdded(tension: TensionRecord): void;
  onClose(): void;
}

// The dialog; the new tension is selected afterwards so evidence can be linked at once.
export function AddTensionDialog({ detail, fromId, actions, onAdded, onClose }: AddTensionDialogProps) {
  const options = componentOptions(detail);
  const first = fromId ?? options[0]?.id ?? 0;
  const second = options.find((o) => o.id !== first)?.id ?? null;
  const [draft, setDraft] = useState<TensionDraft>({ fromId: first, toId: second, level: second === null ? 'primary' : 'secondary', label: '', memo: '', advancedForm: '' });
  const [busy, setBusy] = useState(false);
  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    const tension = await actions.run('diagrams.createTension', {
      diagramId: detail.id,
      from: { componentId: draft.fromId },
      to: draft.toId === null ? null : { componentId: draft.toId },
      level: draft.level,
      label: draft.label,
      memo: draft.memo,
      ...(draft.level === 'tertiary' ? { advancedForm: draft.advancedForm } : {}),
    });
    setBusy(false);
    if (tension) {
      onAdded(tension);
      onClose();
    }
  }
  return (
    <Modal title="Add tension" onClose={onClose}>
      <form className="diagrams-form" onSubmit={(e) => void submit(e)}>
        <TensionFields draft={draft} options={options} generation={detail.generation} systems={systemChoices(detail)} disabled={busy} onChange={setDraft} />
        <div className="dialog-buttons">
          <button type="button" onClick={onClose} disabled={busy}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy || (draft.level === 'tertiary' && !draft.advancedForm.trim())}>
            {busy ? 'Adding…' : 'Add tension'}
          </button>
        </div>
      </form>
    </Modal>
  );
}
