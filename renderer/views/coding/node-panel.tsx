// The codes beside the transcript: the recently-used nodes (keys 1-9 code the selection
// there) and the whole codebook. Drop a selected passage on a node to code it there;
// click a node to highlight its codings in this source; "Code" codes the selection.
import { useState } from 'react';
import type { ReactNode } from 'react';
import type { NodeRecord } from '../../../shared/model/entities.ts';
import { readDraggedPassage, carriesPassage } from './passage-drag.ts';
import type { DraggedPassage } from './passage-drag.ts';
import type { NodeMenu } from '../codebook/node-menu.tsx';

export interface NodePanelProps {
  nodes: readonly NodeRecord[];
  // references of each node in this source
  countsHere: ReadonlyMap<number, number>;
  recent: readonly number[];
  hasSelection: boolean;
  readOnly: boolean;
  highlightNodeId: number | null;
  onHighlight(nodeId: number | null): void;
  onCode(nodeId: number): void;
  onDropPassage(nodeId: number, passage: DraggedPassage): void;
  // the context menu of a node's row (codes-panel-menu.tsx)
  menuProps?: NodeMenu['menuProps'];
}

function depthOf(node: NodeRecord, byId: ReadonlyMap<number, NodeRecord>): number {
  let depth = 0;
  let at = node.parentId === null ? undefined : byId.get(node.parentId);
  while (at && depth < 50) {
    depth++;
    at = at.parentId === null ? undefined : byId.get(at.parentId);
  }
  return depth;
}

interface RowProps {
  node: NodeRecord;
  label: string;
  depth: number;
  shortcut?: number;
  count: number;
  toggle?: ReactNode;
  props: NodePanelProps;
}

function NodeRow({ node, label, depth, shortcut, count, toggle, props }: RowProps) {
  const [over, setOver] = useState(false);
  const highlighted = props.highlightNodeId === node.id;
  return (
    <li
      className={['coding-node', highlighted ? 'coding-node-highlighted' : '', over ? 'coding-node-drop' : ''].filter(Boolean).join(' ')}
      style={{ paddingLeft: `${0.25 + depth * 0.9}rem` }}
      data-node-id={node.id}
      {...props.menuProps?.(node)}
      onDragOver={(e) => {
        if (props.readOnly || !carriesPassage(e.dataTransfer)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        setOver(false);
        const passage = readDraggedPassage(e.dataTransfer);
        if (!passage) return;
        e.preventDefault();
        props.onDropPassage(node.id, passage);
      }}
    >
      {toggle}
      <button
        type="button"
        className="coding-node-name"
        aria-pressed={highlighted}
        title={`${node.path}${node.description ? `\n${node.description}` : ''}\nClick to highlight its codings here${props.hasSelection ? '; double-click to code the selection' : ''}.`}
        onClick={() => props.onHighlight(highlighted ? null : node.id)}
        onDoubleClick={() => {
          if (props.hasSelection && !props.readOnly) props.onCode(node.id);
        }}
      >
        <span className="swatch" style={{ backgroundColor: node.color }} aria-hidden="true" />
        {shortcut !== undefined ? <kbd aria-hidden="true">{shortcut}</kbd> : null}
        <span className="coding-node-label">{label}</span>
        <span className="coding-node-count" title={`${count} references in this source`}>
          {count > 0 ? count : ''}
        </span>
      </button>
      {props.hasSelection && !props.readOnly ? (
        <button type="button" className="small coding-node-code" onClick={() => props.onCode(node.id)} aria-label={`Code the selection at ${node.path}`}>
          Code
        </button>
      ) : null}
    </li>
  );
}

// Lists the recent nodes and the codebook as drop targets and coding buttons.
export function NodePanel(props: NodePanelProps) {
  const { nodes, countsHere, recent } = props;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const [collapsed, setCollapsed] = useState<ReadonlySet<number>>(new Set());
  const recentNodes = recent.map((id) => byId.get(id)).filter((n): n is NodeRecord => n !== undefined);
  const hiddenUnder = (node: NodeRecord): boolean => {
    let at = node.parentId === null ? undefined : byId.get(node.parentId);
    while (at) {
      if (collapsed.has(at.id)) return true;
      at = at.parentId === null ? undefined : byId.get(at.parentId);
    }
    return false;
  };
  const hasChildren = new Set(nodes.map((n) => n.parentId).filter((p): p is number => p !== null));
  return (
    <div className="coding-node-panel">
      {recentNodes.length > 0 ? (
        <section aria-label="Recently used nodes">
          <h3 className="coding-panel-heading">Recently used</h3>
          <ul className="coding-node-list">
            {recentNodes.map((node, i) => (
              <NodeRow key={`r${node.id}`} node={node} label={node.path} depth={0} shortcut={i + 1} count={countsHere.get(node.id) ?? 0} props={props} />
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-label="Codebook nodes">
        <h3 className="coding-panel-heading">Codebook</h3>
        {nodes.length === 0 ? <p className="muted">No nodes yet. Code in vivo (V) or add nodes on the Codebook screen.</p> : null}
        <ul className="coding-node-list">
          {nodes.map((node) => {
            if (hiddenUnder(node)) return null;
            const toggle = hasChildren.has(node.id) ? (
              <button
                type="button"
                className="coding-node-toggle link-button"
                aria-label={collapsed.has(node.id) ? `Show nodes under ${node.name}` : `Hide nodes under ${node.name}`}
                aria-expanded={!collapsed.has(node.id)}
                onClick={() =>
                  setCollapsed((c) => {
                    const next = new Set(c);
                    if (next.has(node.id)) next.delete(node.id);
                    else next.add(node.id);
                    return next;
                  })
                }
              >
                {collapsed.has(node.id) ? '▸' : '▾'}
              </button>
            ) : (
              <span className="coding-node-toggle" aria-hidden="true" />
            );
            return <NodeRow key={node.id} node={node} label={node.name} depth={depthOf(node, byId)} count={countsHere.get(node.id) ?? 0} toggle={toggle} props={props} />;
          })}
        </ul>
      </section>
    </div>
  );
}
