// Saved queries: run one again (it opens in its tab with its settings), export its
// results, or delete it.
import { useState } from 'react';
import type { QueryDefinition, SavedQuery } from '../../../shared/model/queries.ts';
import { announceChange, call } from '../../api.ts';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { ErrorMessage } from '../../components/error-message.tsx';
import { formatDateTime } from '../../format.ts';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import { QueryActions } from './query-actions.tsx';
import type { QueryTabProps } from './tab-props.ts';

const KIND_LABEL: Record<SavedQuery['kind'], string> = { node: 'Node view', search: 'Text search', matrix: 'Matrix', cooccurrence: 'Co-occurrence', words: 'Word use' };

// The Saved queries tab.
export function SavedTab({ project, notify, onOpen }: QueryTabProps & { onOpen(definition: QueryDefinition): void }) {
  const saved = useApiQuery('savedQueries.list', {});
  const [deleting, setDeleting] = useState<SavedQuery | null>(null);
  const list = saved.data ?? [];
  return (
    <div className="queries-tab">
      <ErrorMessage error={saved.error} />
      {saved.data && list.length === 0 ? <p className="empty-state">No saved queries yet. Run a query and choose Save query… to keep it here.</p> : null}
      {list.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table" aria-label="Saved queries">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Kind</th>
                <th scope="col">Saved</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {list.map((q) => (
                <tr key={q.id}>
                  <th scope="row">{q.name}</th>
                  <td>{KIND_LABEL[q.kind]}</td>
                  <td>{formatDateTime(q.updatedAt)}</td>
                  <td className="queries-saved-actions">
                    <button type="button" className="primary" onClick={() => onOpen(q.definition)} aria-label={`Run ${q.name}`}>
                      Run
                    </button>
                    <QueryActions definition={q.definition} readOnly notify={notify} />
                    <button type="button" disabled={project.readOnly} onClick={() => setDeleting(q)} aria-label={`Delete ${q.name}`}>
                      Delete…
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {deleting ? (
        <ConfirmDialog
          title="Delete saved query"
          message={`Delete the saved query "${deleting.name}"? Its results are not kept anyway; Ctrl+Z brings it back.`}
          confirmLabel="Delete"
          onConfirm={async () => {
            await call('savedQueries.delete', { id: deleting.id });
            announceChange('saved-query');
          }}
          onClose={() => setDeleting(null)}
        />
      ) : null}
    </div>
  );
}
