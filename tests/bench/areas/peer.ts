// The side-by-side corpus of docs/PERFORMANCE.md: 30 generated interview transcripts of
// 20,000-70,000 characters (about 1.1 million characters and 750 codings in all, like the
// 30 de-identified transcripts QualCoder 4.0 was measured on), whatever the corpus size.
// Measured: text search for "work" in every source, the first time after opening the
// project and again, and "find a word in every source" for it.
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { openProject } from '../../../electron/db/open-project.ts';
import { searchText } from '../../../electron/queries/search.ts';
import { findText } from '../../../electron/sources/find-replace.ts';
import { quantile, repeatMs, timeMs } from '../bench-context.ts';
import type { BenchArea } from '../bench-context.ts';
import { buildCorpus } from '../synthetic-corpus.ts';

export const PEER_CORPUS = { transcripts: 30, codingsPerTranscript: 25, wordRange: [3400, 11800] as const };

export const peerBench: BenchArea = {
  name: 'peer',
  run({ workDir, add }) {
    const corpus = buildCorpus(PEER_CORPUS, join(process.cwd(), '.bench-cache'));
    mkdirSync(workDir, { recursive: true });
    const path = join(workDir, 'peer.alens');
    for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
    copyFileSync(corpus.path, path);
    const opens: number[] = [];
    let hits = 0;
    for (let i = 0; i < 5; i++) {
      const store = openProject(path);
      try {
        opens.push(timeMs(() => (hits = searchText(store, { query: 'work' }).totalSegments)));
      } finally {
        store.close();
      }
    }
    const store = openProject(path);
    try {
      const stats = store.db.prepare('SELECT count(*) AS sources, sum(length(text)) AS characters, (SELECT count(*) FROM codings) AS codings FROM sources').get() as { sources: number; characters: number; codings: number };
      add('peer corpus: transcripts', 'value', stats.sources, 'sources');
      add('peer corpus: characters', 'value', stats.characters, 'characters');
      add('peer corpus: codings', 'value', stats.codings, 'codings');
      add('peer corpus: segments matching "work"', 'value', hits, 'segments');
      add('peer corpus: search "work", first query after opening', 'median', quantile(opens, 0.5), 'ms');
      searchText(store, { query: 'work' });
      add('peer corpus: search "work", again', 'median', quantile(repeatMs(20, () => searchText(store, { query: 'work' })), 0.5), 'ms');
      add('peer corpus: find "work" in every source', 'median', quantile(repeatMs(20, () => findText(store, { query: 'work' })), 0.5), 'ms');
    } finally {
      store.close();
    }
  },
};
