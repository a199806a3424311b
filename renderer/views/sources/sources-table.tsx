// The sources table: sortable headers, one selected row, arrow-key navigation; only the
// rows in view are drawn (the selected one always), so a long list costs what a short one does.
import { memo, useCallback, useLayoutEffect, useRef } from 'react';
import type { KeyboardEvent, MouseEvent, Ref } from 'react';
import type { SourceSummary } from '../../../shared/model/entities.ts';
import { ColumnGroup, tableWidth } from '../../components/column-group.tsx';
import type { SizedColumn } from '../../components/column-group.tsx';
import { ColumnResizer } from '../../components/column-resizer.tsx';
import { WindowGapRow } from '../../components/window-gap-row.tsx';
import { formatDate, formatNumber } from '../../format.ts';
import { useColumnWidths } from '../../hooks/use-column-widths.ts';
import type { ColumnWidths } from '../../hooks/use-column-widths.ts';
import { useWindowedRows } from '../../hooks/use-windowed-rows.ts';
import { SOURCE_COLUMNS } from './sort-sources.ts';
import type { SortState, SourceColumn } from './sort-sources.ts';

export interface SourcesTableProps {
  // the open project, whose column widths are remembered
  projectGuid: string;
  sources: readonly SourceSummary[];
  sort: SortState;
  onSort(column: SourceColumn): void;
  selectedId: number | null;
  onSelect(source: SourceSummary): void;
  onOpen(source: SourceSummary): void;
  // the context menu of a source's row (right-click, Shift+F10)
  menuProps?(source: SourceSummary): { onContextMenu(e: MouseEvent): void; onKeyDown(e: KeyboardEvent): void };
}

const PAGE = 10;

// The usual width of each column, in CSS pixels.
const USUAL_WIDTH: Readonly<Record<SourceColumn, number>> = { name: 240, kind: 100, cases: 200, round: 72, mode: 96, interviewDate: 120, words: 80, codingCount: 84 };
// The narrowest each is drawn to fit the box: enough for the header.
const LEAST_WIDTH: Readonly<Record<SourceColumn, number>> = { name: 120, kind: 72, cases: 120, round: 68, mode: 72, interviewDate: 104, words: 72, codingCount: 84 };
const COLUMN_SPECS = SOURCE_COLUMNS.map((c) => ({ key: c.column, usual: USUAL_WIDTH[c.column], least: LEAST_WIDTH[c.column] }));

// The row a key moves the selection to (from `current`, -1 for none), or null for keys that do not move it.
function moveFor(key: string, current: number, count: number): number | null {
  switch (key) {
    case 'ArrowDown':
      return current + 1;
    case 'ArrowUp':
      return current < 0 ? 0 : current - 1;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    case 'PageDown':
      return current + PAGE;
    case 'PageUp':
      return current - PAGE;
    default:
      return null;
  }
}

// The column headers, each a button that sorts by it (again to reverse).
function SortHeader({ sort, onSort, headRef, widths, sized }: { sort: SortState; onSort(column: SourceColumn): void; headRef: Ref<HTMLTableSectionElement>; widths: ColumnWidths; sized: readonly SizedColumn[] }) {
  return (
    <thead ref={headRef}>
      <tr aria-rowindex={1}>
        {SOURCE_COLUMNS.map((c) => {
          const active = sort.column === c.column;
          return (
            <th key={c.column} scope="col" className={c.numeric ? 'num' : undefined} aria-sort={active ? sort.direction : undefined}>
              <button type="button" className="sort-button" title={c.label} onClick={() => onSort(c.column)}>
                {c.label}
                <span className="sort-indicator" aria-hidden="true">
                  {active ? (sort.direction === 'ascending' ? '▲' : '▼') : ''}
                </span>
              </button>
              <ColumnResizer column={c.label} width={sized.find((w) => w.key === c.column)?.width ?? USUAL_WIDTH[c.column]} onResize={(width) => widths.setWidth(c.column, width)} />
            </th>
          );
        })}
      </tr>
    </thead>
  );
}

interface SourceRowProps {
  source: SourceSummary;
  index: number;
  selected: boolean;
  tabbable: boolean;
  rowRef(el: HTMLTableRowElement | null): (() => void) | undefined;
  onSelect(source: SourceSummary): void;
  onOpen(source: SourceSummary): void;
  menuProps?: SourcesTableProps['menuProps'];
}

// One source's row (aria-rowindex counts the header row as 1).
const SourceRow = memo(function SourceRow({ source: s, index, selected, tabbable, rowRef, onSelect, onOpen, menuProps }: SourceRowProps) {
  const cases = s.caseNames.join(', ');
  return (
    <tr
      ref={rowRef}
      data-source-id={s.id}
      aria-rowindex={index + 2}
      tabIndex={tabbable ? 0 : -1}
      aria-selected={selected}
      className={selected ? 'selected' : undefined}
      onClick={() => onSelect(s)}
      onDoubleClick={() => onOpen(s)}
      onFocus={(e) => {
        if (e.target === e.currentTarget && !selected) onSelect(s);
      }}
      {...menuProps?.(s)}
    >
      <th scope="row" className="source-name" title={s.name}>
        {s.name}
      </th>
      <td className="source-kind" title={s.kind}>
        {s.kind}
      </td>
      <td className="source-cases" title={cases || undefined}>
        {cases}
      </td>
      <td className="num">{s.round ?? ''}</td>
      <td className="source-mode" title={s.mode ?? undefined}>
        {s.mode ?? ''}
      </td>
      <td>{formatDate(s.interviewDate)}</td>
      <td className="num">{formatNumber(s.words)}</td>
      <td className="num">{formatNumber(s.codingCount)}</td>
    </tr>
  );
});

// Renders the sources; Up/Down/Home/End/PageUp/PageDown move the selection, Enter opens.
export function SourcesTable({ projectGuid, sources, sort, onSort, selectedId, onSelect, onOpen, menuProps }: SourcesTableProps) {
  const rows = useRef(new Map<number, HTMLTableRowElement>());
  const widths = useColumnWidths(projectGuid, 'sources');
  // the source the keyboard moved to, focused once its row is drawn
  const focusNext = useRef<number | null>(null);
  const selectedIndex = sources.findIndex((s) => s.id === selectedId);
  // one callback for every row (so a drawn row is not drawn again as the list scrolls): rows by source id
  const rowRef = useCallback((el: HTMLTableRowElement | null) => {
    if (!el) return;
    const id = Number(el.dataset.sourceId);
    const known = rows.current;
    known.set(id, el);
    return () => {
      if (known.get(id) === el) known.delete(id);
    };
  }, []);
  const windowed = useWindowedRows(sources.length, selectedIndex >= 0 ? selectedIndex : null);
  const sized = widths.fit(COLUMN_SPECS, windowed.boxWidth);
  const drawn = windowed.pieces.find((p) => p.kind === 'rows');
  // the selected row takes the Tab stop; with none, the first row drawn
  const focusIndex = selectedIndex >= 0 ? selectedIndex : drawn?.kind === 'rows' ? drawn.from : 0;

  useLayoutEffect(() => {
    const id = focusNext.current;
    if (id === null) return;
    const row = rows.current.get(id);
    if (!row) return;
    focusNext.current = null;
    row.focus({ preventScroll: true });
  });

  function moveTo(index: number) {
    const at = Math.max(0, Math.min(sources.length - 1, index));
    const target = sources[at];
    if (!target) return;
    windowed.scrollToRow(at);
    focusNext.current = target.id;
    onSelect(target);
    const row = rows.current.get(target.id);
    if (row) {
      focusNext.current = null;
      row.focus({ preventScroll: true });
    }
  }

  function onKeyDown(e: KeyboardEvent<HTMLTableSectionElement>) {
    const move = moveFor(e.key, selectedIndex, sources.length);
    if (move !== null) moveTo(move);
    else if (e.key === 'Enter' || e.key === ' ') {
      const source = sources[selectedIndex];
      if (!source) return;
      if (e.key === 'Enter') onOpen(source);
      else onSelect(source);
    } else return;
    e.preventDefault();
  }

  return (
    <div className="table-scroll" ref={windowed.scrollRef}>
      <table className="data-table sources-table resizable-table" aria-label="Sources" aria-rowcount={sources.length + 1} style={{ width: tableWidth(sized) }}>
        <ColumnGroup columns={sized} />
        <SortHeader sort={sort} onSort={onSort} headRef={windowed.headRef} widths={widths} sized={sized} />
        <tbody onKeyDown={onKeyDown}>
          {windowed.pieces.map((piece) =>
            piece.kind === 'gap' ? (
              <WindowGapRow key={`gap-${piece.at}`} rows={piece.rows} rowHeight={windowed.rowHeight} columns={SOURCE_COLUMNS.length} />
            ) : (
              sources.slice(piece.from, piece.to + 1).map((s, k) => (
                <SourceRow
                  key={s.id}
                  source={s}
                  index={piece.from + k}
                  selected={s.id === selectedId}
                  tabbable={piece.from + k === focusIndex}
                  rowRef={rowRef}
                  onSelect={onSelect}
                  onOpen={onOpen}
                  menuProps={menuProps}
                />
              ))
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}
