// The context menu of a node in the codebook tree: open it, show its references in the node
// view, rename, re-colour, a new child node, a memo, delete (asking first). Each runs what
// the Codebook screen already does (nodes.update, the New node and Delete dialogs).
import { useState } from 'react';
import type { ReactNode } from 'react';
import type { NodeRecord } from '../../../shared/model/entities.ts';
import { announceChange, call } from '../../api.ts';
import type { ContextMenuItem } from '../../components/context-menu.tsx';
import { useContextMenu } from '../../hooks/use-context-menu.tsx';
import type { ContextMenuHandle } from '../../hooks/use-context-menu.tsx';
import { TextPromptDialog } from '../../components/text-prompt-dialog.tsx';
import { MemoDialog } from '../memos/memo-dialog.tsx';
import { NodeColourDialog } from './node-colour-dialog.tsx';

// A dialog the node menu opened (the others, New node and Delete, are the screen's own).
export type NodeMenuDialog = { kind: 'rename' | 'colour' | 'memo'; node: NodeRecord } | null;

export interface NodeMenuActions {
  readOnly: boolean;
  // the label of open (the Codebook screen selects the node; elsewhere it opens the codebook)
  openLabel?: string;
  open(node: NodeRecord): void;
  showInNodeView(node: NodeRecord): void;
  dialog(dialog: NodeMenuDialog): void;
  newChild(node: NodeRecord): void;
  remove(node: NodeRecord): void;
}

// The actions on one node (a read-only project: open, node view and its memos).
export function nodeMenuItems(node: NodeRecord, actions: NodeMenuActions): ContextMenuItem[] {
  const { readOnly } = actions;
  return [
    { label: actions.openLabel ?? 'Open', onSelect: () => actions.open(node) },
    { label: 'Show in node view', onSelect: () => actions.showInNodeView(node) },
    { label: 'Rename…', disabled: readOnly, onSelect: () => actions.dialog({ kind: 'rename', node }) },
    { label: 'Colour…', disabled: readOnly, onSelect: () => actions.dialog({ kind: 'colour', node }) },
    { label: 'New child node…', disabled: readOnly, onSelect: () => actions.newChild(node) },
    { label: 'Memo…', onSelect: () => actions.dialog({ kind: 'memo', node }) },
    { label: 'Delete…', disabled: readOnly, onSelect: () => actions.remove(node) },
  ];
}

// The dialog the node menu opened, if any.
export function NodeMenuDialogs({ dialog, readOnly, onClose }: { dialog: NodeMenuDialog; readOnly: boolean; onClose(): void }) {
  if (!dialog) return null;
  const { node } = dialog;
  if (dialog.kind === 'memo') return <MemoDialog targetKind="node" targetId={node.id} subject={node.name} readOnly={readOnly} onClose={onClose} />;
  if (dialog.kind === 'colour') return <NodeColourDialog node={node} onClose={onClose} />;
  return (
    <TextPromptDialog
      title={`Rename “${node.name}”`}
      label="Node name"
      submitLabel="Rename"
      initialValue={node.name}
      onSubmit={async (name) => {
        await call('nodes.update', { id: node.id, name });
        announceChange('nodes.update');
      }}
      onClose={onClose}
    />
  );
}

export interface NodeMenu {
  // props for a node's row
  menuProps(node: NodeRecord): ReturnType<ContextMenuHandle['triggerProps']>;
  // the menu and the dialog it opened, to render
  elements: ReactNode;
}

// The node menu of the codebook tree; first offers the items before() gives for the node (none by default).
export function useNodeMenu(actions: Omit<NodeMenuActions, 'dialog'>, before?: (node: NodeRecord) => ContextMenuItem[]): NodeMenu {
  const [dialog, setDialog] = useState<NodeMenuDialog>(null);
  const contextMenu = useContextMenu();
  return {
    menuProps: (node) => contextMenu.triggerProps(`Node ${node.name}`, () => [...(before?.(node) ?? []), ...nodeMenuItems(node, { ...actions, dialog: setDialog })]),
    elements: (
      <>
        {contextMenu.menu}
        <NodeMenuDialogs dialog={dialog} readOnly={actions.readOnly} onClose={() => setDialog(null)} />
      </>
    ),
  };
}
