// Large work leaves garbage that V8 would keep until something allocates again: the release
// collects it (without --expose-gc) once the heap grew past the threshold, and leaves small work alone.
import { describe, expect, it } from 'vitest';
import { collectGarbage, heapUsed, RELEASE_THRESHOLD_BYTES, releaseHeapIfGrown } from './heap-release.ts';

// About 160 MB of arrays, alive until the caller lets go of them.
function makeGarbage(): number[][] {
  return Array.from({ length: 20_000 }, (_, i) => new Array<number>(1000).fill(i));
}

describe('giving memory back after large work', () => {
  it('finds a full collection in a process started without --expose-gc', () => {
    expect((globalThis as { gc?: unknown }).gc).toBeUndefined();
    expect(collectGarbage()).toBe(true);
  });

  it('collects what large work left once the heap grew past the threshold', async () => {
    collectGarbage();
    const before = heapUsed();
    const held: { garbage: number[][] | null } = { garbage: makeGarbage() };
    expect(held.garbage).toHaveLength(20_000);
    held.garbage = null;
    expect(heapUsed() - before).toBeGreaterThan(RELEASE_THRESHOLD_BYTES);
    expect(await releaseHeapIfGrown(before)).toBe(true);
    expect(heapUsed() - before).toBeLessThan(RELEASE_THRESHOLD_BYTES / 4);
  });

  it('does not collect after small work', async () => {
    collectGarbage();
    expect(await releaseHeapIfGrown(heapUsed())).toBe(false);
  });
});
