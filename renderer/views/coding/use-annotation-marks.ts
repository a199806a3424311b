// The passages of the open source's memos (annotations) marked in the transcript with the
// CSS Custom Highlight API: every passage dotted-underlined (::highlight(annotation)), the
// one whose marker has the pointer or the focus lit up (::highlight(annotation-active)).
// Each rendered run a passage covers gets its own range, so a passage across turns never
// takes in the margins between them. Laid again after every render of the window.
import { useContext, useEffect, useLayoutEffect } from 'react';
import type { RefObject } from 'react';
import type { OffsetIndex } from '../../../shared/text/code-points.ts';
import { AnnotationsContext } from './annotations-context.ts';
import { highlightRegistry, runAfter, shownRuns } from './rendered-runs.ts';
import type { ShownRun } from './rendered-runs.ts';

const ALL = 'annotation';
const ACTIVE = 'annotation-active';

// DOM ranges over the parts of [from16, to16) that the rendered runs show.
function rangesOver(runs: readonly ShownRun[], from16: number, to16: number): Range[] {
  const out: Range[] = [];
  for (let i = runAfter(runs, from16); i < runs.length; i++) {
    const run = runs[i] as ShownRun;
    if (run.from16 >= to16) break;
    const range = document.createRange();
    range.setStart(run.text, Math.max(from16, run.from16) - run.from16);
    range.setEnd(run.text, Math.min(to16, run.to16) - run.from16);
    out.push(range);
  }
  return out;
}

// Marks the annotations' passages in the rendered part of the transcript.
export function useAnnotationMarks(content: RefObject<HTMLElement | null>, index: OffsetIndex): void {
  const { list, active } = useContext(AnnotationsContext);
  useLayoutEffect(() => {
    const highlights = highlightRegistry();
    const root = content.current;
    if (!highlights) return;
    if (!root || list.length === 0) {
      highlights.delete(ALL);
      highlights.delete(ACTIVE);
      return;
    }
    const runs = shownRuns(root);
    const all = new Highlight();
    const lit = new Highlight();
    for (const a of list) {
      if (a.end <= a.start || a.end > index.codePointLength) continue;
      for (const range of rangesOver(runs, index.toUtf16(a.start), index.toUtf16(a.end))) {
        all.add(range);
        if (a.memoId === active) lit.add(range);
      }
    }
    highlights.set(ALL, all);
    highlights.set(ACTIVE, lit);
  });
  useEffect(
    () => () => {
      highlightRegistry()?.delete(ALL);
      highlightRegistry()?.delete(ACTIVE);
    },
    [],
  );
}
