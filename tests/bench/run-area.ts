// One area's benchmark in a process of its own, so that its peak memory is its own:
// `run.ts` starts this file once per area and size, and reads back what it measured.
//   tsx tests/bench/run-area.ts <area> <size> <corpus.alens> <workDir> <results.json>
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openProject } from '../../electron/db/open-project.ts';
import { BENCH_AREAS } from './areas/index.ts';
import type { BenchResult } from './bench-context.ts';

// Runs one area on a fresh working copy of the corpus and writes its results as JSON.
export async function runArea(areaName: string, size: number, corpusPath: string, workDir: string, resultsPath: string): Promise<void> {
  const entry = BENCH_AREAS.find((a) => a.name === areaName);
  if (!entry) throw new Error(`no bench area called ${areaName}`);
  const area = await entry.load();
  if (area.name !== entry.name) throw new Error(`the ${entry.name} bench module exports the ${area.name} area`);
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  const projectPath = join(workDir, 'project.alens');
  copyFileSync(corpusPath, projectPath);
  const results: BenchResult[] = [];
  const add = (name: string, stat: BenchResult['stat'], value: number, unit: string) => results.push({ name, size, stat, value: Math.round(value * 1000) / 1000, unit });
  const store = openProject(projectPath);
  try {
    await area.run({ size, projectPath, store, workDir, add });
  } finally {
    store.close();
  }
  // the kernel's high-water mark of this process's resident memory (maxRSS is in KiB)
  add(`peak memory (rss): ${area.name}`, 'max', process.resourceUsage().maxRSS / 1024, 'MiB');
  writeFileSync(resultsPath, JSON.stringify(results));
}

const [areaName, size, corpusPath, workDir, resultsPath] = process.argv.slice(2);
if (areaName && size && corpusPath && workDir && resultsPath) {
  runArea(areaName, Number(size), corpusPath, workDir, resultsPath).then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
