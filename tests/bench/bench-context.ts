// What each area's benchmark receives from `npm run bench`.
import type { OpenStore } from '../../electron/db/open-project.ts';

export interface BenchResult {
  name: string;
  size: number;
  stat: 'median' | 'p95' | 'max' | 'rate' | 'value';
  value: number;
  unit: string;
}

export interface BenchContext {
  // number of transcripts in the corpus
  size: number;
  // a fresh working copy of the cached corpus project (safe to change)
  projectPath: string;
  // the working copy, opened
  store: OpenStore;
  // a scratch folder for this size
  workDir: string;
  // records one measurement
  add(name: string, stat: BenchResult['stat'], value: number, unit: string): void;
}

export interface BenchArea {
  name: string;
  run(ctx: BenchContext): void | Promise<void>;
}

// The value at quantile q (0..1) of a list of numbers.
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

// Times fn once, in milliseconds.
export function timeMs(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

// Times fn `times` times (fn gets the iteration number), in milliseconds.
export function repeatMs(times: number, fn: (i: number) => unknown): number[] {
  const out: number[] = [];
  for (let i = 0; i < times; i++) out.push(timeMs(() => fn(i)));
  return out;
}

// Runs a full garbage collection when the bench process allows it (run.ts starts areas with
// --expose-gc), so a repeated step's peak memory is one run's, not the garbage of the last.
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

// Times fn `times` times like repeatMs, collecting garbage before each run (outside the timing).
export function repeatAfterGcMs(times: number, fn: (i: number) => unknown): number[] {
  const out: number[] = [];
  for (let i = 0; i < times; i++) {
    collectGarbage();
    out.push(timeMs(() => fn(i)));
  }
  return out;
}

// Times an async fn `times` times like repeatAfterGcMs (fn gets the iteration number), in milliseconds.
export async function repeatAfterGcAsyncMs(times: number, fn: (i: number) => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < times; i++) {
    collectGarbage();
    const start = performance.now();
    await fn(i);
    out.push(performance.now() - start);
  }
  return out;
}
