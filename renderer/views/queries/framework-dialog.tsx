// Creates a framework matrix: a name, the nodes for its columns, and which cases are rows.
import { useState } from 'react';
import type { NodeRecord } from '../../../shared/model/entities.ts';
import type { QueryFacets } from '../../../shared/model/queries.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { Modal } from '../../components/modal.tsx';
import { useDialogAction } from '../../components/use-dialog-action.ts';

export interface NewFrameworkInput {
  name: string;
  nodeIds: number[];
  caseIds: number[];
  includeDescendants: boolean;
}

export interface FrameworkDialogProps {
  nodes: readonly NodeRecord[];
  facets: QueryFacets | undefined;
  onCreate(input: NewFrameworkInput): Promise<void>;
  onClose(): void;
}

// The "New framework matrix" dialog.
export function FrameworkDialog({ nodes, facets, onCreate, onClose }: FrameworkDialogProps) {
  const [name, setName] = useState('');
  const [nodeIds, setNodeIds] = useState<number[]>(() => nodes.filter((n) => n.parentId === null && n.question !== null).map((n) => n.id));
  const [caseIds, setCaseIds] = useState<number[]>([]);
  const [descendants, setDescendants] = useState(true);
  const [problem, setProblem] = useState<string | null>(null);
  const { busy, error, run } = useDialogAction(onClose);
  async function submit() {
    if (name.trim() === '') return setProblem('Give the framework matrix a name.');
    if (nodeIds.length === 0) return setProblem('Choose at least one node for the columns.');
    setProblem(null);
    await run(() => onCreate({ name: name.trim(), nodeIds, caseIds, includeDescendants: descendants }));
  }
  return (
    <Modal title="New framework matrix" onClose={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <label className="field">
          <span className="field-label">Name</span>
          <input type="text" value={name} onChange={(e) => setName(e.target.value)} autoFocus />
        </label>
        <label className="queries-field">
          <span className="field-label">Columns: nodes</span>
          <select multiple size={8} value={nodeIds.map(String)} onChange={(e) => setNodeIds([...e.target.selectedOptions].map((o) => Number(o.value)))}>
            {nodes.map((n) => (
              <option key={n.id} value={n.id}>
                {n.path}
              </option>
            ))}
          </select>
        </label>
        <label className="queries-check">
          <input type="checkbox" checked={descendants} onChange={(e) => setDescendants(e.target.checked)} />
          Each column takes in the nodes under it
        </label>
        <label className="queries-field">
          <span className="field-label">Rows: cases (none chosen = every case with references there)</span>
          <select multiple size={6} value={caseIds.map(String)} onChange={(e) => setCaseIds([...e.target.selectedOptions].map((o) => Number(o.value)))}>
            {(facets?.cases ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        {problem ? (
          <p className="field-error" role="alert">
            {problem}
          </p>
        ) : null}
        <ErrorMessage error={error} />
        <div className="dialog-buttons">
          <button type="button" onClick={onClose} disabled={busy}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Working…' : 'Create'}
          </button>
        </div>
      </form>
    </Modal>
  );
}
