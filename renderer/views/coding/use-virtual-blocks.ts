// Windowing for the reading view: only the blocks in (and near) the visible part of the
// scroller are in the DOM; spacers above and below stand for the rest. Heights start as
// estimates and are replaced by measured ones (ResizeObserver) as blocks are shown.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
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

// Keeps the window of blocks to render for a scroller; `estimate(i)` guesses an unmeasured height, `layoutKey` resets guesses (width changed).
export function useVirtualBlocks(count: number, estimate: (index: number) => number, scroller: RefObject<HTMLElement | null>, layoutKey: string): VirtualBlocks {
  const heights = useRef<Float64Array>(new Float64Array(0));
  const measured = useRef(new Uint8Array(0));
  const offsets = useRef<Float64Array>(new Float64Array(1));
  const elements = useRef(new Map<number, HTMLElement>());
  const [version, setVersion] = useState(0);
  // the scroller's position lives in a ref; `moved` changes only when the window of blocks would change
  const view = useRef({ top: 0, height: 800 });
  const shown = useRef({ first: -1, last: -1 });
  const [moved, setMoved] = useState(0);
  const countRef = useRef(count);
  countRef.current = count;

  // (re)estimate every height when the blocks or the width change
  useMemo(() => {
    const h = new Float64Array(count);
    for (let i = 0; i < count; i++) h[i] = estimate(i);
    heights.current = h;
    measured.current = new Uint8Array(count);
    offsets.current = prefixSums(h);
    // estimate is read now only; count and layoutKey say when to read it again
  }, [count, layoutKey]);

  const observer = useMemo(
    () =>
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver((entries) => {
            let changed = false;
            for (const entry of entries) {
              const el = entry.target as HTMLElement;
              const index = Number(el.dataset.index);
              if (!Number.isInteger(index) || index >= heights.current.length) continue;
              const h = entry.borderBoxSize?.[0]?.blockSize ?? el.offsetHeight;
              if (Math.abs((heights.current[index] as number) - h) > 0.5) {
                heights.current[index] = h;
                changed = true;
              }
              measured.current[index] = 1;
            }
            if (changed) {
              offsets.current = prefixSums(heights.current);
              setVersion((v) => v + 1);
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

  // follow the scroller's position and size
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    let frame = 0;
    const read = () => {
      frame = 0;
      view.current = { top: el.scrollTop, height: el.clientHeight };
      const next = rangeAt(offsets.current, countRef.current, view.current.top, view.current.height);
      if (next.first !== shown.current.first || next.last !== shown.current.last) setMoved((m) => m + 1);
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

  const window = useMemo((): VirtualWindow => {
    const o = offsets.current;
    if (count === 0) return { first: 0, last: 0, before: 0, after: 0 };
    const { first, last } = rangeAt(o, count, view.current.top, view.current.height);
    shown.current = { first, last };
    return { first, last, before: o[first] as number, after: (o[count] as number) - (o[last] as number) };
  }, [count, moved, version, layoutKey]);

  const scrollToBlock = useCallback(
    (index: number, within = 0, margin = 0) => {
      const el = scroller.current;
      const o = offsets.current;
      if (!el || index < 0 || index >= o.length - 1) return;
      el.scrollTop = Math.max(0, (o[index] as number) + within - margin);
      view.current = { top: el.scrollTop, height: el.clientHeight };
      setMoved((m) => m + 1);
    },
    [scroller],
  );

  return { window, measure, scrollToBlock };
}
