// Import throughput: as many generated transcripts (~5,000 words each) as the corpus size,
// and at least 500, as .txt files
// imported the full way (read in the reader process, speakers detected and attributed,
// one transaction per file with segments, cases and the full-text index), next to the
// floor we cannot beat: the same files' text inserted straight into SQLite with FTS5,
// one transaction per file, with the project's durability settings. Aim: within 2x.
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createProject } from '../../../electron/db/open-project.ts';
import { importFilesAutomatically } from '../../../electron/sources/import-auto.ts';
import { createParseRunner, forkWorker } from '../../../electron/infra/reader-runner.ts';
import type { BenchArea } from '../bench-context.ts';
import { seededRandom, syntheticTranscript } from '../synthetic-corpus.ts';

const MIN_FILES = 500;

function writeCorpus(dir: string, count: number): string[] {
  mkdirSync(dir, { recursive: true });
  const rand = seededRandom(4242);
  return Array.from({ length: count }, (_, i) => {
    const path = join(dir, `interview-${String(i + 1).padStart(5, '0')}.txt`);
    writeFileSync(path, syntheticTranscript(rand, `Participant ${i + 1}`, 5000));
    return path;
  });
}

// The floor: each file's text into a table and a contentless FTS5 index, one transaction per file.
function floor(paths: readonly string[], dbPath: string): number {
  for (const suffix of ['', '-wal', '-shm']) rmSync(dbPath + suffix, { force: true });
  const db = new Database(dbPath);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(`CREATE TABLE docs (id INTEGER PRIMARY KEY, name TEXT NOT NULL, text TEXT NOT NULL) STRICT;
           CREATE VIRTUAL TABLE docs_fts USING fts5(text, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2');`);
  const insertDoc = db.prepare('INSERT INTO docs (name, text) VALUES (?, ?)');
  const insertFts = db.prepare('INSERT INTO docs_fts (rowid, text) VALUES (?, ?)');
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const started = performance.now();
  for (const path of paths) {
    const text = decoder.decode(readFileSync(path));
    db.transaction(() => {
      const id = insertDoc.run(path, text).lastInsertRowid;
      insertFts.run(id, text);
    })();
  }
  const ms = performance.now() - started;
  db.close();
  return ms;
}

export const importBench: BenchArea = {
  name: 'import',
  async run({ size, workDir, add }) {
    const count = Math.max(MIN_FILES, size);
    const paths = writeCorpus(join(workDir, 'import-files'), count);
    const megabytes = paths.reduce((sum, p) => sum + statSync(p).size, 0) / (1024 * 1024);
    add(`import corpus (${count} .txt transcripts)`, 'value', megabytes, 'MB');

    const floorMs = floor(paths, join(workDir, 'floor.sqlite'));
    add('floor: text straight into SQLite + FTS5', 'rate', megabytes / (floorMs / 1000), 'MB/s');
    add('floor: text straight into SQLite + FTS5', 'rate', count / (floorMs / 1000), 'files/s');

    const projectPath = join(workDir, 'import-target.alens');
    for (const suffix of ['', '-wal', '-shm']) rmSync(projectPath + suffix, { force: true });
    const store = createProject(projectPath, 'Import bench');
    const runner = createParseRunner(forkWorker());
    try {
      const startup = performance.now();
      await runner.readDocument('warm-up.txt', new TextEncoder().encode('Warm-up.'));
      add('reader process start (once per session)', 'value', performance.now() - startup, 'ms');
      const started = performance.now();
      const outcomes = await importFilesAutomatically(store, runner, paths, { kind: 'transcript' });
      const ms = performance.now() - started;
      const failed = outcomes.filter((o) => o.status !== 'imported');
      if (failed.length > 0) throw new Error(`import bench: ${failed.length} files were not imported (${JSON.stringify(failed[0])})`);
      add('import: full pipeline (reader process, speakers, segments, FTS, undo)', 'rate', megabytes / (ms / 1000), 'MB/s');
      add('import: full pipeline (reader process, speakers, segments, FTS, undo)', 'rate', count / (ms / 1000), 'files/s');
      add('import time / floor time', 'value', ms / floorMs, 'x');
      const segments = Number(store.db.prepare('SELECT count(*) FROM segments').pluck().get());
      add('import: segments written', 'value', segments, 'segments');
    } finally {
      runner.close();
      store.close();
    }
  },
};
