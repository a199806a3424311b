// The codebook as an editable tree: select a node, drag it before, after or into
// another (or onto the empty space below the tree for the top level), see each node's
// colour, components and counts of references and sources.
import { useState } from 'react';
import type { DragEvent, KeyboardEvent, MouseEvent } from 'react';
import type { NodeRecord } from '../../../shared/model/entities.ts';
import { COMPONENT_LABELS } from '../../../shared/model/activity-components.ts';
import { buildNodeTree } from './node-tree.ts';
import type { NodeTreeItem } from './node-tree.ts';
import { dropZone, planDrop } from './tree-moves.ts';
import type { DropZone, MovePlan } from './tree-moves.ts';

const NODE_MIME = 'application/x-activity-lens-node';

export interface NodeTreeEditorProps {
  nodes: readonly NodeRecord[];
  selectedId: number | null;
  readOnly: boolean;
  onSelect(id: number): void;
  onMove(id: number, plan: MovePlan): void;
  // the context menu of a node's row (right-click, Shift+F10)
  menuProps?(node: NodeRecord): { onContextMenu(e: MouseEvent): void; onKeyDown(e: KeyboardEvent): void };
}

interface Hover {
  id: number | null;
  zone: DropZone;
}

// A node's row in the tree: its colour, name, components and counts; a click selects it.
function NodeRowButton({ node, selected, onSelect }: { node: NodeRecord; selected: boolean; onSelect(): void }) {
  return (
    <button type="button" className="codebook-row-button" onClick={onSelect} aria-current={selected ? 'true' : undefined} title={node.description || node.path}>
      <span className="swatch" style={{ backgroundColor: node.color }} aria-hidden="true" />
      <span className="codebook-row-name">{node.name}</span>
      {node.components.length > 0 ? (
        <span className="codebook-components" aria-label={`Components: ${node.components.map((c) => COMPONENT_LABELS[c]).join(', ')}`}>
          {node.components.map((c) => (
            <span key={c} className="codebook-component">
              {COMPONENT_LABELS[c]}
            </span>
          ))}
        </span>
      ) : null}
      <span className="codebook-count" title="References (codings) at this node">
        {node.codingCount}
      </span>
      <span className="codebook-count" title="Sources coded at this node">
        {node.sourceCount}
      </span>
    </button>
  );
}

// The tree with drag-and-drop moves.
export function NodeTreeEditor({ nodes, selectedId, readOnly, onSelect, onMove, menuProps }: NodeTreeEditorProps) {
  const [dragged, setDragged] = useState<number | null>(null);
  const [hover, setHover] = useState<Hover | null>(null);
  const tree = buildNodeTree(nodes);

  function over(e: DragEvent<HTMLElement>, target: number | null) {
    if (dragged === null) return;
    const box = e.currentTarget.getBoundingClientRect();
    const zone = target === null ? 'inside' : dropZone(e.clientY - box.top, box.height);
    if (!planDrop(nodes, dragged, target, zone)) return;
    e.preventDefault();
    e.stopPropagation();
    e.dataTransfer.dropEffect = 'move';
    if (hover?.id !== target || hover.zone !== zone) setHover({ id: target, zone });
  }

  function drop(e: DragEvent<HTMLElement>, target: number | null) {
    const id = dragged ?? Number(e.dataTransfer.getData(NODE_MIME));
    const box = e.currentTarget.getBoundingClientRect();
    const zone = target === null ? 'inside' : dropZone(e.clientY - box.top, box.height);
    setHover(null);
    setDragged(null);
    const plan = Number.isInteger(id) && id > 0 ? planDrop(nodes, id, target, zone) : null;
    if (!plan) return;
    e.preventDefault();
    e.stopPropagation();
    onMove(id, plan);
  }

  function renderItems(items: NodeTreeItem[], depth: number) {
    return items.map(({ node, children }) => {
      const zone = hover?.id === node.id ? hover.zone : null;
      return (
        <li key={node.id} role="treeitem" aria-selected={node.id === selectedId} aria-expanded={children.length > 0 ? true : undefined} aria-level={depth + 1}>
          <div
            className={['codebook-row', node.id === selectedId ? 'codebook-row-selected' : '', zone ? `codebook-drop-${zone}` : ''].filter(Boolean).join(' ')}
            style={{ paddingLeft: `${0.4 + depth * 1.1}rem` }}
            draggable={!readOnly}
            onDragStart={(e) => {
              e.dataTransfer.setData(NODE_MIME, String(node.id));
              e.dataTransfer.effectAllowed = 'move';
              setDragged(node.id);
            }}
            onDragEnd={() => {
              setDragged(null);
              setHover(null);
            }}
            onDragOver={(e) => over(e, node.id)}
            onDragLeave={() => setHover((h) => (h?.id === node.id ? null : h))}
            onDrop={(e) => drop(e, node.id)}
            {...menuProps?.(node)}
          >
            {readOnly ? null : (
              <span className="codebook-handle" title="Drag to move" aria-hidden="true">
                ⠿
              </span>
            )}
            <NodeRowButton node={node} selected={node.id === selectedId} onSelect={() => onSelect(node.id)} />
          </div>
          {children.length > 0 ? (
            <ul role="group" className="codebook-tree-children">
              {renderItems(children, depth + 1)}
            </ul>
          ) : null}
        </li>
      );
    });
  }

  return (
    <div className="codebook-tree-wrap" onDragOver={(e) => over(e, null)} onDrop={(e) => drop(e, null)}>
      <div className="codebook-tree-head" aria-hidden="true">
        <span>Node</span>
        <span className="codebook-count">Refs</span>
        <span className="codebook-count">Sources</span>
      </div>
      <ul role="tree" aria-label="Codebook" className="codebook-tree">
        {renderItems(tree, 0)}
      </ul>
      {readOnly ? null : <p className="muted codebook-tree-hint">Drag a node onto another to put it inside, or onto its top or bottom edge to place it before or after. Drop below the tree for the top level.</p>}
    </div>
  );
}
