// Merging duplicate codings: what joining each coder's overlapping or touching codings of a
// passage at a node would do (by node, with a few of the passages), then the merge as one
// undo step. Other coders' codings of the same passage are never joined.
import type { DuplicateMergeResult, DuplicatePreview } from '../../../shared/model/duplicate-codings.ts';
import { announceChange, call } from '../../api.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { Modal } from '../../components/modal.tsx';
import { useDialogAction } from '../../components/use-dialog-action.ts';
import { formatCount, formatNumber } from '../../format.ts';
import { useApiQuery } from '../../hooks/use-api-query.ts';

export interface DuplicateMergeDialogProps {
  onMerged(result: DuplicateMergeResult): void;
  onClose(): void;
}

// The counts by node and the example passages of a preview that found duplicates.
function DuplicatePreviewView({ preview }: { preview: DuplicatePreview }) {
  return (
    <>
      <p>
        {formatCount(preview.groups, 'passage')} {preview.groups === 1 ? 'is' : 'are'} coded more than once by the same coder at the same node. Merging joins each into one coding over the whole passage, keeping the
        earliest; memos, diagram evidence and framework links on the others move to it. {formatCount(preview.folded, 'coding')} {preview.folded === 1 ? 'goes' : 'go'}: the project has {formatNumber(preview.codingsBefore)}{' '}
        codings now and will have {formatNumber(preview.codingsAfter)}. Other coders’ codings of the same text are not touched. Ctrl+Z undoes it.
      </p>
      <div className="table-scroll duplicates-scroll" tabIndex={0} aria-label="Duplicate codings by node, scrollable">
        <table className="data-table duplicates-table" aria-label="Duplicate codings by node">
          <thead>
            <tr>
              <th scope="col">Node</th>
              <th scope="col" className="num">
                Passages
              </th>
              <th scope="col" className="num">
                Codings folded
              </th>
            </tr>
          </thead>
          <tbody>
            {preview.nodes.map((n) => (
              <tr key={n.nodeId}>
                <td>{n.nodePath}</td>
                <td className="num">{n.groups}</td>
                <td className="num">{n.folded}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3 className="duplicates-examples-title">For example</h3>
      <ul className="duplicates-examples" aria-label="Example passages" tabIndex={0}>
        {preview.examples.map((e) => (
          <li key={`${e.sourceId}:${e.start}:${e.nodePath}:${e.coder ?? ''}`}>
            <span className="muted">
              {e.sourceName} · {e.nodePath} · {e.coder ?? 'no coder'} · {e.codings} codings
            </span>
            <q>{e.text}</q>
          </li>
        ))}
      </ul>
    </>
  );
}

// Looks for duplicate codings when opened, shows what merging would do, then merges.
export function DuplicateMergeDialog({ onMerged, onClose }: DuplicateMergeDialogProps) {
  const preview = useApiQuery('codings.previewDuplicateMerge', {});
  const { busy, error, run } = useDialogAction(onClose);
  const found = preview.data;
  async function merge() {
    await run(async () => {
      const result = await call('codings.mergeDuplicates', {});
      announceChange('codings.mergeDuplicates');
      onMerged(result);
    });
  }
  return (
    <Modal title="Merge duplicate codings" onClose={onClose} wide>
      {!found && !preview.error ? <p className="muted">Looking for duplicate codings…</p> : null}
      {found && found.groups === 0 ? <p>No duplicate codings: no coder has coded the same, overlapping or touching text of a source at one node more than once.</p> : null}
      {found && found.groups > 0 ? <DuplicatePreviewView preview={found} /> : null}
      <ErrorMessage error={error ?? preview.error} />
      <div className="dialog-buttons">
        <button type="button" onClick={onClose} disabled={busy} autoFocus={!found || found.groups === 0}>
          {found && found.groups === 0 ? 'Close' : 'Cancel'}
        </button>
        {found && found.groups > 0 ? (
          <button type="button" className="primary" onClick={() => void merge()} disabled={busy} autoFocus>
            {busy ? 'Merging…' : `Merge ${formatCount(found.folded, 'duplicate coding')}`}
          </button>
        ) : null}
      </div>
    </Modal>
  );
}
