// The sources table: sortable headers, one selected row, arrow-key navigation.
import { useRef } from 'react';
import type { KeyboardEvent, MouseEvent } from 'react';
import type { SourceSummary } from '../../../shared/model/entities.ts';
import { formatDate, formatNumber } from '../../format.ts';
import { SOURCE_COLUMNS } from './sort-sources.ts';
import type { SortState, SourceColumn } from './sort-sources.ts';

export interface SourcesTableProps {
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
function SortHeader({ sort, onSort }: { sort: SortState; onSort(column: SourceColumn): void }) {
  return (
    <thead>
      <tr>
        {SOURCE_COLUMNS.map((c) => {
          const active = sort.column === c.column;
          return (
            <th key={c.column} scope="col" className={c.numeric ? 'num' : undefined} aria-sort={active ? sort.direction : undefined}>
              <button type="button" className="sort-button" onClick={() => onSort(c.column)}>
                {c.label}
                <span className="sort-indicator" aria-hidden="true">
                  {active ? (sort.direction === 'ascending' ? '▲' : '▼') : ''}
                </span>
              </button>
            </th>
          );
        })}
      </tr>
    </thead>
  );
}

// Renders the sources; Up/Down/Home/End/PageUp/PageDown move the selection, Enter opens.
export function SourcesTable({ sources, sort, onSort, selectedId, onSelect, onOpen, menuProps }: SourcesTableProps) {
  const rows = useRef(new Map<number, HTMLTableRowElement>());
  const selectedIndex = sources.findIndex((s) => s.id === selectedId);
  const focusIndex = selectedIndex >= 0 ? selectedIndex : 0;

  function moveTo(index: number) {
    const target = sources[Math.max(0, Math.min(sources.length - 1, index))];
    if (!target) return;
    onSelect(target);
    rows.current.get(target.id)?.focus();
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
    <div className="table-scroll">
      <table className="data-table sources-table" aria-label="Sources" aria-rowcount={sources.length + 1}>
        <SortHeader sort={sort} onSort={onSort} />
        <tbody onKeyDown={onKeyDown}>
          {sources.map((s, i) => (
            <tr
              key={s.id}
              ref={(el) => {
                if (el) rows.current.set(s.id, el);
                else rows.current.delete(s.id);
              }}
              tabIndex={i === focusIndex ? 0 : -1}
              aria-selected={s.id === selectedId}
              className={s.id === selectedId ? 'selected' : undefined}
              onClick={() => onSelect(s)}
              onDoubleClick={() => onOpen(s)}
              {...menuProps?.(s)}
              onFocus={(e) => {
                if (e.target === e.currentTarget && s.id !== selectedId) onSelect(s);
              }}
            >
              <th scope="row" className="source-name">
                {s.name}
              </th>
              <td>{s.kind}</td>
              <td>{s.caseNames.join(', ')}</td>
              <td className="num">{s.round ?? ''}</td>
              <td>{s.mode ?? ''}</td>
              <td>{formatDate(s.interviewDate)}</td>
              <td className="num">{formatNumber(s.words)}</td>
              <td className="num">{formatNumber(s.codingCount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
