// Whether the window is narrow enough for the reflowed layout (WCAG 1.4.10: at 200% zoom a
// 1440 px window is 720 CSS px wide): below about 1000 px the navigator collapses to a
// button and the Details panel becomes an overlay, so the transcript keeps a readable width.
import { useSyncExternalStore } from 'react';

export const NARROW_LAYOUT_QUERY = '(max-width: 1000px)';

function narrowQuery(): MediaQueryList | null {
  return typeof window.matchMedia === 'function' ? window.matchMedia(NARROW_LAYOUT_QUERY) : null;
}

function subscribe(onChange: () => void): () => void {
  const query = narrowQuery();
  query?.addEventListener('change', onChange);
  return () => query?.removeEventListener('change', onChange);
}

// True while the window is at most 1000 CSS px wide (re-rendered when that changes).
export function useNarrowLayout(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => narrowQuery()?.matches ?? false,
    () => false,
  );
}
