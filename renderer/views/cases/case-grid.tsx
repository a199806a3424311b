// The Cases grid: one row per participant, one column per field and attribute, every
// cell editable in place; lists of the study's roles and of known organisations,
// projects, provider types and regions are offered while typing. Only the rows in view
// are drawn (and the row being edited, wherever it is scrolled to).
import { memo, useMemo, useState } from 'react';
import type { FocusEvent } from 'react';
import type { CaseRecord } from '../../../shared/model/entities.ts';
import type { CaseGridOptions } from '../../../shared/model/import.ts';
import { ColumnGroup, tableWidth } from '../../components/column-group.tsx';
import { ColumnResizer } from '../../components/column-resizer.tsx';
import { WindowGapRow } from '../../components/window-gap-row.tsx';
import { useColumnWidths } from '../../hooks/use-column-widths.ts';
import { useWindowedRows } from '../../hooks/use-windowed-rows.ts';
import { CaseCell } from './case-cell.tsx';
import type { CaseRowMenu } from './case-menu.tsx';
import { cellValue, suggestionsFor } from './case-columns.ts';
import type { CaseColumn } from './case-columns.ts';

export interface CaseGridProps {
  // the open project, whose column widths are remembered
  projectGuid: string;
  cases: readonly CaseRecord[];
  columns: readonly CaseColumn[];
  options: CaseGridOptions | undefined;
  readOnly: boolean;
  onSave(record: CaseRecord, column: CaseColumn, value: string): Promise<boolean>;
  onDelete(record: CaseRecord): void;
  // the context menu of a row
  menu?: CaseRowMenu;
}

interface CaseRowProps {
  record: CaseRecord;
  index: number;
  columns: readonly CaseColumn[];
  listed: ReadonlySet<string>;
  readOnly: boolean;
  onSave(record: CaseRecord, column: CaseColumn, value: string): Promise<boolean>;
  onDelete(record: CaseRecord): void;
  menu?: CaseRowMenu;
}

// One case's row of editable cells (aria-rowindex counts the header row as 1).
const CaseRow = memo(function CaseRow({ record, index, columns, listed, readOnly, onSave, onDelete, menu }: CaseRowProps) {
  return (
    <tr data-case-id={record.id} aria-rowindex={index + 2} {...menu?.menuProps(record)}>
      {columns.map((c) => (
        <td key={c.key}>
          <CaseCell column={c} rowLabel={record.label} value={cellValue(record, c)} listId={listed.has(c.key) ? `cases-list-${c.key}` : null} disabled={readOnly} onSave={(value) => onSave(record, c, value)} />
        </td>
      ))}
      <td className="cases-actions">
        <button type="button" className="small" disabled={readOnly} onClick={() => onDelete(record)} aria-label={`Delete ${record.label}`}>
          Delete
        </button>
        {menu ? (
          <button type="button" className="small" aria-haspopup="menu" aria-label={`More actions for ${record.label}`} title="More actions (or right-click the row)" onClick={(e) => menu.openBelow(e.currentTarget, record)}>
            ⋯
          </button>
        ) : null}
      </td>
    </tr>
  );
});

// The case whose row holds the focus (kept drawn while it is scrolled away, so an edit is not lost).
function useFocusedCase(): { focusedId: number | null; onFocus(e: FocusEvent<HTMLTableSectionElement>): void; onBlur(e: FocusEvent<HTMLTableSectionElement>): void } {
  const [focusedId, setFocusedId] = useState<number | null>(null);
  return {
    focusedId,
    onFocus: (e) => {
      const id = Number(e.target.closest('tr')?.dataset.caseId);
      if (Number.isInteger(id)) setFocusedId(id);
    },
    onBlur: (e) => {
      if (!(e.relatedTarget instanceof Node && e.currentTarget.contains(e.relatedTarget))) setFocusedId(null);
    },
  };
}

// The usual width of a field's or attribute's column, and of the actions column, in CSS pixels.
const USUAL_WIDTH = 168;
// the narrowest a column is drawn to fit the box (the grid scrolls sideways beyond that)
const LEAST_WIDTH = 120;
const ACTIONS_WIDTH = 128;

interface CaseGridHeadProps {
  headRef(el: HTMLTableSectionElement | null): void;
  columns: readonly CaseColumn[];
  sized: readonly { key: string; width: number }[];
  onResize(key: string, width: number | null): void;
}

// The grid's header row with a resizer on every column (not drawn again as the grid scrolls).
const CaseGridHead = memo(function CaseGridHead({ headRef, columns, sized, onResize }: CaseGridHeadProps) {
  return (
    <thead ref={headRef}>
      <tr aria-rowindex={1}>
        {columns.map((c, i) => (
          <th key={c.key} scope="col" title={c.kind === 'organisation' || c.kind === 'partner' ? `${c.label}: belongs to the organisation, so changing it changes it for every case of that organisation.` : c.label}>
            <span className="column-label">{c.label}</span>
            <ColumnResizer column={c.label} width={sized[i]?.width ?? USUAL_WIDTH} onResize={(width) => onResize(c.key, width)} />
          </th>
        ))}
        <th scope="col">
          <span className="visually-hidden">Actions</span>
        </th>
      </tr>
    </thead>
  );
});

// Renders the grid with its suggestion lists.
export function CaseGrid({ projectGuid, cases, columns, options, readOnly, onSave, onDelete, menu }: CaseGridProps) {
  const lists = useMemo(() => columns.filter((c) => suggestionsFor(c, options).length > 0), [columns, options]);
  const listed = useMemo(() => new Set(lists.map((c) => c.key)), [lists]);
  // drawn once per list of suggestions, not again as the grid scrolls
  const datalists = useMemo(
    () =>
      lists.map((c) => (
        <datalist key={c.key} id={`cases-list-${c.key}`}>
          {suggestionsFor(c, options).map((v) => (
            <option key={v} value={v} />
          ))}
        </datalist>
      )),
    [lists, options],
  );
  const focus = useFocusedCase();
  const focusedIndex = focus.focusedId === null ? -1 : cases.findIndex((c) => c.id === focus.focusedId);
  const windowed = useWindowedRows(cases.length, focusedIndex >= 0 ? focusedIndex : null);
  const { fit, setWidth } = useColumnWidths(projectGuid, 'cases');
  const sized = useMemo(() => [...fit(columns.map((c) => ({ key: c.key, usual: USUAL_WIDTH, least: LEAST_WIDTH })), windowed.boxWidth - ACTIONS_WIDTH), { key: 'row-actions', width: ACTIONS_WIDTH }], [columns, fit, windowed.boxWidth]);
  return (
    <div className="table-scroll" ref={windowed.scrollRef}>
      {datalists}
      <table className="data-table cases-grid resizable-table" aria-label="Cases" aria-rowcount={cases.length + 1} style={{ width: tableWidth(sized) }}>
        <ColumnGroup columns={sized} />
        <CaseGridHead headRef={windowed.headRef} columns={columns} sized={sized} onResize={setWidth} />
        <tbody onFocus={focus.onFocus} onBlur={focus.onBlur}>
          {windowed.pieces.map((piece) =>
            piece.kind === 'gap' ? (
              <WindowGapRow key={`gap-${piece.at}`} rows={piece.rows} rowHeight={windowed.rowHeight} columns={columns.length + 1} />
            ) : (
              cases.slice(piece.from, piece.to + 1).map((record, k) => <CaseRow key={record.id} record={record} index={piece.from + k} columns={columns} listed={listed} readOnly={readOnly} onSave={onSave} onDelete={onDelete} menu={menu} />)
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}
