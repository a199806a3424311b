// Framework matrices: cases (rows) x nodes (columns), the researcher's summary in each
// cell linked to the references it summarises.
import { useEffect, useState } from 'react';
import type { FrameworkCell, FrameworkMatrix } from '../../../shared/model/queries.ts';
import { announceChange, call } from '../../api.ts';
import type { ApiCallError } from '../../api-call-error.ts';
import { toApiCallError } from '../../api-call-error.ts';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { ErrorMessage } from '../../components/error-message.tsx';
import { useApiEvent } from '../../hooks/use-api-event.ts';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import { FrameworkCellEditor } from './framework-cell-editor.tsx';
import { FrameworkDialog } from './framework-dialog.tsx';
import { QueryActions } from './query-actions.tsx';
import { useStickyState } from './sticky-state.ts';
import type { QueryTabProps } from './tab-props.ts';

// Loads one framework matrix (none while no id) and again whenever the project changes.
function useFramework(id: number | null): { data: FrameworkMatrix | null; error: ApiCallError | null } {
  const [data, setData] = useState<FrameworkMatrix | null>(null);
  const [error, setError] = useState<ApiCallError | null>(null);
  const [tick, setTick] = useState(0);
  useApiEvent((event) => {
    if (event.type === 'project-changed') setTick((t) => t + 1);
  });
  useEffect(() => {
    if (id === null) return;
    let live = true;
    call('framework.get', { id }).then(
      (m) => {
        if (!live) return;
        setData(m);
        setError(null);
      },
      (e: unknown) => live && setError(toApiCallError(e)),
    );
    return () => {
      live = false;
    };
  }, [id, tick]);
  return { data, error };
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 90 ? `${flat.slice(0, 88)}…` : flat;
}

// "case × node" of a cell, for its editor's heading.
function cellTitle(matrix: FrameworkMatrix, cell: FrameworkCell): string {
  return `${matrix.cases.find((k) => k.id === cell.caseId)?.label ?? ''} × ${matrix.nodes.find((n) => n.id === cell.nodeId)?.path ?? ''}`;
}

// The list of the project's framework matrices.
function FrameworkChooser({ frameworks, id, onChoose }: { frameworks: readonly { id: number; name: string }[]; id: number | null; onChoose(id: number): void }) {
  return (
    <label className="queries-field">
      <span className="field-label">Framework matrix</span>
      <select value={id === null ? '' : String(id)} onChange={(e) => onChoose(Number(e.target.value))} disabled={frameworks.length === 0}>
        {frameworks.length === 0 ? <option value="">(none yet)</option> : null}
        {frameworks.map((f) => (
          <option key={f.id} value={f.id}>
            {f.name}
          </option>
        ))}
      </select>
    </label>
  );
}

interface FrameworkTableProps {
  matrix: FrameworkMatrix;
  // the cells by "caseId:nodeId"
  cells: ReadonlyMap<string, FrameworkCell>;
  chosen: string | null;
  onChoose(key: string): void;
}

// Cases by nodes, each cell showing the start of its summary and its references.
function FrameworkTable({ matrix, cells, chosen, onChoose }: FrameworkTableProps) {
  return (
    <div className="table-scroll queries-matrix-scroll">
      <table className="data-table queries-framework" aria-label="Framework matrix">
        <thead>
          <tr>
            <th scope="col">Case</th>
            {matrix.nodes.map((n) => (
              <th key={n.id} scope="col">
                {n.path}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.cases.map((k) => (
            <tr key={k.id}>
              <th scope="row">{k.label}</th>
              {matrix.nodes.map((n) => {
                const key = `${k.id}:${n.id}`;
                const c = cells.get(key);
                return (
                  <td key={n.id}>
                    <button type="button" className="queries-framework-button" aria-pressed={chosen === key} onClick={() => onChoose(key)}>
                      <span className="queries-framework-summary">{c?.summary ? excerpt(c.summary) : <span className="muted">no summary</span>}</span>
                      <span className="muted">
                        {c?.referenceCount ?? 0} refs{c && c.codingIds.length > 0 ? ` · ${c.codingIds.length} linked` : ''}
                      </span>
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

// The Framework tab.
export function FrameworkTab({ project, notify, nodes, facets, keyPrefix, coderId }: QueryTabProps) {
  const list = useApiQuery('framework.list', {});
  const [chosen, setChosen] = useStickyState<number | null>(`${keyPrefix}framework.id`, null);
  const [cellKey, setCellKey] = useStickyState<string | null>(`${keyPrefix}framework.cell`, null);
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const frameworks = list.data ?? [];
  const id = chosen !== null && frameworks.some((f) => f.id === chosen) ? chosen : (frameworks[0]?.id ?? null);
  const fw = useFramework(id);
  const matrix = id !== null && fw.data?.id === id ? fw.data : null;
  const cells = new Map((matrix?.cells ?? []).map((c) => [`${c.caseId}:${c.nodeId}`, c]));
  const cell = cellKey ? cells.get(cellKey) : undefined;

  return (
    <div className="queries-tab">
      <div className="queries-form">
        <FrameworkChooser
          frameworks={frameworks}
          id={id}
          onChoose={(next) => {
            setChosen(next);
            setCellKey(null);
          }}
        />
        <button type="button" className="primary" disabled={project.readOnly} onClick={() => setCreating(true)}>
          New framework matrix…
        </button>
        <button type="button" disabled={project.readOnly || id === null} onClick={() => setDeleting(true)}>
          Delete…
        </button>
      </div>
      <ErrorMessage error={list.error ?? fw.error} />
      {frameworks.length === 0 && list.data ? (
        <p className="empty-state">A framework matrix sets cases against nodes; in each cell you write a summary of what that person said there, linked to the passages it rests on.</p>
      ) : null}
      {matrix ? (
        <>
          <QueryActions definition={null} frameworkId={matrix.id} readOnly={project.readOnly} notify={notify} />
          <FrameworkTable matrix={matrix} cells={cells} chosen={cellKey} onChoose={setCellKey} />
          {cell ? <FrameworkCellEditor frameworkId={matrix.id} cell={cell} title={cellTitle(matrix, cell)} nodes={nodes} readOnly={project.readOnly} notify={notify} coderId={coderId} /> : null}
        </>
      ) : null}
      {creating ? (
        <FrameworkDialog
          nodes={nodes}
          facets={facets}
          onCreate={async (input) => {
            const made = await call('framework.create', input);
            setChosen(made.id);
            setCellKey(null);
            notify({ kind: 'info', text: `Created the framework matrix "${made.name}".` });
            announceChange('framework');
          }}
          onClose={() => setCreating(false)}
        />
      ) : null}
      {deleting && matrix ? (
        <ConfirmDialog
          title="Delete framework matrix"
          message={`Delete "${matrix.name}" and its summaries? The references stay coded; Ctrl+Z brings the matrix back.`}
          confirmLabel="Delete"
          onConfirm={async () => {
            await call('framework.delete', { id: matrix.id });
            setChosen(null);
            setCellKey(null);
            announceChange('framework');
          }}
          onClose={() => setDeleting(false)}
        />
      ) : null}
    </div>
  );
}
