// The type-to-find node picker: opened from the keyboard (C) to code the selection or a
// turn. Typing filters the codebook by name and path; Up/Down choose, Enter codes,
// and a name that matches nothing can become a new node.
import { useId, useMemo, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { NodeRecord } from '../../../shared/model/entities.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { Modal } from '../../components/modal.tsx';
import { useDialogAction } from '../../components/use-dialog-action.ts';
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

// The id of option i of a picker's list (for aria-activedescendant).
function optionId(listId: string, i: number): string {
  return `${listId}-${i}`;
}

interface NodeOptionsProps {
  listId: string;
  matches: readonly NodeRecord[];
  active: number;
  // the name a new node would get, or null when none can be made
  create: string | null;
  // the label of the extra choice at the end, or null
  extra: string | null;
  query: string;
  onActive(i: number): void;
  onChoose(i: number): void;
}

// The listbox of matching nodes, then "+ New node" and the extra choice.
function NodeOptions({ listId, matches, active, create, extra, query, onActive, onChoose }: NodeOptionsProps) {
  const options = matches.length + (create !== null ? 1 : 0) + (extra !== null ? 1 : 0);
  const className = (i: number) => (i === active ? 'coding-picker-option coding-picker-active' : 'coding-picker-option');
  return (
    <ul id={listId} role="listbox" aria-label="Nodes" className="coding-picker-list">
      {matches.map((node, i) => (
        <li key={node.id} id={optionId(listId, i)} role="option" aria-selected={i === active} className={className(i)} onMouseEnter={() => onActive(i)} onClick={() => onChoose(i)}>
          <span className="swatch" style={{ backgroundColor: node.color }} aria-hidden="true" />
          {node.path}
        </li>
      ))}
      {create !== null ? (
        <li id={optionId(listId, matches.length)} role="option" aria-selected={active === matches.length} className={className(matches.length)} onClick={() => onChoose(matches.length)}>
          + New node “{create}”
        </li>
      ) : null}
      {extra !== null ? (
        <li id={optionId(listId, options - 1)} role="option" aria-selected={active === options - 1} className={className(options - 1)} onClick={() => onChoose(options - 1)}>
          {extra}
        </li>
      ) : null}
      {options === 0 ? <li className="muted">No node matches “{query}”.</li> : null}
    </ul>
  );
}

// A modal list of nodes filtered as the user types.
export function NodePicker({ title, nodes, recent, passage, allowCreate, extra, onChoose, onCreate, onClose }: NodePickerProps) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const { busy, error, run } = useDialogAction(onClose);
  const listId = useId();
  const matches = useMemo(() => rankNodes(nodes, query, recent).slice(0, 50), [nodes, query, recent]);
  const trimmed = query.trim();
  const canCreate = allowCreate && trimmed !== '' && !nodes.some((n) => n.name.toLowerCase() === trimmed.toLowerCase() && n.parentId === null);
  const options = matches.length + (canCreate ? 1 : 0) + (extra ? 1 : 0);

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
        aria-activedescendant={options > 0 ? optionId(listId, active) : undefined}
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
      <NodeOptions listId={listId} matches={matches} active={active} create={canCreate ? trimmed : null} extra={extra?.label ?? null} query={trimmed} onActive={setActive} onChoose={choose} />
      <ErrorMessage error={error} />
      <div className="dialog-buttons">
        <button type="button" onClick={onClose} disabled={busy}>
          Cancel
        </button>
      </div>
    </Modal>
  );
}
