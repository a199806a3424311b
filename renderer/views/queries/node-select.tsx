// A labelled drop-down of the codebook's nodes, shown by path.
import { useId } from 'react';
import type { NodeRecord } from '../../../shared/model/entities.ts';

export interface NodeSelectProps {
  label: string;
  nodes: readonly NodeRecord[];
  value: number | null;
  onChange(nodeId: number | null): void;
  // the text of the empty choice (none when omitted: a node must be chosen)
  emptyLabel?: string;
  disabled?: boolean;
}

// Shows every node in codebook order; the option text is the node's path.
export function NodeSelect({ label, nodes, value, onChange, emptyLabel, disabled }: NodeSelectProps) {
  const id = useId();
  return (
    <div className="queries-field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <select id={id} value={value === null ? '' : String(value)} disabled={disabled} onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}>
        {emptyLabel !== undefined || value === null ? <option value="">{emptyLabel ?? 'Choose a node…'}</option> : null}
        {nodes.map((n) => (
          <option key={n.id} value={n.id}>
            {n.path}
          </option>
        ))}
      </select>
    </div>
  );
}
