// Merging a node into another: choose the target; codings move across (a passage coded
// at both is kept once), children move or merge by name, memos follow; undo restores all.
import { useState } from 'react';
import type { NodeRecord } from '../../../shared/model/entities.ts';
import type { MergeResult } from '../../../shared/model/workspace.ts';
import { announceChange, call } from '../../api.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { Modal } from '../../components/modal.tsx';
import { useDialogAction } from '../../components/use-dialog-action.ts';
import { mergeTargets } from './tree-moves.ts';

export interface MergeDialogProps {
  node: NodeRecord;
  nodes: readonly NodeRecord[];
  onMerged(result: MergeResult): void;
  onClose(): void;
}

// Asks which node to merge into, then merges.
export function MergeDialog({ node, nodes, onMerged, onClose }: MergeDialogProps) {
  const targets = mergeTargets(nodes, node.id);
  const [into, setInto] = useState<number | null>(null);
  const { busy, error, run, showError } = useDialogAction(onClose);
  async function merge() {
    if (into === null) return showError('Choose the node to merge into.');
    await run(async () => {
      const result = await call('nodes.merge', { fromId: node.id, intoId: into });
      announceChange('nodes.merge');
      onMerged(result);
    });
  }
  return (
    <Modal title={`Merge “${node.name}”`} onClose={onClose}>
      <p>
        Its {node.codingCount} references move to the chosen node (a passage coded at both is kept once); its child nodes and memos move too, and “{node.name}” is removed. Undo (Ctrl+Z) puts everything back.
      </p>
      <label className="field">
        <span className="field-label">Merge into</span>
        <select value={into ?? ''} onChange={(e) => setInto(e.target.value === '' ? null : Number(e.target.value))} autoFocus>
          <option value="">Choose a node…</option>
          {targets.map((t) => (
            <option key={t.id} value={t.id}>
              {t.path}
            </option>
          ))}
        </select>
      </label>
      <ErrorMessage error={error} />
      <div className="dialog-buttons">
        <button type="button" onClick={onClose} disabled={busy}>
          Cancel
        </button>
        <button type="button" className="primary" onClick={() => void merge()} disabled={busy || into === null}>
          {busy ? 'Merging…' : 'Merge'}
        </button>
      </div>
    </Modal>
  );
}
