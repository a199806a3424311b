// Turns a search's whole result set into codings at a node, in one undoable step.
import { useState } from 'react';
import type { NodeRecord } from '../../../shared/model/entities.ts';
import type { SpreadTo } from '../../../shared/model/queries.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { Modal } from '../../components/modal.tsx';
import { useDialogAction } from '../../components/use-dialog-action.ts';
import { formatCount } from '../../format.ts';
import { NodeSelect } from './node-select.tsx';

export interface CodeResultsDialogProps {
  nodes: readonly NodeRecord[];
  segments: number;
  onCode(nodeId: number, spread: SpreadTo): Promise<void>;
  onClose(): void;
}

const SPREADS: { value: SpreadTo; label: string }[] = [
  { value: 'hit', label: 'Only the words found' },
  { value: 'sentence', label: 'The sentence around each' },
  { value: 'segment', label: 'The whole turn or paragraph' },
];

// Asks for the node and how much text around each hit to code.
export function CodeResultsDialog({ nodes, segments, onCode, onClose }: CodeResultsDialogProps) {
  const [nodeId, setNodeId] = useState<number | null>(null);
  const [spread, setSpread] = useState<SpreadTo>('hit');
  const { busy, error, run } = useDialogAction(onClose);
  async function submit() {
    if (nodeId === null) return;
    await run(() => onCode(nodeId, spread));
  }
  return (
    <Modal title="Code search results" onClose={onClose}>
      <p>
        Code every result ({formatCount(segments, 'matching segment')}) at a node, in one step. Passages the node already codes are skipped; Ctrl+Z removes them all
        again.
      </p>
      <NodeSelect label="Code at" nodes={nodes} value={nodeId} onChange={setNodeId} />
      <fieldset className="queries-radios">
        <legend>What to code</legend>
        {SPREADS.map((s) => (
          <label key={s.value} className="queries-check">
            <input type="radio" name="spread" value={s.value} checked={spread === s.value} onChange={() => setSpread(s.value)} />
            {s.label}
          </label>
        ))}
      </fieldset>
      <ErrorMessage error={error} />
      <div className="dialog-buttons">
        <button type="button" onClick={onClose} disabled={busy}>
          Cancel
        </button>
        <button type="button" className="primary" onClick={() => void submit()} disabled={busy || nodeId === null}>
          {busy ? 'Working…' : 'Code results'}
        </button>
      </div>
    </Modal>
  );
}
