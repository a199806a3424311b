// Choosing a node's colour from its context menu (the colour its stripes and tint take).
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { NodeRecord } from '../../../shared/model/entities.ts';
import { announceChange, call } from '../../api.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { Modal } from '../../components/modal.tsx';
import { useDialogAction } from '../../components/use-dialog-action.ts';

// A colour field and Save; one undo step.
export function NodeColourDialog({ node, onClose }: { node: NodeRecord; onClose(): void }) {
  const [color, setColor] = useState(node.color);
  const { busy, error, run } = useDialogAction(onClose);
  function submit(e: FormEvent) {
    e.preventDefault();
    void run(async () => {
      await call('nodes.update', { id: node.id, color });
      announceChange('nodes.update');
    });
  }
  return (
    <Modal title={`Colour of “${node.name}”`} onClose={onClose}>
      <form onSubmit={submit}>
        <label className="field">
          <span className="field-label">Colour</span>
          <input type="color" value={color} onChange={(e) => setColor(e.target.value)} />
        </label>
        <ErrorMessage error={error} />
        <div className="dialog-buttons">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy || color === node.color}>
            Save
          </button>
        </div>
      </form>
    </Modal>
  );
}
