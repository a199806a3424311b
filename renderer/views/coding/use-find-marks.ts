// The find bar's marks in the transcript: every match and the current one, painted with the
// CSS Custom Highlight API (::highlight(find-match), ::highlight(find-current)), so the
// runs of text stay as they are and selections keep their offsets. Only the matches in the
// rendered turns are marked; the marks are laid again after every render of the window.
import { useEffect, useLayoutEffect } from 'react';
import type { RefObject } from 'react';
import type { OffsetIndex } from '../../../shared/text/code-points.ts';
import type { CodePointRange } from './dom-selection.ts';

export interface FindMarks {
  matches: readonly CodePointRange[];
  // the index in `matches` of the current match, or null
  current: number | null;
}

const ALL = 'find-match';
const CURRENT = 'find-current';

interface ShownRun {
  from16: number;
  to16: number;
  text: Node;
}

// The rendered runs in text order, each with where it starts and ends (UTF-16).
function shownRuns(root: Element): ShownRun[] {
  const out: ShownRun[] = [];
  for (const run of Array.from(root.querySelectorAll<HTMLElement>('.coding-run'))) {
    const text = run.firstChild;
    const from16 = Number(run.dataset.u16);
    if (text) out.push({ from16, to16: from16 + (run.textContent ?? '').length, text });
  }
  return out;
}

// The first run ending after a UTF-16 offset.
function runAfter(runs: readonly ShownRun[], at16: number): number {
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
function domRange(runs: readonly ShownRun[], from16: number, to16: number): Range | null {
  const a = runs[runAfter(runs, from16)];
  const b = runs[runAfter(runs, to16 - 1)];
  if (!a || !b || a.from16 > from16 || b.to16 < to16) return null;
  const range = document.createRange();
  range.setStart(a.text, from16 - a.from16);
  range.setEnd(b.text, to16 - b.from16);
  return range;
}

// The browser's highlight registry, where it has one.
function registry(): HighlightRegistry | null {
  return typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : null;
}

// Marks the matches of the find bar in the rendered part of the transcript.
export function useFindMarks(content: RefObject<HTMLElement | null>, index: OffsetIndex, marks: FindMarks | null): void {
  useLayoutEffect(() => {
    const highlights = registry();
    const root = content.current;
    if (!highlights) return;
    if (!root || !marks || marks.matches.length === 0) {
      highlights.delete(ALL);
      highlights.delete(CURRENT);
      return;
    }
    const runs = shownRuns(root);
    const all = new Highlight();
    const current = new Highlight();
    const first = runs[0];
    const last = runs[runs.length - 1];
    marks.matches.forEach((m, i) => {
      if (!first || !last) return;
      const from16 = index.toUtf16(m.start);
      const to16 = index.toUtf16(m.end);
      if (to16 <= first.from16 || from16 >= last.to16) return;
      const range = domRange(runs, from16, to16);
      if (!range) return;
      all.add(range);
      if (i === marks.current) current.add(range);
    });
    highlights.set(ALL, all);
    highlights.set(CURRENT, current);
  });
  useEffect(
    () => () => {
      registry()?.delete(ALL);
      registry()?.delete(CURRENT);
    },
    [],
  );
}
