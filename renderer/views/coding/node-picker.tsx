// The type-to-find node picker: opened from the keyboard (C) to code the selection or a
// turn. Typing filters the codebook by name and path; Up/Down choose, Enter codes,
// and a name that matches nothing can become a new node.
import { useId, useMemo, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { NodeRecord } from '../../../shared/model/entities.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { Modal } from '../../components/modal.tsx';
import type { ApiCallError } from '../../api-call-error.ts';
import { toApiCallError } from '../../api-call-error.ts';
import { rankNodes } from './rank-nodes.ts';

export interface NodePickerProps {
  title: string;
  nodes: readonly NodeRecord[];
  recent: readonly number[];
  // what is being coded, shown under the title
  passage: string;
  allowCreate: boolean;
  // one more choice at the end of the list (e.g. "every node")
  extra?: { label: string; onChoose(): Promise<void> } | null;
  onChoose(nodeId: number): Promise<void>;
  onCreate(name: string): Promise<void>;
  onClose(): void;
}

// A modal list of nodes filtered as the user types.
export function NodePicker({ title, nodes, recent, passage, allowCreate, extra, onChoose, onCreate, onClose }: NodePickerProps) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiCallError | null>(null);
  const listId = useId();
  const matches = useMemo(() => rankNodes(nodes, query, recent).slice(0, 50), [nodes, query, recent]);
  const trimmed = query.trim();
  const canCreate = allowCreate && trimmed !== '' && !nodes.some((n) => n.name.toLowerCase() === trimmed.toLowerCase() && n.parentId === null);
  const options = matches.length + (canCreate ? 1 : 0) + (extra ? 1 : 0);

  async function run(action: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await action();
      onClose();
    } catch (e) {
      setError(toApiCallError(e));
      setBusy(false);
    }
  }

  function choose(i: number) {
    const node = matches[i];
    if (node) void run(() => onChoose(node.id));
    else if (canCreate && i === matches.length) void run(() => onCreate(trimmed));
    else if (extra) void run(() => extra.onChoose());
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'ArrowDown') setActive((a) => Math.min(options - 1, a + 1));
    else if (e.key === 'ArrowUp') setActive((a) => Math.max(0, a - 1));
    else if (e.key === 'Enter') choose(active);
    else return;
    e.preventDefault();
  }

  const optionId = (i: number) => `${listId}-${i}`;
  return (
    <Modal title={title} onClose={onClose}>
      <p className="coding-picker-passage muted">“{passage.length > 140 ? `${passage.slice(0, 140)}…` : passage}”</p>
      <input
        type="text"
        className="coding-picker-input"
        role="combobox"
        aria-label="Find a node"
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={options > 0 ? optionId(active) : undefined}
        placeholder="Type part of a node's name…"
        value={query}
        autoFocus
        spellCheck={false}
        disabled={busy}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label="Nodes" className="coding-picker-list">
        {matches.map((node, i) => (
          <li
            key={node.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'coding-picker-option coding-picker-active' : 'coding-picker-option'}
            onMouseEnter={() => setActive(i)}
            onClick={() => choose(i)}
          >
            <span className="swatch" style={{ backgroundColor: node.color }} aria-hidden="true" />
            {node.path}
          </li>
        ))}
        {canCreate ? (
          <li id={optionId(matches.length)} role="option" aria-selected={active === matches.length} className={active === matches.length ? 'coding-picker-option coding-picker-active' : 'coding-picker-option'} onClick={() => choose(matches.length)}>
            + New node “{trimmed}”
          </li>
        ) : null}
        {extra ? (
          <li id={optionId(options - 1)} role="option" aria-selected={active === options - 1} className={active === options - 1 ? 'coding-picker-option coding-picker-active' : 'coding-picker-option'} onClick={() => choose(options - 1)}>
            {extra.label}
          </li>
        ) : null}
        {options === 0 ? <li className="muted">No node matches “{trimmed}”.</li> : null}
      </ul>
      <ErrorMessage error={error} />
      <div className="dialog-buttons">
        <button type="button" onClick={onClose} disabled={busy}>
          Cancel
        </button>
      </div>
    </Modal>
  );
}
