// Windowing for long tables of fixed-height rows: only the rows in view (and a few either
// side) are in the DOM, with gap rows standing for the others. The row height is measured
// from a drawn row; the header above the rows (a sticky thead) is measured too.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { scrollTopFor, visibleRows, windowPieces } from './windowed-rows.ts';
import type { WindowPiece } from './windowed-rows.ts';

// A first guess at the row height, until a row is drawn and measured.
const GUESSED_ROW_HEIGHT = 34;
const OVERSCAN = 8;
// Until the first frame is painted only the rows in view are drawn; the overscan follows.
const FIRST_OVERSCAN = 1;

export interface WindowedRows {
  // the scrolling element
  scrollRef: (el: HTMLDivElement | null) => void;
  // put on the thead (its height is where the rows start)
  headRef: (el: HTMLTableSectionElement | null) => void;
  pieces: WindowPiece[];
  rowHeight: number;
  // the inner width of the scrolling element (0 until measured)
  boxWidth: number;
  // scrolls so that a row is fully in view (below the header)
  scrollToRow(index: number): void;
}

// The distance from one drawn row to the next (fractional, borders included), or 0 when no row is drawn.
function rowPitch(scroller: HTMLElement): number {
  const rows = scroller.querySelectorAll<HTMLElement>('tbody > tr[aria-rowindex]');
  const a = rows[0];
  const b = rows[1];
  if (!a) return 0;
  if (b && Number(b.getAttribute('aria-rowindex')) === Number(a.getAttribute('aria-rowindex')) + 1) return b.getBoundingClientRect().top - a.getBoundingClientRect().top;
  return a.getBoundingClientRect().height;
}

// Windows `count` rows; `pinned` (the selected or focused row) is always drawn.
export function useWindowedRows(count: number, pinned: number | null): WindowedRows {
  const scroller = useRef<HTMLDivElement | null>(null);
  const head = useRef<HTMLTableSectionElement | null>(null);
  const [view, setView] = useState({ scrollTop: 0, height: 800, rowHeight: GUESSED_ROW_HEIGHT, offset: 0, width: 0 });
  const observer = useRef<ResizeObserver | null>(null);
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => setPainted(true));
    return () => cancelAnimationFrame(frame);
  }, []);

  // on scroll only the scroll position is read (no layout is forced in the scroll handler)
  const onScroll = useCallback(() => {
    const el = scroller.current;
    if (!el) return;
    const scrollTop = el.scrollTop;
    setView((v) => (v.scrollTop === scrollTop ? v : { ...v, scrollTop }));
  }, []);

  const measure = useCallback(() => {
    const el = scroller.current;
    if (!el) return;
    const pitch = rowPitch(el);
    setView((v) => {
      const next = { scrollTop: el.scrollTop, height: el.clientHeight || v.height, rowHeight: pitch || v.rowHeight, offset: head.current?.offsetHeight ?? v.offset, width: el.clientWidth };
      return next.scrollTop === v.scrollTop && next.height === v.height && next.rowHeight === v.rowHeight && next.offset === v.offset && next.width === v.width ? v : next;
    });
  }, []);

  const scrollRef = useCallback(
    (el: HTMLDivElement | null) => {
      if (scroller.current) scroller.current.removeEventListener('scroll', onScroll);
      observer.current?.disconnect();
      scroller.current = el;
      if (!el) return;
      el.addEventListener('scroll', onScroll, { passive: true });
      if (typeof ResizeObserver !== 'undefined') {
        observer.current = new ResizeObserver(measure);
        observer.current.observe(el);
      }
    },
    [measure, onScroll],
  );
  const headRef = useCallback((el: HTMLTableSectionElement | null) => {
    head.current = el;
  }, []);

  // a drawn row gives the real row height (and the list may have shrunk under the scroll position)
  useLayoutEffect(measure, [measure, count]);

  const window = visibleRows(count, view.scrollTop, view.height, view.rowHeight, view.offset, painted ? OVERSCAN : FIRST_OVERSCAN);
  const scrollToRow = useCallback(
    (index: number) => {
      const el = scroller.current;
      if (!el) return;
      const top = scrollTopFor(index, el.scrollTop, el.clientHeight, view.rowHeight, view.offset);
      if (top !== null) el.scrollTop = top;
    },
    [view.offset, view.rowHeight],
  );
  return { scrollRef, headRef, pieces: windowPieces(count, window, pinned), rowHeight: view.rowHeight, boxWidth: view.width, scrollToRow };
}
