// Warms what the first queries after opening a project need, in the background once the
// first screen is up: the shared queries index, the full-text indexes' first pages and
// statements (a first search then costs what a repeat does), and the word counts of every
// source (counted a few sources at a time between other requests, and kept in the
// project, so a later open only reads them).
import { whenWritable } from '../db/integrity.ts';
import type { Store } from '../db/store.ts';
import { sourcesHolding } from '../sources/find-queries.ts';
import { projectIndex } from './index-cache.ts';
import { ftsMatches } from './search-queries.ts';
import { prepareWordCountsInSteps } from './word-steps.ts';

export interface WarmUpReport {
  finished: boolean;
  // the longest the event loop was held at one time
  longestStepMs: number;
}

const yieldToEvents = () => new Promise<void>((resolve) => setImmediate(resolve));

// Warms the queries of an open project while `stillWanted()` holds (false once it is closed or replaced).
export async function warmUpQueries(store: Store, stillWanted: () => boolean): Promise<WarmUpReport> {
  const wanted = () => stillWanted() && store.db.open;
  const report: WarmUpReport = { finished: false, longestStepMs: 0 };
  const timed = <T>(work: () => T): T => {
    const started = performance.now();
    const out = work();
    report.longestStepMs = Math.max(report.longestStepMs, performance.now() - started);
    return out;
  };
  if (!wanted()) return report;
  const sourceIds = timed(() => [...projectIndex(store).segmentBlocks.keys()].sort((a, b) => a - b));
  await yieldToEvents();
  if (!wanted()) return report;
  // a term in no text: FTS5 reads its structure record, and the statements are prepared
  timed(() => {
    ftsMatches(store, '"qqqqzz"');
    sourcesHolding(store, '"qqz"');
  });
  const work = { stillWanted: wanted, longestStepMs: 0 };
  report.finished = await prepareWordCountsInSteps(store, sourceIds, work);
  report.longestStepMs = Math.max(report.longestStepMs, work.longestStepMs);
  return report;
}

// Starts the warm-up once the first screen is up and the file's check has run (a warm-up
// that fails only leaves the work to the first query).
export function warmUpAfterCheck(store: Store, stillWanted: () => boolean): void {
  whenWritable(store)
    .then(() => warmUpQueries(store, stillWanted))
    .catch(() => undefined);
}
