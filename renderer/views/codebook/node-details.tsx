// The selected node: rename, re-colour, describe, link to activity-system components,
// move (a keyboard alternative to dragging), merge, delete, and its memos.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { ACTIVITY_COMPONENTS, COMPONENT_LABELS } from '../../../shared/model/activity-components.ts';
import type { ActivityComponent } from '../../../shared/model/activity-components.ts';
import type { NodeRecord } from '../../../shared/model/entities.ts';
import { announceChange, call } from '../../api.ts';
import type { ApiCallError } from '../../api-call-error.ts';
import { toApiCallError } from '../../api-call-error.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { useResetOnChange } from '../../hooks/use-reset-on-change.ts';
import { MemoPanel } from '../memos/memo-panel.tsx';
import { openSource } from '../coding/open-source.ts';
import { descendantIds } from './tree-moves.ts';

export interface NodeDetailsProps {
  node: NodeRecord;
  nodes: readonly NodeRecord[];
  readOnly: boolean;
  onMerge(): void;
  onDelete(): void;
  onNewChild(): void;
  onMoved(text: string): void;
}

interface NodeActionsProps {
  node: NodeRecord;
  nodes: readonly NodeRecord[];
  onNewChild(): void;
  onMerge(): void;
  onDelete(): void;
  // moves the node under a parent, before a sibling (null: last); `what` tells the researcher what happened
  move(parentId: number | null, beforeId: number | null, what: string): void;
}

// New child, move up and down, another parent, merge and delete.
function NodeActions({ node, nodes, onNewChild, onMerge, onDelete, move }: NodeActionsProps) {
  const siblings = nodes.filter((n) => n.parentId === node.parentId).sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id);
  const at = siblings.findIndex((s) => s.id === node.id);
  const below = descendantIds(nodes, node.id);
  const parents = nodes.filter((n) => n.id !== node.id && !below.has(n.id));
  return (
    <div className="codebook-actions" role="group" aria-label="Node actions">
      <button type="button" className="small" onClick={onNewChild}>
        New child node…
      </button>
      <button type="button" className="small" disabled={at <= 0} onClick={() => move(node.parentId, siblings[at - 1]?.id ?? null, `Moved ${node.name} up.`)}>
        Move up
      </button>
      <button type="button" className="small" disabled={at < 0 || at >= siblings.length - 1} onClick={() => move(node.parentId, siblings[at + 2]?.id ?? null, `Moved ${node.name} down.`)}>
        Move down
      </button>
      <label className="codebook-parent">
        <span>Parent</span>
        <select
          value={node.parentId ?? ''}
          onChange={(e) => {
            const parentId = e.target.value === '' ? null : Number(e.target.value);
            const parent = parentId === null ? 'the top level' : (nodes.find((n) => n.id === parentId)?.path ?? 'the node');
            move(parentId, null, `Moved ${node.name} to ${parent}.`);
          }}
        >
          <option value="">(top level)</option>
          {parents.map((p) => (
            <option key={p.id} value={p.id}>
              {p.path}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="small" onClick={onMerge}>
        Merge into…
      </button>
      <button type="button" className="small codebook-danger" onClick={onDelete}>
        Delete…
      </button>
    </div>
  );
}

// The activity-system components a node is linked to, as checkboxes.
function ComponentChoices({ chosen, readOnly, onChange }: { chosen: readonly ActivityComponent[]; readOnly: boolean; onChange(update: (list: ActivityComponent[]) => ActivityComponent[]): void }) {
  return (
    <fieldset className="codebook-component-choices" disabled={readOnly}>
      <legend className="field-label">Activity-system components</legend>
      {ACTIVITY_COMPONENTS.map((c) => (
        <label key={c} className="radio">
          <input type="checkbox" checked={chosen.includes(c)} onChange={(e) => onChange((list) => (e.target.checked ? [...list, c] : list.filter((x) => x !== c)))} />
          {COMPONENT_LABELS[c]}
        </label>
      ))}
    </fieldset>
  );
}

// The form and actions of one node.
export function NodeDetails({ node, nodes, readOnly, onMerge, onDelete, onNewChild, onMoved }: NodeDetailsProps) {
  const [name, setName] = useState(node.name);
  const [color, setColor] = useState(node.color);
  const [description, setDescription] = useState(node.description);
  const [components, setComponents] = useState<ActivityComponent[]>(node.components);
  const [error, setError] = useState<ApiCallError | string | null>(null);
  const [busy, setBusy] = useState(false);

  // show the node as it is now (after an undo, a save, another node selected); only when what is stored changes, so unsaved typing survives other changes (a memo saved)
  useResetOnChange(JSON.stringify([node.id, node.name, node.color, node.description, node.components.join()]), () => {
    setName(node.name);
    setColor(node.color);
    setDescription(node.description);
    setComponents(node.components);
    setError(null);
  });

  const changed = name.trim() !== node.name || color !== node.color || description !== node.description || [...components].sort().join() !== [...node.components].sort().join();

  async function save(e: FormEvent) {
    e.preventDefault();
    if (name.trim() === '') return setError('A node needs a name.');
    setBusy(true);
    setError(null);
    try {
      await call('nodes.update', { id: node.id, name: name.trim(), color, description, components });
      announceChange('nodes.update');
    } catch (err) {
      setError(toApiCallError(err));
    } finally {
      setBusy(false);
    }
  }

  async function move(parentId: number | null, beforeId: number | null, what: string) {
    try {
      await call('nodes.move', { id: node.id, parentId, beforeId });
      announceChange('nodes.move');
      onMoved(what);
    } catch (err) {
      setError(toApiCallError(err));
    }
  }

  return (
    <div className="codebook-details" aria-label={`Node ${node.name}`} role="region">
      <h2 className="codebook-details-title">{node.path}</h2>
      <p className="muted">
        {node.codingCount} references in {node.sourceCount} sources{node.question ? ` · question ${node.question}` : ''}
      </p>
      <form onSubmit={(e) => void save(e)} aria-label="Edit node">
        <div className="field-row">
          <label className="field codebook-name-field">
            <span className="field-label">Name</span>
            <input type="text" value={name} readOnly={readOnly} onChange={(e) => setName(e.target.value)} />
          </label>
          <label className="field">
            <span className="field-label">Colour</span>
            <input type="color" value={color} disabled={readOnly} onChange={(e) => setColor(e.target.value)} />
          </label>
        </div>
        <label className="field">
          <span className="field-label">Description</span>
          <textarea rows={3} value={description} readOnly={readOnly} onChange={(e) => setDescription(e.target.value)} />
        </label>
        <ComponentChoices chosen={components} readOnly={readOnly} onChange={setComponents} />
        <ErrorMessage error={error} />
        {readOnly ? null : (
          <div className="dialog-buttons">
            <button type="submit" className="primary" disabled={!changed || busy}>
              {busy ? 'Saving…' : 'Save changes'}
            </button>
          </div>
        )}
      </form>
      {readOnly ? null : <NodeActions node={node} nodes={nodes} onNewChild={onNewChild} onMerge={onMerge} onDelete={onDelete} move={(parentId, beforeId, what) => void move(parentId, beforeId, what)} />}
      <h3 className="codebook-memo-heading">Memos</h3>
      <MemoPanel targetKind="node" targetId={node.id} subject={node.name} readOnly={readOnly} onOpenPassage={(p) => openSource(p.sourceId, p)} />
    </div>
  );
}
