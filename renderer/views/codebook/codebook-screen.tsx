// Codebook: the node tree (create, rename, re-colour, describe, link to components,
// drag to move, merge, delete with the count of codings it removes; every change
// undoable with Ctrl+Z), the discursive manifestations branch to add, and the objectives x
// questions alignment matrix with the columns of a thesis's alignment table.
import { useState } from 'react';
import { MANIFESTATIONS_BRANCH_NAME } from '../../../shared/model/discursive-manifestations.ts';
import { announceChange, call } from '../../api.ts';
import { toApiCallError } from '../../api-call-error.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { formatCount } from '../../format.ts';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import type { ScreenProps } from '../frame/screen-props.ts';
import { AlignmentMatrix } from './alignment-matrix.tsx';
import { CodebookDialogs } from './codebook-dialogs.tsx';
import type { CodebookDialog } from './codebook-dialogs.tsx';
import { NodeDetails } from './node-details.tsx';
import { NodeTreeEditor } from './node-tree-editor.tsx';
import { useNodeMenu } from './node-menu.tsx';
import { takeRequestedNode } from './open-in-codebook.ts';
import type { MovePlan } from './tree-moves.ts';
import { showInNodeView } from '../queries/show-in-node-view.ts';
import './codebook.css';

// Adds the discursive manifestations branch (offered while the codebook has none).
function AddManifestationsButton({ notify }: Pick<ScreenProps, 'notify'>) {
  return (
    <button
      type="button"
      title="Dilemma, conflict, critical conflict and double bind: how contradictions show in talk"
      onClick={() => {
        call('contradictions.addManifestationsBranch', {}).then(
          () => {
            announceChange('contradictions.addManifestationsBranch');
            notify({ kind: 'info', text: `Added the “${MANIFESTATIONS_BRANCH_NAME}” branch. Ctrl+Z undoes it.` });
          },
          (e: unknown) => notify({ kind: 'error', text: toApiCallError(e).message }),
        );
      }}
    >
      Add discursive manifestations
    </button>
  );
}

// Opens the dialog that merges one coder's overlapping or repeated codings of a passage.
function MergeDuplicatesButton({ onOpen }: { onOpen(): void }) {
  return (
    <button type="button" title="Join each coder’s overlapping or repeated codings of a passage at a node into one" onClick={onOpen}>
      Merge duplicate codings…
    </button>
  );
}

// Moves a node where it was dropped, and says where it went.
function moveNode(id: number, plan: MovePlan, notify: ScreenProps['notify']): void {
  call('nodes.move', { id, parentId: plan.parentId, beforeId: plan.beforeId }).then(
    (moved) => {
      announceChange('nodes.move');
      notify({ kind: 'info', text: `Moved to ${moved.path}. Ctrl+Z undoes it.` });
    },
    (e: unknown) => notify({ kind: 'error', text: toApiCallError(e).message }),
  );
}

// The Codebook screen.
export function CodebookScreen({ project, notify }: ScreenProps) {
  const nodes = useApiQuery('nodes.list', {});
  const [tab, setTab] = useState<'tree' | 'matrix'>('tree');
  const [selectedId, setSelectedId] = useState<number | null>(takeRequestedNode);
  const [dialog, setDialog] = useState<CodebookDialog>(null);
  const nodeMenu = useNodeMenu({ readOnly: project.readOnly, open: (n) => setSelectedId(n.id), showInNodeView: (n) => showInNodeView(project.path, n.id), newChild: (n) => setDialog({ kind: 'new', parent: n }), remove: (n) => setDialog({ kind: 'delete', node: n }) });

  const readOnly = project.readOnly;
  const list = nodes.data ?? [];
  const selected = list.find((n) => n.id === selectedId) ?? null;

  return (
    <section className="screen codebook-screen" aria-labelledby="screen-heading">
      <div className="screen-header">
        <h1 id="screen-heading">Codebook</h1>
        {nodes.data ? <span className="muted">{formatCount(list.length, 'node')}</span> : null}
        <div className="screen-tools">
          <div className="codebook-tabs" role="tablist" aria-label="Codebook views">
            <button type="button" role="tab" aria-selected={tab === 'tree'} onClick={() => setTab('tree')}>
              Nodes
            </button>
            <button type="button" role="tab" aria-selected={tab === 'matrix'} onClick={() => setTab('matrix')}>
              Alignment matrix
            </button>
          </div>
          {tab === 'tree' && !readOnly && nodes.data && !list.some((n) => n.parentId === null && n.name === MANIFESTATIONS_BRANCH_NAME) ? <AddManifestationsButton notify={notify} /> : null}
          {tab === 'tree' && !readOnly && list.length > 0 ? <MergeDuplicatesButton onOpen={() => setDialog({ kind: 'duplicates' })} /> : null}
          {tab === 'tree' && !readOnly ? (
            <button type="button" className="primary" onClick={() => setDialog({ kind: 'new', parent: null })}>
              New node…
            </button>
          ) : null}
        </div>
      </div>
      <ErrorMessage error={nodes.error} />
      {tab === 'matrix' ? (
        <AlignmentMatrix readOnly={readOnly} />
      ) : (
        <div className="codebook-body">
          <div className="codebook-tree-pane">
            {nodes.loading && !nodes.data ? <p className="muted">Loading…</p> : null}
            {nodes.data && list.length === 0 ? <p className="empty-state">This project has no codes yet. Add one with New node…</p> : null}
            {list.length > 0 ? (
              <NodeTreeEditor
                nodes={list}
                selectedId={selectedId}
                readOnly={readOnly}
                onSelect={setSelectedId}
                menuProps={nodeMenu.menuProps}
                onMove={(id, plan) => moveNode(id, plan, notify)}
              />
            ) : null}
          </div>
          <div className="codebook-details-pane">
            {selected ? (
              <NodeDetails
                key={selected.id}
                node={selected}
                nodes={list}
                readOnly={readOnly}
                onMerge={() => setDialog({ kind: 'merge', node: selected })}
                onDelete={() => setDialog({ kind: 'delete', node: selected })}
                onNewChild={() => setDialog({ kind: 'new', parent: selected })}
                onMoved={(text) => notify({ kind: 'info', text })}
              />
            ) : (
              <p className="muted">Select a node to edit it, see its memos, move, merge or delete it.</p>
            )}
          </div>
        </div>
      )}
      {nodeMenu.elements}
      <CodebookDialogs dialog={dialog} nodes={list} onSelect={setSelectedId} notify={notify} onClose={() => setDialog(null)} />
    </section>
  );
}
