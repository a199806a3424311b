// The counts of a matrix from the coding table's rows, without an object per reference:
// references and distinct sources per cell (the table holds each source's codings together),
// and words coded (words in the union of a cell's ranges in each source, as
// shared/analysis/matrix.ts counts them; each source's text read once, while it is needed).
import { mergeRanges } from '../../shared/analysis/ranges.ts';
import type { Span } from '../../shared/analysis/ranges.ts';
import type { MatrixCounts } from '../../shared/analysis/matrix.ts';
import { countWordsIn } from '../../shared/analysis/words.ts';
import type { OffsetIndex } from '../../shared/text/code-points.ts';
import type { CodingTable } from './index-cache.ts';
import { PASSING_BATCH, PASSING_READ_SOURCES } from './references.ts';

export interface MatrixInput {
  codings: CodingTable;
  // coding-table rows of the references (in table order: source by source), and each one's column (-1: none)
  refRows: Int32Array;
  refColumns: Int32Array;
  // the rows each node counts in, by node id
  rowsOfNode: ReadonlyMap<number, readonly number[]>;
  rowCount: number;
  columnCount: number;
}

function grid(rows: number, columns: number): number[][] {
  return Array.from({ length: rows }, () => new Array<number>(columns).fill(0));
}

// The first reference of each source's references and one past the last (references come
// source by source, in the coding table's order).
export function sourceGroups(codings: CodingTable, refRows: Int32Array): number[] {
  const starts: number[] = [];
  let last = -1;
  for (let k = 0; k < refRows.length; k++) {
    const sourceId = codings.sourceId[refRows[k] as number] as number;
    if (sourceId !== last) {
      starts.push(k);
      last = sourceId;
    }
  }
  starts.push(refRows.length);
  return starts;
}

// The rows each node counts in, as a table by node id.
export function rowsByNodeId(rowsOfNode: ReadonlyMap<number, readonly number[]>): (readonly number[] | undefined)[] {
  const out: (readonly number[] | undefined)[] = [];
  for (const [nodeId, rows] of rowsOfNode) out[nodeId] = rows;
  return out;
}

// Counts references and sources per cell, and words coded when texts are given.
// `textsOf` reads the texts of a batch of sources (`passing`: the matrix covers many sources, so they are read through, not kept).
export function countMatrix(m: MatrixInput, textsOf?: (sourceIds: number[], passing: boolean) => Map<number, OffsetIndex>): MatrixCounts {
  const { codings: c, refRows, refColumns, rowCount, columnCount } = m;
  const cells = rowCount * columnCount;
  const refs = new Float64Array(cells);
  const sources = new Float64Array(cells);
  const words = textsOf ? new Float64Array(cells) : null;
  const groupStarts = sourceGroups(c, refRows);
  const groups = groupStarts.length - 1;
  const rowsOf = rowsByNodeId(m.rowsOfNode);
  // the texts of a batch of sources are read together, then let go
  const passing = groups > PASSING_READ_SOURCES;
  const BATCH = passing ? PASSING_BATCH : 200;
  let texts = new Map<number, OffsetIndex>();
  const seen = new Int32Array(cells).fill(-1);
  const { nodeId, start, end } = c;
  for (let g = 0; g < groups; g++) {
    const from = groupStarts[g] as number;
    const to = groupStarts[g + 1] as number;
    const sourceId = c.sourceId[refRows[from] as number] as number;
    const ranges = words ? new Map<number, Span[]>() : null;
    for (let k = from; k < to; k++) {
      const column = refColumns[k] as number;
      if (column < 0 || column >= columnCount) continue;
      const i = refRows[k] as number;
      for (const row of rowsOf[nodeId[i] as number] ?? []) {
        if (row < 0 || row >= rowCount) continue;
        const cell = row * columnCount + column;
        refs[cell] = (refs[cell] as number) + 1;
        if (seen[cell] !== g) {
          seen[cell] = g;
          sources[cell] = (sources[cell] as number) + 1;
        }
        if (ranges) {
          const list = ranges.get(cell);
          const span = { start: start[i] as number, end: end[i] as number };
          if (list) list.push(span);
          else ranges.set(cell, [span]);
        }
      }
    }
    if (!words || !ranges || !textsOf || ranges.size === 0) continue;
    if (!texts.has(sourceId)) {
      const batch: number[] = [];
      for (let h = g; h < groups && batch.length < BATCH; h++) batch.push(c.sourceId[refRows[groupStarts[h] as number] as number] as number);
      texts = textsOf(batch, passing);
    }
    const text = texts.get(sourceId);
    if (!text) continue;
    for (const [cell, list] of ranges) {
      let total = 0;
      for (const r of mergeRanges(list)) total += countWordsIn(text.slice(Math.min(r.start, text.codePointLength), Math.min(r.end, text.codePointLength)));
      words[cell] = (words[cell] as number) + total;
    }
  }
  const toGrid = (values: Float64Array) => {
    const out = grid(rowCount, columnCount);
    for (let r = 0; r < rowCount; r++) for (let col = 0; col < columnCount; col++) (out[r] as number[])[col] = values[r * columnCount + col] as number;
    return out;
  };
  return { references: toGrid(refs), sources: toGrid(sources), words: words ? toGrid(words) : null };
}
