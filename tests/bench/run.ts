// `npm run bench`: measures the app's services on synthetic corpora and writes
// bench-results.json ([{name, size, stat, value, unit}]) so runs can be compared.
//   npm run bench -- --sizes 100,1000 --codings 100 --only core,queries
import { copyFileSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openProject } from '../../electron/db/open-project.ts';
import { BENCH_AREAS } from './areas/index.ts';
import type { BenchResult } from './bench-context.ts';
import { buildCorpus } from './synthetic-corpus.ts';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? (process.argv[i + 1] as string) : fallback;
}

async function main(): Promise<void> {
  const sizes = arg('sizes', '100').split(',').map(Number).filter((n) => n > 0);
  const codings = Number(arg('codings', '100'));
  const only = arg('only', '').split(',').filter(Boolean);
  const cacheDir = join(process.cwd(), '.bench-cache');
  const results: BenchResult[] = [];

  for (const size of sizes) {
    process.stdout.write(`Corpus of ${size} transcripts: `);
    const corpus = buildCorpus({ transcripts: size, codingsPerTranscript: codings }, cacheDir, (done, total) => done === total && process.stdout.write('built.\n'));
    if (corpus.cached) process.stdout.write('cached.\n');
    const add = (name: string, stat: BenchResult['stat'], value: number, unit: string) => results.push({ name, size, stat, value: Math.round(value * 1000) / 1000, unit });
    if (!corpus.cached) add('generate corpus (service import path)', 'rate', corpus.words / corpus.buildSeconds, 'words/s');
    add('project file size', 'value', statSync(corpus.path).size / 1024 / 1024, 'MiB');
    for (const area of BENCH_AREAS) {
      if (only.length > 0 && !only.includes(area.name)) continue;
      const workDir = join(cacheDir, 'work', `${area.name}-${size}`);
      rmSync(workDir, { recursive: true, force: true });
      mkdirSync(workDir, { recursive: true });
      const projectPath = join(workDir, 'project.alens');
      copyFileSync(corpus.path, projectPath);
      const store = openProject(projectPath);
      try {
        await area.run({ size, projectPath, store, workDir, add });
      } finally {
        store.close();
      }
    }
    add('peak memory (rss)', 'max', process.memoryUsage().rss / 1024 / 1024, 'MiB');
  }

  const width = Math.max(...results.map((r) => r.name.length), 11);
  console.log(`\n${'measurement'.padEnd(width)}  ${'size'.padStart(6)}  ${'stat'.padEnd(6)}  value`);
  for (const r of results) console.log(`${r.name.padEnd(width)}  ${String(r.size).padStart(6)}  ${r.stat.padEnd(6)}  ${r.value} ${r.unit}`);
  writeFileSync('bench-results.json', `${JSON.stringify(results, null, 2)}\n`);
  console.log('\nWrote bench-results.json');
}

void main();
