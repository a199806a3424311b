// What the coding view can ask of the transcript (TranscriptHandle): show a passage in the
// middle of the view (waiting until its turn is rendered), move the focus or the view to a
// turn, and read the selection as it is at this moment.
import { useCallback, useImperativeHandle, useLayoutEffect, useRef } from 'react';
import type { Ref, RefObject } from 'react';
import type { OffsetIndex } from '../../../shared/text/code-points.ts';
import { blockAt } from './blocks.ts';
import type { Block } from './blocks.ts';
import { rangeToDom, transcriptSelection } from './dom-selection.ts';
import type { CodePointRange } from './dom-selection.ts';

export interface TranscriptHandle {
  // scrolls a passage into the middle of the view and (optionally) selects it in the DOM
  showRange(start: number, end: number, select: boolean): void;
  // scrolls block i into view and focuses it
  focusBlock(index: number): void;
  // scrolls block i into view without moving the focus (the turn playing now)
  revealBlock(index: number): void;
  // the DOM selection now, in code points: null when no text of the transcript is selected, undefined when the selection is elsewhere
  readSelection(): CodePointRange | null | undefined;
}

export interface TranscriptElements {
  scroller: RefObject<HTMLElement | null>;
  content: RefObject<HTMLElement | null>;
}

function blockElement(scroller: HTMLElement | null, i: number): HTMLElement | null {
  return scroller?.querySelector<HTMLElement>(`.coding-block[data-index="${i}"]`) ?? null;
}

// Scrolls to (and selects) a wanted passage once its runs are in the DOM; returns the function that asks for one.
function usePendingReveal({ scroller, content }: TranscriptElements, index: OffsetIndex): (want: { start: number; end: number; select: boolean }) => void {
  const pending = useRef<{ start: number; end: number; select: boolean } | null>(null);
  const revealPending = useCallback(() => {
    const want = pending.current;
    const root = content.current;
    const box = scroller.current;
    if (!want || !root || !box) return;
    const range = rangeToDom(root, index, want.start, want.end);
    if (!range) return;
    pending.current = null;
    const rect = range.getBoundingClientRect();
    const frame = box.getBoundingClientRect();
    box.scrollTop += rect.top - frame.top - Math.max(40, (frame.height - rect.height) / 2);
    if (want.select) {
      const selection = document.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    }
  }, [content, scroller, index]);
  // every render may have brought the wanted turn into the DOM
  useLayoutEffect(() => revealPending());
  return useCallback(
    (want) => {
      pending.current = want;
      requestAnimationFrame(() => revealPending());
    },
    [revealPending],
  );
}

// Binds the transcript's handle to its elements and its windowing.
export function useTranscriptHandle(ref: Ref<TranscriptHandle> | undefined, elements: TranscriptElements, index: OffsetIndex, blocks: readonly Block[], scrollToBlock: (index: number, within?: number, margin?: number) => void): void {
  const reveal = usePendingReveal(elements, index);
  const { scroller, content } = elements;
  useImperativeHandle(
    ref,
    () => ({
      showRange(start, end, select) {
        reveal({ start, end, select });
        scrollToBlock(blockAt(blocks, start), 0, 80);
      },
      focusBlock(i) {
        const box = scroller.current;
        const el = blockElement(box, i);
        if (el && box) {
          const top = el.offsetTop - box.scrollTop;
          if (top < 0 || top + el.offsetHeight > box.clientHeight) el.scrollIntoView({ block: 'nearest' });
          el.focus({ preventScroll: true });
          return;
        }
        scrollToBlock(i, 0, 40);
        requestAnimationFrame(() => blockElement(scroller.current, i)?.focus({ preventScroll: true }));
      },
      revealBlock(i) {
        const el = blockElement(scroller.current, i);
        if (el) el.scrollIntoView({ block: 'nearest' });
        else scrollToBlock(i, 0, 40);
      },
      readSelection() {
        const root = content.current;
        return root ? transcriptSelection(root, document.getSelection(), index) : undefined;
      },
    }),
    [blocks, index, scroller, content, scrollToBlock, reveal],
  );
}
