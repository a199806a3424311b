// The find bar's marks in the transcript: every match and the current one, painted with the
// CSS Custom Highlight API (::highlight(find-match), ::highlight(find-current)), so the
// runs of text stay as they are and selections keep their offsets. Only the matches in the
// rendered turns are marked; the marks are laid again after every render of the window.
import { useEffect, useLayoutEffect } from 'react';
import type { RefObject } from 'react';
import type { OffsetIndex } from '../../../shared/text/code-points.ts';
import type { CodePointRange } from './dom-selection.ts';
import { domRange, highlightRegistry as registry, shownRuns } from './rendered-runs.ts';

export interface FindMarks {
  matches: readonly CodePointRange[];
  // the index in `matches` of the current match, or null
  current: number | null;
}

const ALL = 'find-match';
const CURRENT = 'find-current';

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
