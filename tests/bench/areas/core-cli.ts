// `codings --json` as a researcher runs it: the command line in a process of its own, its
// output read from a pipe (and thrown away), timed from start to exit with the process's
// peak memory.
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

// Runs `codings <project> --json` in a child process; resolves with its time, output size and peak memory.
export function codingsJsonInChild(projectPath: string, workDir: string): Promise<{ ms: number; bytes: number; peakMiB: number }> {
  const rssFile = join(workDir, 'cli-child.rss');
  rmSync(rssFile, { force: true });
  const script = join(import.meta.dirname, '..', 'cli-child.ts');
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, script, rssFile, 'codings', projectPath, '--json'], { stdio: ['ignore', 'pipe', 'inherit'] });
    let bytes = 0;
    child.stdout.on('data', (chunk: Buffer) => (bytes += chunk.length));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) reject(new Error(`codings --json exited with ${code}`));
      else resolve({ ms: performance.now() - started, bytes, peakMiB: Number(readFileSync(rssFile, 'utf8')) });
    });
  });
}
