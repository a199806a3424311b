// Memory around a Word export of the coded extracts the size of the (one question of
// 15,476 extracts at 1,000 transcripts): the process's memory before, at its peak and after,
// both as the export leaves it and once the app has released what the job left (the
// dispatcher collects after a job that grew the heap; electron/infra/heap-release.ts).
// The preview the screen shows first runs before the export, as in the app.
import { exportExtractsDocx, previewExtracts } from '../../../electron/documents/extracts-export.ts';
import { collectGarbage, heapUsed, releaseHeapIfGrown } from '../../../electron/infra/heap-release.ts';
import type { BenchArea, BenchContext } from '../bench-context.ts';
import { benchExportOptions, selectionOf, sourcesFor } from './extracts-export-setup.ts';

const EXTRACTS = 15_476;
const MiB = 1024 * 1024;

// Records the process's resident memory and live heap now.
function memoryRows(ctx: BenchContext, when: string): void {
  const usage = process.memoryUsage();
  ctx.add(`Word export memory (rss): ${when}`, 'value', usage.rss / MiB, 'MiB');
  ctx.add(`Word export memory (heap used): ${when}`, 'value', usage.heapUsed / MiB, 'MiB');
}

// Waits until the resident memory has stopped falling: five samples in a row (20 ms apart) within
// 1 MiB of one another. Resolves with the time it took; gives up after 10 s and says so.
async function residentMemorySettled(): Promise<number> {
  const started = performance.now();
  const samples: number[] = [process.memoryUsage().rss];
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    samples.push(process.memoryUsage().rss);
    const last = samples.slice(-5);
    if (last.length === 5 && Math.max(...last) - Math.min(...last) < MiB) return performance.now() - started;
    if (performance.now() - started > 10_000) throw new Error('the resident memory was still changing 10 s after the collection');
  }
}

// Runs one piece of work as the dispatcher runs a job: the heap is released afterwards when the job grew it.
async function asJob<T>(work: () => T | Promise<T>): Promise<{ result: T; released: Promise<boolean> }> {
  const before = heapUsed();
  const result = await work();
  return { result, released: releaseHeapIfGrown(before) };
}

export const exportMemoryBench: BenchArea = {
  name: 'export-memory',
  async run(ctx) {
    const selection = selectionOf(sourcesFor(ctx, EXTRACTS).ids);
    collectGarbage();
    memoryRows(ctx, 'before');
    const preview = await asJob(() => previewExtracts(ctx.store, selection, { attribution: 'role-project', anonymiseMemos: false, includeMemos: true, limit: 300 }));
    await preview.released;
    const started = performance.now();
    const job = await asJob(() => exportExtractsDocx(ctx.store, benchExportOptions(ctx, selection)));
    const ms = performance.now() - started;
    if (!job.result.written) throw new Error(`the bench export was blocked: ${job.result.message}`);
    ctx.add(`Word export of ${job.result.extracts} extracts (preview first)`, 'value', ms, 'ms');
    ctx.add('Word export memory (rss): at the peak (high-water mark of the process)', 'max', process.resourceUsage().maxRSS / 1024, 'MiB');
    // what an idle app kept before: V8 collects only when something allocates again
    memoryRows(ctx, 'after, as the export leaves it');
    if (!(await job.released)) throw new Error('the export did not grow the heap past the release threshold');
    // V8 hands the freed pages back to the system from its background threads, just after the collection
    const settledMs = await residentMemorySettled();
    ctx.add('Word export memory: time for the released pages to reach the system', 'value', settledMs, 'ms');
    memoryRows(ctx, 'after, released as the app does after a job');
  },
};
