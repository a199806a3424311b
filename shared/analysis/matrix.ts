// Matrix coding: references spread over rows (nodes or questions) and columns (cases or
// attribute values), counted three ways: references, sources, and words coded (words in
// the union of the cell's coded ranges, so overlapping codings count their words once).
import { mergeRanges } from './ranges.ts';
import type { Span } from './ranges.ts';

export interface MatrixReference {
  // rows this reference counts in (a node can sit under several aggregated rows)
  rows: readonly number[];
  column: number;
  sourceId: number;
  start: number;
  end: number;
}

export interface MatrixCounts {
  references: number[][];
  sources: number[][];
  words: number[][] | null;
}

function grid(rows: number, columns: number): number[][] {
  return Array.from({ length: rows }, () => new Array<number>(columns).fill(0));
}

// Counts references per cell; `countWords(sourceId, mergedRanges)` gives words coded when asked for.
export function aggregateMatrix(
  refs: Iterable<MatrixReference>,
  rowCount: number,
  columnCount: number,
  countWords?: (sourceId: number, ranges: Span[]) => number,
): MatrixCounts {
  const references = grid(rowCount, columnCount);
  const sourceSets: Set<number>[][] = Array.from({ length: rowCount }, () => Array.from({ length: columnCount }, () => new Set<number>()));
  // cell -> source -> ranges, only when words are counted
  const ranges = countWords ? new Map<number, Map<number, Span[]>>() : null;
  for (const ref of refs) {
    if (ref.column < 0 || ref.column >= columnCount) continue;
    for (const row of ref.rows) {
      if (row < 0 || row >= rowCount) continue;
      const line = references[row] as number[];
      line[ref.column] = (line[ref.column] ?? 0) + 1;
      ((sourceSets[row] as Set<number>[])[ref.column] as Set<number>).add(ref.sourceId);
      if (ranges) {
        const cell = row * columnCount + ref.column;
        let bySource = ranges.get(cell);
        if (!bySource) ranges.set(cell, (bySource = new Map()));
        const list = bySource.get(ref.sourceId);
        if (list) list.push({ start: ref.start, end: ref.end });
        else bySource.set(ref.sourceId, [{ start: ref.start, end: ref.end }]);
      }
    }
  }
  const sources = sourceSets.map((row) => row.map((s) => s.size));
  let words: number[][] | null = null;
  if (ranges && countWords) {
    words = grid(rowCount, columnCount);
    for (const [cell, bySource] of ranges) {
      let total = 0;
      for (const [sourceId, list] of bySource) total += countWords(sourceId, mergeRanges(list));
      (words[Math.floor(cell / columnCount)] as number[])[cell % columnCount] = total;
    }
  }
  return { references, sources, words };
}

// A shade from 0 (none) to `levels` for a count, relative to the largest count of the table.
export function shadeLevel(value: number, max: number, levels = 5): number {
  if (value <= 0 || max <= 0) return 0;
  return Math.max(1, Math.min(levels, Math.ceil((value / max) * levels)));
}

// The largest value of a grid.
export function gridMax(values: readonly (readonly number[])[]): number {
  let max = 0;
  for (const row of values) for (const v of row) if (v > max) max = v;
  return max;
}
