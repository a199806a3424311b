// The text runs of the turns rendered now, and DOM ranges over them: what the CSS Custom
// Highlight API marks (the find bar's matches, the passages memos are on) are laid on.

export interface ShownRun {
  from16: number;
  to16: number;
  text: Node;
}

// The rendered runs in text order, each with where it starts and ends (UTF-16).
export function shownRuns(root: Element): ShownRun[] {
  const out: ShownRun[] = [];
  for (const run of Array.from(root.querySelectorAll<HTMLElement>('.coding-run'))) {
    const text = run.firstChild;
    const from16 = Number(run.dataset.u16);
    if (text) out.push({ from16, to16: from16 + (run.textContent ?? '').length, text });
  }
  return out;
}

// The first run ending after a UTF-16 offset.
export function runAfter(runs: readonly ShownRun[], at16: number): number {
  let lo = 0;
  let hi = runs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((runs[mid] as ShownRun).to16 <= at16) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// A DOM range over [from16, to16) of the rendered runs, or null when they are not all rendered.
export function domRange(runs: readonly ShownRun[], from16: number, to16: number): Range | null {
  const a = runs[runAfter(runs, from16)];
  const b = runs[runAfter(runs, to16 - 1)];
  if (!a || !b || a.from16 > from16 || b.to16 < to16) return null;
  const range = document.createRange();
  range.setStart(a.text, from16 - a.from16);
  range.setEnd(b.text, to16 - b.from16);
  return range;
}

// The browser's highlight registry, where it has one.
export function highlightRegistry(): HighlightRegistry | null {
  return typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : null;
}

