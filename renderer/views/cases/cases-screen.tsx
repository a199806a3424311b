// Cases: the project's participants in an editable grid - label, real name, role (the
// study's roles or a custom one), job title, organisation, project, lead or partner,
// provider type, region and any other attribute - with add, delete and attributes
// imported from CSV or Excel.
import { useCallback, useMemo, useState } from 'react';
import type { CaseRecord } from '../../../shared/model/entities.ts';
import { announceChange, call } from '../../api.ts';
import { toApiCallError } from '../../api-call-error.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { formatCount } from '../../format.ts';
import { useKeptApiQuery } from '../../hooks/use-kept-api-query.ts';
import type { ScreenProps } from '../frame/screen-props.ts';
import { CHANGES_THAT_KEEP_CASES } from './case-changes.ts';
import { caseColumns, saveCall } from './case-columns.ts';
import type { CaseColumn } from './case-columns.ts';
import { CaseGrid } from './case-grid.tsx';
import { CasesDialogs } from './cases-dialogs.tsx';
import { useCaseMenu } from './case-menu.tsx';
import type { CasesDialog } from './cases-dialogs.tsx';
import './cases.css';

// Labels in the order people expect ("P2" before "P10").
const labelOrder = new Intl.Collator(undefined, { numeric: true });

function matches(record: CaseRecord, filter: string): boolean {
  const f = filter.trim().toLowerCase();
  if (!f) return true;
  return [record.label, record.realName, record.role, record.jobTitle, record.organisation ?? '', record.project ?? '', record.region ?? '', ...Object.values(record.attributes)].some((v) => v.toLowerCase().includes(f));
}

// Lists cases.list in a grid whose cells save as they are edited (each edit one undo step).
export function CasesScreen({ project, notify }: ScreenProps) {
  // kept between visits until the project changes
  const cases = useKeptApiQuery('cases.list', {}, { unaffectedBy: CHANGES_THAT_KEEP_CASES });
  const options = useKeptApiQuery('caseGrid.options', {}, { unaffectedBy: CHANGES_THAT_KEEP_CASES });
  const [extra, setExtra] = useState<string[]>([]);
  const [filter, setFilter] = useState('');
  const [dialog, setDialog] = useState<CasesDialog>(null);
  const readOnly = project.readOnly;
  const list = useMemo(() => [...(cases.data ?? [])].sort((a, b) => labelOrder.compare(a.label, b.label)), [cases.data]);
  const shown = useMemo(() => list.filter((c) => matches(c, filter)), [list, filter]);
  const columns = useMemo(() => caseColumns(list, extra, options.data?.attributes ?? []), [list, extra, options.data]);
  const onDelete = useCallback((record: CaseRecord) => setDialog({ kind: 'delete', record }), []);
  const caseMenu = useCaseMenu(readOnly, onDelete);
  const tell = useCallback((text: string, kind: 'info' | 'error' = 'info') => notify({ kind, text }), [notify]);

  // the same function on every render, so the grid's rows redraw only when their own case changes
  const save = useCallback(async (record: CaseRecord, column: CaseColumn, value: string): Promise<boolean> => {
    const planned = saveCall(record, column, value);
    if ('problem' in planned) {
      tell(planned.problem, 'error');
      return false;
    }
    try {
      if (planned.method === 'cases.update') await call('cases.update', planned.input);
      else await call('caseGrid.update', planned.input);
      announceChange('case edited');
      return true;
    } catch (e) {
      tell(toApiCallError(e).message, 'error');
      return false;
    }
  }, [tell]);

  return (
    <section className="screen" aria-labelledby="screen-heading">
      <div className="screen-header">
        <h1 id="screen-heading">Cases</h1>
        {cases.data ? <span className="muted">{formatCount(list.length, 'case')}</span> : null}
        <div className="screen-tools">
          <input type="search" className="filter" aria-label="Filter cases" placeholder="Filter by name, role, organisation…" value={filter} onChange={(e) => setFilter(e.target.value)} />
          <button type="button" disabled={readOnly} onClick={() => setDialog({ kind: 'attribute' })}>
            Add attribute…
          </button>
          <button type="button" disabled={readOnly} onClick={() => setDialog({ kind: 'table' })}>
            Import attributes…
          </button>
          <button type="button" className="primary" disabled={readOnly} onClick={() => setDialog({ kind: 'add' })}>
            Add case…
          </button>
        </div>
      </div>
      <ErrorMessage error={cases.error} />
      {cases.loading && !cases.data ? <p className="muted">Loading…</p> : null}
      {cases.data && list.length === 0 ? (
        <div className="empty-state">
          <p>This project has no cases yet.</p>
          <p className="muted">Cases describe participants by role, organisation and project. Speakers become cases when transcripts are imported; or add them here, or import a table of them.</p>
        </div>
      ) : null}
      {list.length > 0 && shown.length === 0 ? <p className="empty-state">No cases match “{filter}”.</p> : null}
      {shown.length > 0 ? <CaseGrid projectGuid={project.guid} cases={shown} columns={columns} options={options.data} readOnly={readOnly} onSave={save} onDelete={onDelete} menu={caseMenu.rows} /> : null}
      {caseMenu.elements}
      <CasesDialogs
        dialog={dialog}
        columns={columns}
        onClose={() => setDialog(null)}
        onAttribute={(name) => setExtra((e) => [...e, name])}
        onTableApplied={() => {
          cases.reload();
          options.reload();
        }}
        tell={tell}
      />
    </section>
  );
}
