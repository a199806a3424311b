// The arithmetic of a windowed list of fixed-height rows: which rows are on screen (with
// a few more either side), and the pieces the body is drawn in - runs of rows and the gaps
// standing for the rows left out, so the scroll bar and every row's place stay true.

export type WindowPiece = { kind: 'rows'; from: number; to: number } | { kind: 'gap'; rows: number; at: number };

export interface RowWindow {
  // first and last row drawn (last < first when none)
  first: number;
  last: number;
}

// The rows between scrollTop and scrollTop + viewport (rows start `offset` pixels into the scroller), plus `overscan` either side.
export function visibleRows(count: number, scrollTop: number, viewport: number, rowHeight: number, offset: number, overscan: number): RowWindow {
  if (count === 0 || rowHeight <= 0) return { first: 0, last: -1 };
  const top = Math.max(0, scrollTop - offset);
  const first = Math.max(0, Math.floor(top / rowHeight) - overscan);
  const last = Math.min(count - 1, Math.ceil((top + Math.max(viewport, rowHeight)) / rowHeight) + overscan);
  return { first: Math.min(first, last), last };
}

// The pieces to draw: the window's rows, and also the pinned row (the selected or focused one) wherever it is.
export function windowPieces(count: number, window: RowWindow, pinned: number | null): WindowPiece[] {
  const runs: [number, number][] = [];
  if (window.last >= window.first) runs.push([window.first, window.last]);
  if (pinned !== null && pinned >= 0 && pinned < count && !(pinned >= window.first && pinned <= window.last)) {
    runs.push([pinned, pinned]);
    runs.sort((a, b) => a[0] - b[0]);
  }
  const out: WindowPiece[] = [];
  let next = 0;
  for (const [from, to] of runs) {
    if (from > next) out.push({ kind: 'gap', rows: from - next, at: next });
    out.push({ kind: 'rows', from, to });
    next = to + 1;
  }
  if (next < count) out.push({ kind: 'gap', rows: count - next, at: next });
  return out;
}

// The scrollTop that brings row `index` fully into a scroller `viewport` pixels high, below a sticky header of `offset` pixels (null: it already is).
export function scrollTopFor(index: number, scrollTop: number, viewport: number, rowHeight: number, offset: number): number | null {
  const top = offset + index * rowHeight;
  if (top - offset < scrollTop) return top - offset;
  if (top + rowHeight > scrollTop + viewport) return top + rowHeight - viewport;
  return null;
}
