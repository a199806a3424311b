// Word frequency over sources as a job: the sources whose words are not counted yet are
// counted a few at a time, yielding between batches (so the app answers meanwhile), with
// progress once it takes longer than a moment and a cancel between batches; then the kept
// counts are added up as usual (the result is the same as runWordFrequency's).
import { ApiError } from '../../shared/errors.ts';
import type { WordFrequencyDefinition, WordFrequencyResult } from '../../shared/model/queries.ts';
import type { Store } from '../db/store.ts';
import { projectIndex } from './index-cache.ts';
import { sourcesInScope } from './lookup.ts';
import { prepareWordCounts, staleWordCounts } from './word-counts.ts';
import { runWordFrequency } from './word-use.ts';

// Sources counted between two yields (about 3 ms each for a 5,000-word transcript).
const BATCH = 16;
// progress is shown only for counts that take longer than this
const QUIET_MS = 300;

export interface CountingWork {
  progress?: (done: number, total: number, message: string) => void;
  signal?: AbortSignal;
  // false stops the counting quietly (the project was closed)
  stillWanted?: () => boolean;
  // the longest one batch held the event loop, for the bench
  longestStepMs?: number;
}

const yieldToEvents = () => new Promise<void>((resolve) => setImmediate(resolve));
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// Counts the words of the sources (of some) not counted yet, a batch at a time; false when stopped by stillWanted.
export async function prepareWordCountsInSteps(store: Store, sourceIds: readonly number[], work: CountingWork = {}): Promise<boolean> {
  const missing = staleWordCounts(store, sourceIds);
  const started = performance.now();
  let shown = false;
  for (let i = 0; i < missing.length; i += BATCH) {
    // an action of the user's in progress is left to finish first
    while (store.db.open && store.db.inTransaction) await pause(20);
    if (work.stillWanted && (!work.stillWanted() || !store.db.open)) return false;
    if (work.signal?.aborted) {
      if (shown) work.progress?.(missing.length, missing.length, 'Counting cancelled');
      throw new ApiError('CANCELLED', 'Counting the words was cancelled.');
    }
    const stepStarted = performance.now();
    prepareWordCounts(store, missing.slice(i, i + BATCH));
    work.longestStepMs = Math.max(work.longestStepMs ?? 0, performance.now() - stepStarted);
    const done = Math.min(missing.length, i + BATCH);
    if (done < missing.length && (shown || performance.now() - started > QUIET_MS)) {
      shown = true;
      work.progress?.(done, missing.length, `Counting words: ${done.toLocaleString('en-GB')} of ${missing.length.toLocaleString('en-GB')} sources`);
    }
    await yieldToEvents();
  }
  if (shown) work.progress?.(missing.length, missing.length, 'Counted');
  return true;
}

// Counts word use like runWordFrequency, counting the missing sources of the selection in steps first.
export async function runWordFrequencyInSteps(store: Store, def: WordFrequencyDefinition, work: CountingWork = {}): Promise<WordFrequencyResult> {
  if (def.selection.kind === 'sources') {
    const index = projectIndex(store);
    const allowed = sourcesInScope(index.lookups, def.selection.scope);
    await prepareWordCountsInSteps(store, [...index.segmentBlocks.keys()].filter((id) => !allowed || allowed.has(id)).sort((a, b) => a - b), work);
  }
  return runWordFrequency(store, def);
}
