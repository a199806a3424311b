// The widths of a table's columns, remembered per project on this computer (not in the
// project file) as the pane widths are; only widths changed from the usual are kept, and
// storage that refuses keeps them for the page only.
import { useCallback, useState } from 'react';
import type { SizedColumn } from '../components/column-group.tsx';

export interface ColumnWidth {
  key: string;
  usual: number;
  // the narrowest it is drawn to fit a box (FIT_LEAST of the usual width when not given)
  least?: number;
}

export const COLUMN_MIN_WIDTH = 48;
export const COLUMN_MAX_WIDTH = 960;
// columns at their usual width are narrowed to fit the box, down to this share of it
export const FIT_LEAST = 0.6;

type Widths = Readonly<Record<string, number>>;

const storageKey = (projectGuid: string, table: string) => `activity-lens:${projectGuid}:column-widths:${table}`;

// The remembered widths that are numbers within the limits.
function readWidths(projectGuid: string, table: string): Widths {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(storageKey(projectGuid, table)) ?? '{}');
    if (typeof parsed !== 'object' || parsed === null) return {};
    return Object.fromEntries(Object.entries(parsed).filter((e): e is [string, number] => typeof e[1] === 'number' && e[1] >= COLUMN_MIN_WIDTH && e[1] <= COLUMN_MAX_WIDTH));
  } catch {
    return {};
  }
}

// The widths to draw: widths the user set stay as they are; the other columns keep their
// usual widths, narrowed together towards their least widths so the table fits a box
// `available` pixels wide where it can (the box scrolls beyond that). A box not yet measured
// (0) narrows nothing.
export function fitColumns(columns: readonly ColumnWidth[], set: Widths, available: number): SizedColumn[] {
  const free = columns.filter((c) => set[c.key] === undefined);
  const least = (c: ColumnWidth) => Math.max(COLUMN_MIN_WIDTH, Math.min(c.usual, c.least ?? Math.round(c.usual * FIT_LEAST)));
  const room = available - columns.reduce((sum, c) => sum + (set[c.key] ?? 0), 0);
  const usualSum = free.reduce((sum, c) => sum + c.usual, 0);
  const leastSum = free.reduce((sum, c) => sum + least(c), 0);
  // how much of the way from the least widths to the usual ones there is room for
  const share = available <= 0 || room >= usualSum ? 1 : usualSum === leastSum ? 0 : Math.max(0, (room - leastSum) / (usualSum - leastSum));
  return columns.map((c) => ({ key: c.key, width: set[c.key] ?? Math.floor(least(c) + (c.usual - least(c)) * share) }));
}

export interface ColumnWidths {
  widthOf(column: ColumnWidth): number;
  // the widths to draw in a box `available` pixels wide (see fitColumns)
  fit(columns: readonly ColumnWidth[], available: number): SizedColumn[];
  // a width, or null for the usual one
  setWidth(key: string, width: number | null): void;
}

// The widths of the table's columns and a setter that remembers them.
export function useColumnWidths(projectGuid: string, table: string): ColumnWidths {
  const [widths, setWidths] = useState(() => readWidths(projectGuid, table));
  const setWidth = useCallback(
    (key: string, width: number | null) => {
      setWidths((current) => {
        const next: Record<string, number> = { ...current };
        if (width === null) delete next[key];
        else next[key] = width;
        try {
          window.localStorage.setItem(storageKey(projectGuid, table), JSON.stringify(next));
        } catch {
          // kept for this page only
        }
        return next;
      });
    },
    [projectGuid, table],
  );
  const widthOf = useCallback((column: ColumnWidth) => widths[column.key] ?? column.usual, [widths]);
  const fit = useCallback((columns: readonly ColumnWidth[], available: number) => fitColumns(columns, widths, available), [widths]);
  return { widthOf, fit, setWidth };
}
