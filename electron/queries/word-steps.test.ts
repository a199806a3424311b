// Word frequency counted in steps (the Word use tab's job) and the warm-up after opening
// give exactly what counting at once gives; a cancelled count says so and the next one
// still counts right; the warm-up stops when the project is no longer wanted.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../tests/helpers/temp-dir.ts';
import type { WordFrequencyDefinition } from '../../shared/model/queries.ts';
import { createProject, openProject } from '../db/open-project.ts';
import type { OpenStore } from '../db/open-project.ts';
import { writeDemoStudy } from '../projects/demo-study.ts';
import { projectIndex } from './index-cache.ts';
import { warmUpQueries } from './warm-up.ts';
import { staleWordCounts } from './word-counts.ts';
import { runWordFrequencyInSteps } from './word-steps.ts';
import { wordFrequencyFromText } from './word-use.ts';

let tmp: ReturnType<typeof makeTempDir>;
let path: string;

const ALL: WordFrequencyDefinition = { selection: { kind: 'sources' }, stem: true, stopWords: true, minLength: 3, limit: 500 };
const SCOPED: WordFrequencyDefinition = { ...ALL, stem: false, selection: { kind: 'sources', scope: { excludeInterviewer: true } } };

beforeAll(() => {
  tmp = makeTempDir('alens-word-steps-');
  path = join(tmp.dir, 'demo.alens');
  const store = createProject(path, 'Demo');
  writeDemoStudy(store);
  store.close();
});
afterAll(() => tmp.cleanup());

// Opens the demo afresh (nothing counted in memory; counts kept in the file are read).
function fresh(): OpenStore {
  return openProject(path);
}

function sourceIds(store: OpenStore): number[] {
  return [...projectIndex(store).segmentBlocks.keys()];
}

describe('runWordFrequencyInSteps', () => {
  it('gives what reading the text gives, for the whole corpus and a scope', async () => {
    const store = fresh();
    try {
      expect(await runWordFrequencyInSteps(store, ALL)).toEqual(wordFrequencyFromText(store, ALL));
      expect(await runWordFrequencyInSteps(store, SCOPED)).toEqual(wordFrequencyFromText(store, SCOPED));
    } finally {
      store.close();
    }
  });

  it('stops with a clear message when cancelled, and a later count is still right', async () => {
    const store = fresh();
    try {
      // nothing counted in memory yet (this connection), so the count has batches to cancel between
      expect(staleWordCounts(store, sourceIds(store)).length).toBeGreaterThan(0);
      const controller = new AbortController();
      controller.abort();
      await expect(runWordFrequencyInSteps(store, ALL, { signal: controller.signal })).rejects.toMatchObject({ code: 'CANCELLED', message: 'Counting the words was cancelled.' });
      expect(await runWordFrequencyInSteps(store, ALL)).toEqual(wordFrequencyFromText(store, ALL));
    } finally {
      store.close();
    }
  });
});

describe('warmUpQueries', () => {
  it('counts every source, so the first count after it only adds up', async () => {
    const store = fresh();
    try {
      expect(staleWordCounts(store, sourceIds(store)).length).toBeGreaterThan(0);
      const report = await warmUpQueries(store, () => true);
      expect(report.finished).toBe(true);
      expect(staleWordCounts(store, sourceIds(store))).toEqual([]);
      expect(await runWordFrequencyInSteps(store, ALL)).toEqual(wordFrequencyFromText(store, ALL));
    } finally {
      store.close();
    }
  });

  it('does nothing once the project is no longer wanted', async () => {
    const store = fresh();
    try {
      const report = await warmUpQueries(store, () => false);
      expect(report.finished).toBe(false);
      expect(staleWordCounts(store, sourceIds(store)).length).toBe(sourceIds(store).length);
    } finally {
      store.close();
    }
  });
});
