// Sorting and filtering of the sources table (pure functions).
import type { SourceSummary } from '../../../shared/model/entities.ts';

export type SourceColumn = 'name' | 'kind' | 'cases' | 'round' | 'mode' | 'interviewDate' | 'words' | 'codingCount';

export interface SortState {
  column: SourceColumn;
  direction: 'ascending' | 'descending';
}

export interface ColumnDef {
  column: SourceColumn;
  label: string;
  numeric: boolean;
}

export const SOURCE_COLUMNS: readonly ColumnDef[] = [
  { column: 'name', label: 'Name', numeric: false },
  { column: 'kind', label: 'Kind', numeric: false },
  { column: 'cases', label: 'Cases', numeric: false },
  { column: 'round', label: 'Round', numeric: true },
  { column: 'mode', label: 'Mode', numeric: false },
  { column: 'interviewDate', label: 'Interview date', numeric: false },
  { column: 'words', label: 'Words', numeric: true },
  { column: 'codingCount', label: 'Codings', numeric: true },
];

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

function valueOf(s: SourceSummary, column: SourceColumn): string | number | null {
  switch (column) {
    case 'name':
      return s.name;
    case 'kind':
      return s.kind;
    case 'cases':
      return s.caseNames.length ? s.caseNames.join(', ') : null;
    case 'round':
      return s.round;
    case 'mode':
      return s.mode;
    case 'interviewDate':
      return s.interviewDate;
    case 'words':
      return s.words;
    case 'codingCount':
      return s.codingCount;
  }
}

function compareValues(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

// Sorts sources by one column; empty values go last in either direction, ties by name.
export function sortSources(sources: readonly SourceSummary[], sort: SortState): SourceSummary[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...sources].sort((x, y) => {
    const a = valueOf(x, sort.column);
    const b = valueOf(y, sort.column);
    if (a === null || b === null) {
      if (a !== b) return a === null ? 1 : -1;
    } else {
      const c = compareValues(a, b);
      if (c !== 0) return sign * c;
    }
    return collator.compare(x.name, y.name) || x.id - y.id;
  });
}

// Keeps the sources whose name, kind, mode, round, date or cases contain every word of the
// query; a number must match a whole number ("2" finds round 2, not 2024).
export function filterSources(sources: readonly SourceSummary[], query: string): SourceSummary[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...sources];
  return sources.filter((s) => {
    const haystack = [s.name, s.kind, s.mode ?? '', s.round === null ? '' : `round ${s.round}`, s.interviewDate ?? '', ...s.caseNames].join(' ').toLowerCase();
    const tokens = new Set(haystack.split(/[^\p{L}\p{N}]+/u));
    return words.every((w) => (/^\d+$/.test(w) ? tokens.has(w) : haystack.includes(w)));
  });
}

// The next sort after clicking a column header: same column flips, a new one starts ascending.
export function nextSort(current: SortState, column: SourceColumn): SortState {
  if (current.column === column) return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { column, direction: 'ascending' };
}
