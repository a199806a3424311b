// `npm run bench`: measures the app's services on synthetic corpora and writes
// bench-results.json ([{name, size, stat, value, unit}]) so runs can be compared.
//   npm run bench -- --sizes 100,1000 --codings 100 --only core,queries --out results.json
// Each area runs in a process of its own (run-area.ts), as a researcher's app would
// start the work fresh, so its peak memory row is that area's alone.
import { spawn } from 'node:child_process';
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH_AREAS } from './areas/index.ts';
import type { BenchResult } from './bench-context.ts';
import { buildCorpus } from './synthetic-corpus.ts';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? (process.argv[i + 1] as string) : fallback;
}

// Runs one area in a child process (the same Node and TypeScript loader as this one) and returns its results.
function runAreaProcess(area: string, size: number, corpusPath: string, workDir: string): Promise<BenchResult[]> {
  const resultsPath = `${workDir}.results.json`;
  rmSync(resultsPath, { force: true });
  const script = join(import.meta.dirname, 'run-area.ts');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, '--expose-gc', script, area, String(size), corpusPath, workDir, resultsPath], { stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code !== 0) reject(new Error(`the ${area} bench at ${size} transcripts failed (${signal ?? `exit ${code}`})`));
      else resolve(JSON.parse(readFileSync(resultsPath, 'utf8')) as BenchResult[]);
    });
  });
}

async function main(): Promise<void> {
  const sizes = arg('sizes', '100').split(',').map(Number).filter((n) => n > 0);
  const codings = Number(arg('codings', '100'));
  const only = arg('only', '').split(',').filter(Boolean);
  const unknown = only.filter((name) => !BENCH_AREAS.some((a) => a.name === name));
  if (unknown.length > 0) throw new Error(`no bench area called ${unknown.join(', ')}; the areas are ${BENCH_AREAS.map((a) => a.name).join(', ')}`);
  const cacheDir = join(process.cwd(), '.bench-cache');
  const results: BenchResult[] = [];

  for (const size of sizes) {
    process.stdout.write(`Corpus of ${size} transcripts: `);
    const corpus = buildCorpus({ transcripts: size, codingsPerTranscript: codings }, cacheDir, (done, total) => done === total && process.stdout.write('built.\n'));
    if (corpus.cached) process.stdout.write('cached.\n');
    const add = (name: string, stat: BenchResult['stat'], value: number, unit: string) => results.push({ name, size, stat, value: Math.round(value * 1000) / 1000, unit });
    if (!corpus.cached) add('generate corpus (service import path)', 'rate', corpus.words / corpus.buildSeconds, 'words/s');
    add('project file size', 'value', statSync(corpus.path).size / 1024 / 1024, 'MiB');
    let peak = 0;
    for (const area of BENCH_AREAS) {
      if (only.length > 0 && !only.includes(area.name)) continue;
      const started = performance.now();
      process.stdout.write(`  ${area.name} at ${size}...\n`);
      const areaResults = await runAreaProcess(area.name, size, corpus.path, join(cacheDir, 'work', `${area.name}-${size}`));
      results.push(...areaResults);
      for (const r of areaResults) if (r.name.startsWith('peak memory (rss)')) peak = Math.max(peak, r.value);
      process.stdout.write(`  ${area.name} at ${size}: ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    }
    add('peak memory (rss), the largest area', 'max', peak, 'MiB');
  }

  const width = Math.max(...results.map((r) => r.name.length), 11);
  console.log(`\n${'measurement'.padEnd(width)}  ${'size'.padStart(6)}  ${'stat'.padEnd(6)}  value`);
  for (const r of results) console.log(`${r.name.padEnd(width)}  ${String(r.size).padStart(6)}  ${r.stat.padEnd(6)}  ${r.value} ${r.unit}`);
  const out = arg('out', 'bench-results.json');
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nWrote ${out}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
