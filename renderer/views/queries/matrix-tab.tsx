// Matrix coding: rows are the six questions or chosen nodes, columns are cases or the
// values of an attribute (role, project, lead/partner, round, ...); cells count references,
// sources or words coded; a cell lists its references. Export to CSV and XLSX.
import type { ColumnField, MatrixDefinition, QueryFacets, QueryScope } from '../../../shared/model/queries.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { MatrixTable } from './matrix-table.tsx';
import type { MatrixMeasure } from './matrix-table.tsx';
import { NodeSetPicker } from './node-set-picker.tsx';
import { QueryActions } from './query-actions.tsx';
import { ReferenceListView } from './reference-list.tsx';
import { ScopeEditor } from './scope-editor.tsx';
import { useStickyState } from './sticky-state.ts';
import type { QueryTabProps } from './tab-props.ts';
import { useNodeSet } from './use-node-set.ts';
import { usePendingDefinition } from './use-pending-definition.ts';
import { useQueryRunner } from './use-query-runner.ts';

// What the columns are: cases, or a case or source attribute.
function ColumnsChoice({ columns, facets, onChange }: { columns: ColumnField; facets: QueryFacets | undefined; onChange(columns: ColumnField): void }) {
  return (
    <label className="queries-field">
      <span className="field-label">Columns</span>
      <select value={columns} onChange={(e) => onChange(e.target.value === 'case' ? 'case' : (facets?.fields.find((f) => f.field === e.target.value)?.field ?? columns))}>
        <option value="case">Cases</option>
        {(facets?.fields ?? []).map((f) => (
          <option key={f.field} value={f.field}>
            {f.label}
          </option>
        ))}
      </select>
    </label>
  );
}

// What each cell counts.
function MeasureChoice({ measure, onChange }: { measure: MatrixMeasure; onChange(measure: MatrixMeasure): void }) {
  return (
    <fieldset className="queries-radios">
      <legend>Cells count</legend>
      {(['references', 'sources', 'words'] as const).map((m) => (
        <label key={m} className="queries-check">
          <input type="radio" name="matrix-measure" checked={measure === m} onChange={() => onChange(m)} />
          {m === 'words' ? 'Words coded' : m === 'sources' ? 'Sources' : 'References'}
        </label>
      ))}
    </fieldset>
  );
}

// The Matrix tab.
export function MatrixTab({ project, notify, nodes, facets, keyPrefix, pending, onPendingTaken, coderId }: QueryTabProps) {
  const rowSet = useNodeSet({ kind: `${keyPrefix}matrix.rowKind`, nodes: `${keyPrefix}matrix.rowNodes`, descendants: `${keyPrefix}matrix.descendants` });
  const [columns, setColumns] = useStickyState<ColumnField>(`${keyPrefix}matrix.columns`, 'role');
  const [measure, setMeasure] = useStickyState<MatrixMeasure>(`${keyPrefix}matrix.measure`, 'references');
  const [scope, setScope] = useStickyState<QueryScope>(`${keyPrefix}matrix.scope`, {});
  const [cell, setCell] = useStickyState<{ row: string; column: string } | null>(`${keyPrefix}matrix.cell`, null);
  const runner = useQueryRunner(`${keyPrefix}matrix.result`, 'queries.matrix');
  const cellRunner = useQueryRunner(`${keyPrefix}matrix.cellResult`, 'queries.matrixCell');
  const current: MatrixDefinition = { rows: rowSet.value, columns, scope, words: measure === 'words' };
  const ran = runner.input;

  function run(def: MatrixDefinition) {
    setCell(null);
    cellRunner.clear();
    void runner.run(def);
  }

  usePendingDefinition('matrix', pending, onPendingTaken, (definition) => {
    rowSet.load(definition.rows);
    setColumns(definition.columns);
    setScope(definition.scope ?? {});
    if (definition.words) setMeasure('words');
    const { kind: _kind, ...def } = definition;
    run(def);
  });

  function openCell(row: string, column: string) {
    if (!ran) return;
    setCell({ row, column });
    void cellRunner.run({ ...ran, rowKey: row, columnKey: column, limit: 200 });
  }

  const result = runner.data;
  return (
    <div className="queries-tab">
      <form
        className="queries-form"
        onSubmit={(e) => {
          e.preventDefault();
          run(current);
        }}
      >
        <NodeSetPicker legend="Rows" name="matrix-rows" nodes={nodes} chosenLabel="Row nodes" descendantsLabel="Count the nodes under each row node" {...rowSet.picker} />
        <ColumnsChoice columns={columns} facets={facets} onChange={setColumns} />
        <MeasureChoice
          measure={measure}
          onChange={(m) => {
            setMeasure(m);
            if (m === 'words' && ran && !ran.words) run({ ...ran, words: true });
          }}
        />
        <button type="submit" className="primary" disabled={runner.loading || (rowSet.picker.kind === 'nodes' && rowSet.picker.chosen.length === 0)}>
          {runner.loading ? 'Working…' : 'Run matrix'}
        </button>
        <ScopeEditor facets={facets} scope={scope} onChange={setScope} showCoders />
      </form>
      <ErrorMessage error={runner.error} />
      {result && ran ? (
        <>
          <QueryActions definition={{ kind: 'matrix', ...ran }} measure={measure} readOnly={project.readOnly} notify={notify} suggestedName={`Matrix by ${result.columnLabel}`} />
          <MatrixTable result={result} measure={measure === 'words' && !result.words ? 'references' : measure} selected={cell} onSelect={openCell} />
          <p className="muted">Click a cell to see its references.</p>
        </>
      ) : null}
      <ErrorMessage error={cellRunner.error} />
      {cell && cellRunner.data ? (
        <>
          <h2 className="queries-result-title">
            {cellRunner.data.rowLabel} × {cellRunner.data.columnLabel}
          </h2>
          <ReferenceListView label="Cell references" coderId={coderId} list={cellRunner.data} nodes={nodes} readOnly={project.readOnly} notify={notify} onMore={() => cellRunner.input && void cellRunner.run({ ...cellRunner.input, limit: (cellRunner.input.limit ?? 200) + 500 })} />
        </>
      ) : null}
    </div>
  );
}
