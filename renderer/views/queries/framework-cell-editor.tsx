// One framework cell: the researcher's summary, and the references it is linked to
// (ticked in the case's references at the node). Saving is one undoable action.
import { useEffect, useState } from 'react';
import type { NodeRecord } from '../../../shared/model/entities.ts';
import type { FrameworkCell, ReferenceList } from '../../../shared/model/queries.ts';
import { announceChange, call } from '../../api.ts';
import type { ApiCallError } from '../../api-call-error.ts';
import { toApiCallError } from '../../api-call-error.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { useResetOnChange } from '../../hooks/use-reset-on-change.ts';
import type { Notice } from '../frame/notice-bar.tsx';
import { ReferenceListView } from './reference-list.tsx';

export interface FrameworkCellEditorProps {
  frameworkId: number;
  cell: FrameworkCell;
  title: string;
  nodes: readonly NodeRecord[];
  readOnly: boolean;
  notify(notice: Notice): void;
  coderId: number | null;
}

// Edits a cell's summary and links; shows the case's references at the node.
export function FrameworkCellEditor({ frameworkId, cell, title, nodes, readOnly, notify, coderId }: FrameworkCellEditorProps) {
  const [summary, setSummary] = useState(cell.summary);
  const [linked, setLinked] = useState<Set<number>>(new Set(cell.codingIds));
  const [refs, setRefs] = useState<ReferenceList | null>(null);
  const [error, setError] = useState<ApiCallError | null>(null);
  const [busy, setBusy] = useState(false);
  // the cell as stored, when another cell is chosen or it was saved
  useResetOnChange(`${cell.caseId}:${cell.nodeId}:${cell.updatedAt}`, () => {
    setSummary(cell.summary);
    setLinked(new Set(cell.codingIds));
  });
  useEffect(() => {
    let live = true;
    call('framework.cellReferences', { frameworkId, caseId: cell.caseId, nodeId: cell.nodeId, limit: 1000 }).then(
      (r) => live && setRefs(r),
      (e: unknown) => live && setError(toApiCallError(e)),
    );
    return () => {
      live = false;
    };
  }, [frameworkId, cell.caseId, cell.nodeId, cell.referenceCount]);
  const dirty = summary !== cell.summary || linked.size !== cell.codingIds.length || cell.codingIds.some((id) => !linked.has(id));

  async function save() {
    setBusy(true);
    setError(null);
    try {
      await call('framework.saveCell', { frameworkId, caseId: cell.caseId, nodeId: cell.nodeId, summary, codingIds: [...linked] });
      notify({ kind: 'info', text: 'Saved the summary. Ctrl+Z undoes it.' });
      announceChange('framework-cell');
    } catch (e) {
      setError(toApiCallError(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="queries-framework-cell" aria-label="Framework cell">
      <h2 className="queries-result-title">{title}</h2>
      <label className="queries-field">
        <span className="field-label">Summary</span>
        <textarea rows={5} value={summary} readOnly={readOnly} onChange={(e) => setSummary(e.target.value)} />
      </label>
      {cell.missingLinks > 0 ? <p className="muted">{cell.missingLinks} linked references no longer exist (they were uncoded); saving drops them.</p> : null}
      <ErrorMessage error={error} />
      <div className="queries-actions">
        <button type="button" className="primary" disabled={readOnly || busy || !dirty} onClick={() => void save()}>
          {busy ? 'Saving…' : 'Save summary'}
        </button>
        <span className="muted">{linked.size} linked references</span>
      </div>
      {refs ? (
        <ReferenceListView
          label="References in this cell"
          coderId={coderId}
          list={refs}
          nodes={nodes}
          readOnly={readOnly}
          notify={notify}
          checked={linked}
          checkLabel="Linked to the summary"
          onCheck={(id, on) =>
            setLinked((s) => {
              const next = new Set(s);
              if (on) next.add(id);
              else next.delete(id);
              return next;
            })
          }
        />
      ) : null}
    </section>
  );
}
