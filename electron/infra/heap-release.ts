// Gives memory back after large work. An export builds hundreds of megabytes of short-lived
// objects (the Word document's tree, its XML, the packed bytes); once it has answered they
// are garbage, but V8 collects only when something allocates again, so an idle app stayed
// at its peak (about 700 MB after a Word export of 15,000 extracts, 250 MB before). After a
// job that left the heap much larger than it found it, a full collection is run once the
// answer has gone, which returns the memory to the system.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// Growth of the heap during a job above which it is collected afterwards.
export const RELEASE_THRESHOLD_BYTES = 64 * 1024 * 1024;

type Collect = () => void;

let collector: Collect | null | undefined;

// V8's full collection: the one Node exposes with --expose-gc, else obtained by setting that flag for one new context.
function findCollector(): Collect | null {
  const exposed = (globalThis as { gc?: unknown }).gc;
  if (typeof exposed === 'function') return exposed as Collect;
  try {
    setFlagsFromString('--expose-gc');
    const found: unknown = runInNewContext('gc');
    setFlagsFromString('--no-expose-gc');
    return typeof found === 'function' ? (found as Collect) : null;
  } catch {
    return null;
  }
}

// The bytes of JavaScript objects alive or not yet collected.
export function heapUsed(): number {
  return process.memoryUsage().heapUsed;
}

// Runs a full garbage collection; false when this runtime offers none.
export function collectGarbage(): boolean {
  if (collector === undefined) collector = findCollector();
  if (!collector) return false;
  collector();
  return true;
}

// After a job: when the heap grew by more than the threshold since `before`, collects once the
// current answer has been sent (the next turn of the event loop). Resolves with whether it collected.
export function releaseHeapIfGrown(before: number, threshold = RELEASE_THRESHOLD_BYTES): Promise<boolean> {
  if (heapUsed() - before <= threshold) return Promise.resolve(false);
  return new Promise((resolve) => {
    setTimeout(() => resolve(collectGarbage()), 0);
  });
}
