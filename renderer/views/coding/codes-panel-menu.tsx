// The context menu of a node in the coding view's Codes panel (right-click, Shift+F10 or the
// ContextMenu key on its row): code the selected passage there, open it in the node view or
// the codebook, a new child node, rename, colour, a memo, delete (asking first). It is the
// Codebook screen's node menu with its dialogs; nothing is done twice.
import { useState } from 'react';
import type { ReactNode } from 'react';
import type { NodeRecord, ProjectInfo } from '../../../shared/model/entities.ts';
import type { ContextMenuItem } from '../../components/context-menu.tsx';
import { CodebookDialogs } from '../codebook/codebook-dialogs.tsx';
import type { CodebookDialog } from '../codebook/codebook-dialogs.tsx';
import { useNodeMenu } from '../codebook/node-menu.tsx';
import type { NodeMenu } from '../codebook/node-menu.tsx';
import { openInCodebook } from '../codebook/open-in-codebook.ts';
import type { Notice } from '../frame/notice-bar.tsx';
import { showInNodeView } from '../queries/show-in-node-view.ts';

export interface CodesPanelMenuDeps {
  project: ProjectInfo;
  nodes: readonly NodeRecord[];
  hasSelection: boolean;
  // codes the selected passage at a node
  onCode(nodeId: number): void;
  // a node was deleted: whatever it lit up goes off
  onDeleted(): void;
  notify(notice: Notice): void;
}

// "Code the selection here", offered while a passage is selected in a project that can change.
export function codeHereItems(node: NodeRecord, hasSelection: boolean, readOnly: boolean, onCode: (nodeId: number) => void): ContextMenuItem[] {
  return hasSelection && !readOnly ? [{ label: `Code the selection at ${node.name}`, onSelect: () => onCode(node.id) }] : [];
}

// The node menu of the Codes panel, and the dialogs it opens.
export function useCodesPanelMenu({ project, nodes, hasSelection, onCode, onDeleted, notify }: CodesPanelMenuDeps): NodeMenu {
  const [dialog, setDialog] = useState<CodebookDialog>(null);
  const readOnly = project.readOnly;
  const nodeMenu = useNodeMenu(
    {
      readOnly,
      openLabel: 'Open in the codebook',
      open: (n) => openInCodebook(n.id),
      showInNodeView: (n) => showInNodeView(project.path, n.id),
      newChild: (n) => setDialog({ kind: 'new', parent: n }),
      remove: (n) => setDialog({ kind: 'delete', node: n }),
    },
    (node) => codeHereItems(node, hasSelection, readOnly, onCode),
  );
  const elements: ReactNode = (
    <>
      {nodeMenu.elements}
      <CodebookDialogs
        dialog={dialog}
        nodes={nodes}
        onSelect={(nodeId) => {
          if (nodeId === null) onDeleted();
        }}
        notify={notify}
        onClose={() => setDialog(null)}
      />
    </>
  );
  return { menuProps: nodeMenu.menuProps, elements };
}
