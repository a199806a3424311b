// The Codebook screen's dialogs: a new node (at the top or under one), merging a node
// into another, deleting a node with the count of codings that go with it, merging
// duplicate codings.
import type { NodeRecord } from '../../../shared/model/entities.ts';
import { announceChange, call } from '../../api.ts';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { TextPromptDialog } from '../../components/text-prompt-dialog.tsx';
import { formatCount } from '../../format.ts';
import type { Notice } from '../frame/notice-bar.tsx';
import { DuplicateMergeDialog } from './duplicate-merge-dialog.tsx';
import { MergeDialog } from './merge-dialog.tsx';
import { codingsRemovedByDelete } from './tree-moves.ts';

export type CodebookDialog = { kind: 'new'; parent: NodeRecord | null } | { kind: 'merge'; node: NodeRecord } | { kind: 'delete'; node: NodeRecord } | { kind: 'duplicates' } | null;

export interface CodebookDialogsProps {
  dialog: CodebookDialog;
  nodes: readonly NodeRecord[];
  // selects a node (null: none) after it was made, merged into or deleted
  onSelect(nodeId: number | null): void;
  notify(notice: Notice): void;
  onClose(): void;
}

// The open dialog of the Codebook screen, if any.
export function CodebookDialogs({ dialog, nodes, onSelect, notify, onClose }: CodebookDialogsProps) {
  if (dialog?.kind === 'new') {
    const { parent } = dialog;
    return (
      <TextPromptDialog
        title={parent ? `New node under ${parent.name}` : 'New node'}
        label="Node name"
        submitLabel="Create node"
        onSubmit={async (name) => {
          const created = await call('nodes.create', { name, parentId: parent?.id ?? null, ...(parent ? { color: parent.color } : {}) });
          announceChange('nodes.create');
          onSelect(created.id);
        }}
        onClose={onClose}
      />
    );
  }
  if (dialog?.kind === 'merge') {
    return (
      <MergeDialog
        node={dialog.node}
        nodes={nodes}
        onMerged={(result) => {
          onSelect(result.into.id);
          notify({
            kind: 'info',
            text: `Merged into ${result.into.path}: ${formatCount(result.movedCodings, 'reference')} moved${result.collapsedDuplicates ? `, ${result.collapsedDuplicates} duplicates collapsed` : ''}. Ctrl+Z undoes it.`,
          });
        }}
        onClose={onClose}
      />
    );
  }
  if (dialog?.kind === 'duplicates') {
    return (
      <DuplicateMergeDialog
        onMerged={(result) => notify({ kind: 'info', text: `Merged the duplicate codings of ${formatCount(result.groups, 'passage')}: ${formatCount(result.folded, 'coding')} folded into the one kept for each. Ctrl+Z undoes it.` })}
        onClose={onClose}
      />
    );
  }
  if (dialog?.kind === 'delete') {
    const { node } = dialog;
    const removal = codingsRemovedByDelete(nodes, node.id);
    return (
      <ConfirmDialog
        title={`Delete “${node.name}”?`}
        message={`This deletes ${removal.nodes === 1 ? 'the node' : `the node and ${removal.nodes - 1} nodes under it`} and removes ${formatCount(removal.codings, 'coding')} (with their memos). Ctrl+Z brings everything back.`}
        confirmLabel={`Delete and remove ${formatCount(removal.codings, 'coding')}`}
        onConfirm={async () => {
          const result = await call('nodes.delete', { id: node.id });
          announceChange('nodes.delete');
          onSelect(null);
          notify({ kind: 'info', text: `Deleted ${node.name}; ${formatCount(result.removedCodings, 'coding')} removed. Ctrl+Z undoes it.` });
        }}
        onClose={onClose}
      />
    );
  }
  return null;
}
