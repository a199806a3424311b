// The widths of a table's columns, remembered per project on this computer (not in the
// project file) as the pane widths are; only widths changed from the usual are kept, and
// storage that refuses keeps them for the page only.
import { useCallback, useState } from 'react';

export interface ColumnWidth {
  key: string;
  usual: number;
}

export const COLUMN_MIN_WIDTH = 48;
export const COLUMN_MAX_WIDTH = 960;

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

export interface ColumnWidths {
  widthOf(column: ColumnWidth): number;
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
  return { widthOf, setWidth };
}
