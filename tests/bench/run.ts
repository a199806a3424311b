// `npm run bench`: measures the app's services on synthetic corpora and writes
// bench-results.json ([{name, size, stat, value, unit}]) so runs can be compared.
//   npm run bench -- --sizes 100,1000 --codings 100
import { copyFileSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createBackup } from '../../electron/db/backups.ts';
import { openProject } from '../../electron/db/open-project.ts';
import { redo, undo } from '../../electron/db/undo-log.ts';
import { listCodingDetails } from '../../electron/services/coding-report.ts';
import { createCoding } from '../../electron/services/coding.ts';
import { projectStats } from '../../electron/services/project-info.ts';
import { getSource, listSources } from '../../electron/services/sources.ts';
import { editSourceText } from '../../electron/services/source-edits.ts';
import { buildCorpus } from './synthetic-corpus.ts';

export interface BenchResult {
  name: string;
  size: number;
  stat: 'median' | 'p95' | 'max' | 'rate' | 'value';
  value: number;
  unit: string;
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? (process.argv[i + 1] as string) : fallback;
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

function time<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const result = fn();
  return [result, performance.now() - start];
}

function repeat(times: number, fn: (i: number) => void): number[] {
  const out: number[] = [];
  for (let i = 0; i < times; i++) out.push(time(() => fn(i))[1]);
  return out;
}

async function main(): Promise<void> {
  const sizes = arg('sizes', '100').split(',').map(Number).filter((n) => n > 0);
  const codings = Number(arg('codings', '100'));
  const cacheDir = join(process.cwd(), '.bench-cache');
  const workDir = join(cacheDir, 'work');
  const results: BenchResult[] = [];
  const add = (name: string, size: number, stat: BenchResult['stat'], value: number, unit: string) => results.push({ name, size, stat, value: Math.round(value * 1000) / 1000, unit });

  for (const size of sizes) {
    process.stdout.write(`Corpus of ${size} transcripts: `);
    const corpus = buildCorpus({ transcripts: size, codingsPerTranscript: codings }, cacheDir, (done, total) => process.stdout.write(done === total ? `built.\n` : ''));
    if (corpus.cached) process.stdout.write('cached.\n');
    else add('generate corpus (import path)', size, 'rate', corpus.words / corpus.buildSeconds, 'words/s');

    mkdirSync(workDir, { recursive: true });
    const path = join(workDir, `bench-${size}.alens`);
    for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
    copyFileSync(corpus.path, path);
    add('project file size', size, 'value', statSync(path).size / 1024 / 1024, 'MiB');

    const opens = repeat(5, () => openProject(path).close());
    add('open project', size, 'median', quantile(opens, 0.5), 'ms');

    const store = openProject(path);
    try {
      add('stats', size, 'median', quantile(repeat(5, () => projectStats(store)), 0.5), 'ms');
      const lists = repeat(5, () => listSources(store));
      add('sources list', size, 'median', quantile(lists, 0.5), 'ms');
      add('sources list', size, 'p95', quantile(lists, 0.95), 'ms');
      const sources = listSources(store);
      const gets = repeat(20, (i) => getSource(store, sources[i % sources.length]?.id ?? 1));
      add('open one source (text + segments)', size, 'median', quantile(gets, 0.5), 'ms');
      add('all codings with text and case', size, 'median', quantile(repeat(3, () => listCodingDetails(store)), 0.5), 'ms');
      const nodeId = Number(store.db.prepare('SELECT id FROM nodes LIMIT 1').pluck().get());
      const codes = repeat(50, (i) => createCoding(store, { sourceId: sources[i % sources.length]?.id ?? 1, nodeId, start: 10, end: 60 }));
      add('code a passage (one transaction)', size, 'median', quantile(codes, 0.5), 'ms');
      add('code a passage (one transaction)', size, 'p95', quantile(codes, 0.95), 'ms');
      const undos = repeat(20, () => undo(store));
      add('undo', size, 'median', quantile(undos, 0.5), 'ms');
      repeat(20, () => redo(store));
      const first = getSource(store, sources[0]?.id ?? 1);
      let revision = first.revision;
      const edits = repeat(20, () => {
        revision = editSourceText(store, first.id, { start: 50, end: 50, insert: 'x', baseRevision: revision }).revision;
      });
      add('correct a transcript (maps codings)', size, 'median', quantile(edits, 0.5), 'ms');
      const [, backupMs] = await (async () => {
        const start = performance.now();
        const b = await createBackup(store, 'snapshot', 'bench');
        return [b, performance.now() - start] as const;
      })();
      add('backup (SQLite backup API)', size, 'value', backupMs, 'ms');
      add('peak memory (rss)', size, 'max', process.memoryUsage().rss / 1024 / 1024, 'MiB');
    } finally {
      store.close();
    }
  }

  const width = Math.max(...results.map((r) => r.name.length));
  console.log(`\n${'measurement'.padEnd(width)}  ${'size'.padStart(6)}  ${'stat'.padEnd(6)}  value`);
  for (const r of results) console.log(`${r.name.padEnd(width)}  ${String(r.size).padStart(6)}  ${r.stat.padEnd(6)}  ${r.value} ${r.unit}`);
  writeFileSync('bench-results.json', `${JSON.stringify(results, null, 2)}\n`);
  console.log('\nWrote bench-results.json');
}

void main();
