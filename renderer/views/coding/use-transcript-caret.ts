// Caret browsing in the transcript: a visible caret in the focused turn that the arrow
// keys move (caret-moves.ts; by line and to a line's start or end from the layout here),
// Shift extending the selection. The selection is the DOM's own, so everything that reads
// a mouse selection (the selection bar, C, V, 1-9, dragging onto a node) reads this one;
// the caret follows every selection the mouse makes, so Shift+arrows extend it too.
import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import type { FocusEvent, KeyboardEvent, RefObject } from 'react';
import type { OffsetIndex } from '../../../shared/text/code-points.ts';
import { isTextEntry } from '../frame/use-shortcuts.ts';
import type { Block } from './blocks.ts';
import { caretBox, lineTarget } from './caret-lines.ts';
import type { LineQuery } from './caret-lines.ts';
import { blockOfPosition, caretMoveForKey, movedCaret, turnStart } from './caret-moves.ts';
import type { CaretMove, CaretRange } from './caret-moves.ts';
import { domPointAt, selectionEnds } from './dom-selection.ts';

export interface CaretElements {
  scroller: RefObject<HTMLElement | null>;
  content: RefObject<HTMLElement | null>;
  caret: RefObject<HTMLElement | null>;
}

// The blocks the selection runs between (kept rendered while it lasts).
export interface KeptBlocks {
  first: number;
  last: number;
}

export interface CaretDeps {
  index: OffsetIndex;
  blocks: readonly Block[];
  onFocusBlock(index: number): void;
  // keeps these blocks rendered (the window of blocks may not drop either end of the selection)
  keep(blocks: KeptBlocks | null): void;
  scrollToBlock(index: number, within?: number, margin?: number): void;
}

export interface TranscriptCaret {
  onKeyDown(e: KeyboardEvent<HTMLElement>): void;
  onFocus(e: FocusEvent<HTMLElement>): void;
  onMouseDown(): void;
}

function blockElement(root: HTMLElement | null, i: number): HTMLElement | null {
  return root?.querySelector<HTMLElement>(`.coding-block[data-index="${i}"]`) ?? null;
}

// Draws the caret at the focus of `caret` (hidden when it is not rendered).
function placeCaret(elements: CaretElements, index: OffsetIndex, caret: CaretRange | null): void {
  const { scroller, content, caret: mark } = elements;
  const el = mark.current;
  const box = scroller.current;
  const root = content.current;
  if (!el || !box || !root) return;
  const point = caret ? domPointAt(root, index, caret.focus) : null;
  const rect = point ? caretBox(point) : null;
  if (!rect) {
    el.hidden = true;
    return;
  }
  const frame = box.getBoundingClientRect();
  el.hidden = false;
  el.style.top = `${rect.top - frame.top + box.scrollTop}px`;
  el.style.left = `${rect.left - frame.left + box.scrollLeft}px`;
  el.style.height = `${rect.height}px`;
}

// Scrolls the scroller so the caret's line (with a line's margin) is in view.
function revealCaret(elements: CaretElements, index: OffsetIndex, caret: CaretRange): void {
  const box = elements.scroller.current;
  const root = elements.content.current;
  const point = root ? domPointAt(root, index, caret.focus) : null;
  const rect = point ? caretBox(point) : null;
  if (!box || !rect) return;
  const frame = box.getBoundingClientRect();
  if (rect.top < frame.top + rect.height) box.scrollTop -= frame.top + rect.height - rect.top;
  else if (rect.bottom > frame.bottom - rect.height) box.scrollTop += rect.bottom - frame.bottom + rect.height;
}

// Puts the DOM selection on `caret` (anchor to focus) when both ends are rendered; returns whether it did.
function selectInDom(root: HTMLElement, index: OffsetIndex, caret: CaretRange): boolean {
  const anchor = domPointAt(root, index, caret.anchor);
  const focus = domPointAt(root, index, caret.focus);
  const selection = document.getSelection();
  if (!anchor || !focus || !selection) return false;
  selection.setBaseAndExtent(anchor.node, anchor.offset, focus.node, focus.offset);
  return true;
}

// Where the caret goes for a move: a move without Shift by character first collapses a selection to its edge; lines and line edges come from the layout when it can tell.
function focusAfter(q: LineQuery, now: CaretRange): number {
  const { move } = q;
  if (!move.extend && move.unit === 'character' && now.anchor !== now.focus) return move.direction === 1 ? Math.max(now.anchor, now.focus) : Math.min(now.anchor, now.focus);
  if (move.unit === 'line' || move.unit === 'line-edge') {
    const found = lineTarget(q);
    if (found !== null) return found;
    return movedCaret(q.blocks, q.index, now.focus, move.unit === 'line-edge' ? { ...move, unit: 'turn-edge' } : move);
  }
  return movedCaret(q.blocks, q.index, now.focus, move);
}

// The start of turn i as the caret when the turn takes the focus from the keyboard (a selection elsewhere in the transcript collapses there); null when the caret is in it already.
function caretOnFocus(root: HTMLElement, index: OffsetIndex, blocks: readonly Block[], i: number, caret: CaretRange | null): CaretRange | null {
  const block = blocks[i];
  if (!block || (caret && blockOfPosition(blocks, caret.focus) === i)) return null;
  const start = turnStart(block, index);
  const point = domPointAt(root, index, start);
  if (point && selectionEnds(root, document.getSelection(), index) !== undefined) document.getSelection()?.collapse(point.node, point.offset);
  return { anchor: start, focus: start };
}

// The caret now: the DOM selection's ends when it is in the transcript, else where the caret was (else the start of the turn).
function currentCaret(root: HTMLElement, index: OffsetIndex, blocks: readonly Block[], turn: number, caret: CaretRange | null): CaretRange {
  const ends = selectionEnds(root, document.getSelection(), index);
  if (ends) return ends;
  if (caret) return caret;
  const block = blocks[turn];
  const start = block ? turnStart(block, index) : 0;
  return { anchor: start, focus: start };
}

// Whether a mouse button went down in the transcript and is not up yet (a click places the caret itself).
function useMouseDown(): RefObject<boolean> {
  const down = useRef(false);
  useEffect(() => {
    const up = () => (down.current = false);
    window.addEventListener('mouseup', up);
    return () => window.removeEventListener('mouseup', up);
  }, []);
  return down;
}

// Binds caret browsing to the transcript's elements.
export function useTranscriptCaret(elements: CaretElements, deps: CaretDeps): TranscriptCaret {
  const { index, blocks, onFocusBlock, keep, scrollToBlock } = deps;
  const caret = useRef<CaretRange | null>(null);
  // the horizontal place a run of Up/Down moves keeps to
  const goalX = useRef<number | null>(null);
  // a selection still to be put in the DOM once its ends are rendered
  const pending = useRef<CaretRange | null>(null);
  const kept = useRef<KeptBlocks | null>(null);
  const mouseDown = useMouseDown();

  const setCaret = useCallback(
    (next: CaretRange | null) => {
      caret.current = next;
      const wanted = next && next.anchor !== next.focus ? { first: blockOfPosition(blocks, Math.min(next.anchor, next.focus)), last: blockOfPosition(blocks, Math.max(next.anchor, next.focus)) } : null;
      const was = kept.current;
      if (wanted?.first !== was?.first || wanted?.last !== was?.last) {
        kept.current = wanted;
        keep(wanted);
      }
      placeCaret(elements, index, next);
    },
    [blocks, elements, index, keep],
  );

  // the caret follows the DOM selection (a click, a drag, a passage shown by the view); a selection elsewhere leaves it collapsed where it was
  useEffect(() => {
    const onChange = () => {
      const root = elements.content.current;
      if (!root || pending.current) return;
      const ends = selectionEnds(root, document.getSelection(), index);
      if (ends) setCaret(ends);
      else if (ends === undefined && caret.current) setCaret({ anchor: caret.current.focus, focus: caret.current.focus });
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [elements, index, setCaret]);

  // every render may have moved the text or brought a pending selection's ends into the DOM
  useLayoutEffect(() => {
    const root = elements.content.current;
    const want = pending.current;
    if (root && want && selectInDom(root, index, want)) {
      pending.current = null;
      revealCaret(elements, index, want);
    }
    placeCaret(elements, index, caret.current);
  });

  const apply = (next: CaretRange, move: CaretMove) => {
    const root = elements.content.current;
    if (!root) return;
    const target = blockOfPosition(blocks, next.focus);
    if (move.unit !== 'line') goalX.current = null;
    setCaret(next);
    const el = blockElement(root, target);
    if (el && document.activeElement !== el) {
      onFocusBlock(target);
      el.focus({ preventScroll: true });
    }
    if (selectInDom(root, index, next)) revealCaret(elements, index, next);
    else {
      pending.current = next;
      scrollToBlock(target, 0, 40);
    }
  };

  return {
    onKeyDown(e) {
      const move = caretMoveForKey(e);
      const root = elements.content.current;
      const turn = e.target instanceof HTMLElement && e.target.classList.contains('coding-block') ? Number(e.target.dataset.index) : NaN;
      if (!move || !root || isTextEntry(e.target) || !Number.isInteger(turn) || blocks.length === 0) return;
      e.preventDefault();
      const now = currentCaret(root, index, blocks, turn, caret.current);
      const focus = focusAfter({ root, scroller: elements.scroller.current, index, blocks, pos: now.focus, move, goalX }, now);
      apply(move.extend ? { anchor: now.anchor, focus } : { anchor: focus, focus }, move);
    },
    onFocus(e) {
      const el = e.target;
      const root = elements.content.current;
      if (!root || mouseDown.current || !(el instanceof HTMLElement) || !el.classList.contains('coding-block')) return;
      const next = caretOnFocus(root, index, blocks, Number(el.dataset.index), caret.current);
      if (next) setCaret(next);
    },
    onMouseDown() {
      mouseDown.current = true;
    },
  };
}
