// The queries bench's word use and "find in every source" measurements, and the memory
// high-water mark after each part of it (the kernel's maxRSS only grows, so each row is the
// most the process has needed up to the end of that part).
import { runWordFrequency } from '../../../electron/queries/word-use.ts';
import { findText } from '../../../electron/sources/find-replace.ts';
import { forgetProjectIndex } from '../../../electron/queries/index-cache.ts';
import { searchText } from '../../../electron/queries/search.ts';
import { warmUpQueries } from '../../../electron/queries/warm-up.ts';
import type { WordFrequencyDefinition } from '../../../shared/model/queries.ts';
import { quantile, repeatMs, timeMs } from '../bench-context.ts';
import type { BenchContext } from '../bench-context.ts';

// Records the process's peak resident memory so far, after a part of the bench.
export function highWaterMark(ctx: BenchContext, part: string): void {
  ctx.add(`peak memory (rss) after ${part}`, 'max', process.resourceUsage().maxRSS / 1024, 'MiB');
}

const WHOLE_CORPUS: WordFrequencyDefinition = { selection: { kind: 'sources' }, stem: true, stopWords: true, minLength: 3, limit: 200 };

// Word frequency over the whole corpus (the first time, then again), over a scope, and over the big node's references.
export async function wordUseBench(ctx: BenchContext, bigNode: number): Promise<void> {
  const { store, add } = ctx;
  // what the app does in the background after opening (nothing counted yet in the corpus)
  const started = performance.now();
  const warm = await warmUpQueries(store, () => true);
  add('background warm-up after opening (word counts of every source)', 'value', performance.now() - started, 'ms');
  add('background warm-up after opening: longest step holding the event loop', 'max', warm.longestStepMs, 'ms');
  add('word frequency, whole corpus, stemmed (first count, after the warm-up)', 'value', timeMs(() => runWordFrequency(store, WHOLE_CORPUS)), 'ms');
  const again = repeatMs(5, () => runWordFrequency(store, WHOLE_CORPUS));
  add('word frequency, whole corpus, stemmed, again', 'median', quantile(again, 0.5), 'ms');
  add('word frequency, whole corpus, stemmed, again', 'p95', quantile(again, 0.95), 'ms');
  const scoped: WordFrequencyDefinition = { ...WHOLE_CORPUS, stem: false, selection: { kind: 'sources', scope: { excludeInterviewer: true, filters: [{ field: 'role', values: ['mentor', 'broker'] }, { field: 'round', values: ['1'] }] } } };
  const scopedTimes = repeatMs(5, () => runWordFrequency(store, scoped));
  add('word frequency, participants of two roles in round 1', 'median', quantile(scopedTimes, 0.5), 'ms');
  add('word frequency, references of the big node', 'value', timeMs(() => runWordFrequency(store, { selection: { kind: 'node', nodeId: bigNode, includeDescendants: false }, stem: false, stopWords: true, minLength: 3, limit: 200 })), 'ms');
}

// "Find a word in every source": a word in every source, a speaker label in one source, a word in none.
export function findBench(ctx: BenchContext): void {
  const { store, add, size } = ctx;
  const everywhere = repeatMs(5, () => findText(store, { query: 'coaching', limit: 10_000 }));
  add('find a word in every source (first 10,000 hits)', 'median', quantile(everywhere, 0.5), 'ms');
  const dialog = repeatMs(5, () => findText(store, { query: 'coaching', limit: 500 }));
  add('find a word in every source (first 500 hits, as the find dialog asks)', 'median', quantile(dialog, 0.5), 'ms');
  add('find a word in every source (first 500 hits, as the find dialog asks)', 'p95', quantile(dialog, 0.95), 'ms');
  const label = `P${Math.ceil(size / 2)}:`;
  const one = findText(store, { query: label });
  if (one.matches.length === 0) throw new Error(`find found no ${label}`);
  add(`find a speaker label in one source ("${label}")`, 'median', quantile(repeatMs(5, () => findText(store, { query: label })), 0.5), 'ms');
  add('find a word in no source', 'median', quantile(repeatMs(5, () => findText(store, { query: 'zygote' })), 0.5), 'ms');
  add('find a word in no source, whole words, match case', 'median', quantile(repeatMs(5, () => findText(store, { query: 'Zygote', wholeWord: true, matchCase: true })), 0.5), 'ms');
}

// The first search after opening once the background warm-up has run (each time with the queries index forgotten first).
export async function searchAfterWarmUpBench(ctx: BenchContext, query: string): Promise<void> {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    forgetProjectIndex(ctx.store);
    await warmUpQueries(ctx.store, () => true);
    times.push(timeMs(() => searchText(ctx.store, { query })));
  }
  ctx.add('first query after opening, once the background warm-up has run: search', 'median', quantile(times, 0.5), 'ms');
}
