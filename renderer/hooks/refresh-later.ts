// Reading again after a coding action without holding up its paint: a coding changes only
// codings (in vivo also a node, deleting a coding its memos), so the coding view patches its
// stripes from the action's answer at once, views that show counts or the undo step read
// again once the window is quiet (one read for a burst of codings), and views that show
// none of it do not read again at all.
import type { ApiEvent } from '../../shared/api.ts';
import { CODING_CHANGE_METHODS } from '../../shared/model/coding-change.ts';

// How a view reads again after a coding action: 'later' (after the paint, once for a burst) or 'never' (it shows nothing a coding changes).
export type CodingRefresh = 'later' | 'never';

// How long after the last coding action the deferred reads wait (the stripe paints in this
// time; codings coming closer together than this share one read); they then wait for the
// browser to be idle, which is after a painted frame.
export const QUIET_MS = 50;

// Whether the event is a coding action's change (codings, perhaps a node, the memos on removed codings; nothing else).
export function isCodingChange(event: ApiEvent): boolean {
  return event.type === 'project-changed' && CODING_CHANGE_METHODS.has(event.reason);
}

const waiting = new Set<() => void>();
let timer: ReturnType<typeof setTimeout> | null = null;

type IdleWindow = { requestIdleCallback?: (cb: () => void, options?: { timeout: number }) => number };

function runWaiting(): void {
  timer = null;
  const due = [...waiting];
  waiting.clear();
  for (const read of due) read();
}

// After the quiet time, when the browser is idle (at most a second later), or at once where it cannot say.
function whenIdle(): void {
  const idle = (globalThis as IdleWindow).requestIdleCallback;
  if (idle) idle(runWaiting, { timeout: 1000 });
  else runWaiting();
}

// Runs `read` once the window has had no coding action for QUIET_MS (a read already waiting is
// not added twice); returns a function that drops it (for a view that goes away).
export function refreshLater(read: () => void): () => void {
  waiting.add(read);
  if (timer !== null) clearTimeout(timer);
  timer = setTimeout(whenIdle, QUIET_MS);
  return () => {
    waiting.delete(read);
  };
}

// Whether reads are waiting (for tests).
export function refreshesWaiting(): number {
  return waiting.size;
}
