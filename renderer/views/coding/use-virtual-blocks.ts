// Windowing for the reading view: only the blocks in (and near) the visible part of the
// scroller are in the DOM; spacers above and below stand for the rest. Heights start as
// estimates and are replaced by measured ones (ResizeObserver) as blocks are shown.
import { useCallback, useEffect, useLayoutEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { RefObject } from 'react';

export interface VirtualWindow {
  first: number;
  // exclusive
  last: number;
  before: number;
  after: number;
}

export interface VirtualBlocks {
  window: VirtualWindow;
  // ref callback for the element of block i (measures it while it is shown)
  measure(index: number, el: HTMLElement | null): void;
  // scrolls so block i's top (plus `within` pixels) is `margin` pixels below the scroller's top
  scrollToBlock(index: number, within?: number, margin?: number): void;
}

// The heights of the blocks (estimated, then measured) and their prefix sums.
interface Heights {
  heights: Float64Array;
  measured: Uint8Array;
  // offsets[i] is the top of block i, offsets[n] the total height
  offsets: Float64Array;
}

const OVERSCAN_PX = 600;

// The prefix sums of heights: offsets[i] is the top of block i, offsets[n] the total height.
function prefixSums(heights: Float64Array): Float64Array {
  const out = new Float64Array(heights.length + 1);
  for (let i = 0; i < heights.length; i++) out[i + 1] = (out[i] as number) + (heights[i] as number);
  return out;
}

// The first index whose block ends below `y` (binary search on offsets).
function indexAt(offsets: Float64Array, y: number): number {
  let lo = 0;
  let hi = offsets.length - 2;
  if (hi < 0) return 0;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((offsets[mid + 1] as number) <= y) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// The blocks to render for a scroll position: those within OVERSCAN_PX of the visible part.
function rangeAt(offsets: Float64Array, count: number, top: number, height: number): { first: number; last: number } {
  if (count === 0) return { first: 0, last: 0 };
  const first = indexAt(offsets, Math.max(0, top - OVERSCAN_PX));
  const last = Math.min(count, indexAt(offsets, top + height + OVERSCAN_PX) + 1);
  return { first, last };
}

// Estimated heights of `count` blocks.
function estimated(count: number, estimate: (index: number) => number): Heights {
  const heights = new Float64Array(count);
  for (let i = 0; i < count; i++) heights[i] = estimate(i);
  return { heights, measured: new Uint8Array(count), offsets: prefixSums(heights) };
}

// The heights, estimated again only when `resetKey` changes (the estimate itself may change
// with every correction; measured heights are kept then); measuring replaces estimates.
function useMeasuredHeights(count: number, estimate: (index: number) => number, resetKey: string, onChanged: () => void): { heights: RefObject<Heights>; measure(index: number, el: HTMLElement | null): void } {
  const key = `${count}|${resetKey}`;
  const [first] = useState(() => estimated(count, estimate));
  const heights = useRef<Heights>(first);
  const estimatedFor = useRef(key);
  if (estimatedFor.current !== key) {
    heights.current = estimated(count, estimate);
    estimatedFor.current = key;
  }
  const elements = useRef(new Map<number, HTMLElement>());
  const changed = useRef(onChanged);
  useEffect(() => {
    changed.current = onChanged;
  });
  const observer = useMemo(
    () =>
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver((entries) => {
            const h = heights.current;
            let moved = false;
            for (const entry of entries) {
              const el = entry.target as HTMLElement;
              const index = Number(el.dataset.index);
              if (!Number.isInteger(index) || index >= h.heights.length) continue;
              const size = entry.borderBoxSize?.[0]?.blockSize ?? el.offsetHeight;
              if (Math.abs((h.heights[index] as number) - size) > 0.5) {
                h.heights[index] = size;
                moved = true;
              }
              h.measured[index] = 1;
            }
            if (moved) {
              h.offsets = prefixSums(h.heights);
              changed.current();
            }
          }),
    [],
  );
  useEffect(() => () => observer?.disconnect(), [observer]);
  const measure = useCallback(
    (index: number, el: HTMLElement | null) => {
      const old = elements.current.get(index);
      if (old && old !== el) {
        observer?.unobserve(old);
        elements.current.delete(index);
      }
      if (el && old !== el) {
        elements.current.set(index, el);
        observer?.observe(el);
      }
    },
    [observer],
  );
  return { heights, measure };
}

// The scroller's position and size, in a ref; `onMoved` runs when the window of blocks would change.
function useScrollerView(scroller: RefObject<HTMLElement | null>, wouldMove: (top: number, height: number) => boolean, onMoved: () => void): RefObject<{ top: number; height: number }> {
  const view = useRef({ top: 0, height: 800 });
  const latest = useRef({ wouldMove, onMoved });
  useEffect(() => {
    latest.current = { wouldMove, onMoved };
  });
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    let frame = 0;
    const read = () => {
      frame = 0;
      view.current = { top: el.scrollTop, height: el.clientHeight };
      if (latest.current.wouldMove(view.current.top, view.current.height)) latest.current.onMoved();
    };
    const onScroll = () => {
      if (frame === 0) frame = requestAnimationFrame(read);
    };
    read();
    el.addEventListener('scroll', onScroll, { passive: true });
    const sizeObserver = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => read());
    sizeObserver?.observe(el);
    return () => {
      el.removeEventListener('scroll', onScroll);
      sizeObserver?.disconnect();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [scroller]);
  return view;
}

// Blocks kept rendered beyond the window at most (a selection running further may lose its far end).
const MAX_KEPT = 200;

// The window of blocks, widened to hold the kept blocks [first, last] when they are near enough.
function withKept(range: { first: number; last: number }, count: number, kept: { first: number; last: number } | null): { first: number; last: number } {
  if (!kept || kept.last >= count) return range;
  const first = Math.min(range.first, kept.first);
  const last = Math.max(range.last, kept.last + 1);
  return last - first - (range.last - range.first) > MAX_KEPT ? range : { first, last };
}

// Keeps the window of blocks to render for a scroller; `estimate(i)` guesses an unmeasured height, `layoutKey` resets guesses (width changed);
// `kept` blocks (the two ends of a selection) stay rendered too.
export function useVirtualBlocks(count: number, estimate: (index: number) => number, scroller: RefObject<HTMLElement | null>, layoutKey: string, kept: { first: number; last: number } | null = null): VirtualBlocks {
  // heights and the scroll position live in refs; a new render is asked for when the window may change
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const { heights, measure } = useMeasuredHeights(count, estimate, layoutKey, rerender);
  const shown = useRef({ first: -1, last: -1 });
  const countRef = useRef(count);
  countRef.current = count;
  const keptRef = useRef(kept);
  keptRef.current = kept;
  const wouldMove = (top: number, height: number) => {
    const next = withKept(rangeAt(heights.current.offsets, countRef.current, top, height), countRef.current, keptRef.current);
    return next.first !== shown.current.first || next.last !== shown.current.last;
  };
  const view = useScrollerView(scroller, wouldMove, rerender);

  const o = heights.current.offsets;
  const { first, last } = count === 0 ? { first: 0, last: 0 } : withKept(rangeAt(o, count, view.current.top, view.current.height), count, kept);
  shown.current = { first, last };
  const before = count === 0 ? 0 : (o[first] as number);
  const after = count === 0 ? 0 : (o[count] as number) - (o[last] as number);
  const window = useMemo((): VirtualWindow => ({ first, last, before, after }), [first, last, before, after]);

  const scrollToBlock = useCallback(
    (index: number, within = 0, margin = 0) => {
      const el = scroller.current;
      const offsets = heights.current.offsets;
      if (!el || index < 0 || index >= offsets.length - 1) return;
      el.scrollTop = Math.max(0, (offsets[index] as number) + within - margin);
      view.current = { top: el.scrollTop, height: el.clientHeight };
      rerender();
    },
    [scroller, heights, view],
  );

  return { window, measure, scrollToBlock };
}
