// Memory around a Word export of the coded extracts the size of the (one question of
// 15,476 extracts at 1,000 transcripts): the process's memory before, at its peak and after,
// both as the export leaves it and once the app has released what the job left (the
// dispatcher collects after a job that grew the heap; electron/infra/heap-release.ts).
// The preview the screen shows first runs before the export, as in the app.
import { join } from 'node:path';
import { exportExtractsDocx, previewExtracts } from '../../../electron/documents/extracts-export.ts';
import { collectGarbage, heapUsed, releaseHeapIfGrown } from '../../../electron/infra/heap-release.ts';
import type { BenchArea, BenchContext } from '../bench-context.ts';

const EXTRACTS = 15_476;
const MiB = 1024 * 1024;

// Sources whose codings add up to about `wanted` extracts.
function sourcesFor(ctx: BenchContext, wanted: number): number[] {
  const rows = ctx.store.db.prepare('SELECT source_id, count(*) AS n FROM codings GROUP BY source_id ORDER BY source_id').all() as { source_id: number; n: number }[];
  const ids: number[] = [];
  let count = 0;
  for (const r of rows) {
    if (count >= wanted) break;
    ids.push(r.source_id);
    count += r.n;
  }
  return ids;
}

// Records the process's resident memory and live heap now.
function memoryRows(ctx: BenchContext, when: string): void {
  const usage = process.memoryUsage();
  ctx.add(`Word export memory (rss): ${when}`, 'value', usage.rss / MiB, 'MiB');
  ctx.add(`Word export memory (heap used): ${when}`, 'value', usage.heapUsed / MiB, 'MiB');
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
    const selection = { questions: [], nodeIds: [], caseIds: [], sourceIds: sourcesFor(ctx, EXTRACTS), facets: [] };
    collectGarbage();
    memoryRows(ctx, 'before');
    const preview = await asJob(() => previewExtracts(ctx.store, selection, { attribution: 'role-project', anonymiseMemos: false, includeMemos: true, limit: 300 }));
    await preview.released;
    const started = performance.now();
    const job = await asJob(() =>
      exportExtractsDocx(ctx.store, {
        path: join(ctx.workDir, 'extracts.docx'),
        overwrite: true,
        selection,
        attribution: 'role-project',
        memos: 'comments',
        anonymiseMemos: false,
        title: 'Coded extracts',
        tableOfContents: true,
        nodeDescriptions: true,
        matrixFacet: 'role',
        alignmentMatrix: false,
        diagramIds: [],
      }),
    );
    const ms = performance.now() - started;
    if (!job.result.written) throw new Error(`the bench export was blocked: ${job.result.message}`);
    ctx.add(`Word export of ${job.result.extracts} extracts (preview first)`, 'value', ms, 'ms');
    ctx.add('Word export memory (rss): at the peak (high-water mark of the process)', 'max', process.resourceUsage().maxRSS / 1024, 'MiB');
    // what an idle app kept before: V8 collects only when something allocates again
    memoryRows(ctx, 'after, as the export leaves it');
    if (!(await job.released)) throw new Error('the export did not grow the heap past the release threshold');
    // V8 hands the freed pages back to the system from its background threads, just after the collection
    await new Promise((resolve) => setTimeout(resolve, 1000));
    memoryRows(ctx, 'after, released as the app does after a job (1 s later)');
  },
};
