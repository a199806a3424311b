// The e2e fixture: a fresh settings folder, the web host started on it with the demo
// project open (as `npm run web` does), and the CLI for checks against the same file.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base } from '@playwright/test';

const ROOT = join(import.meta.dirname, '..', '..');

export interface CliResult {
  stdout: string;
  stderr: string;
  code: number;
}

// Runs the CLI (the same entry as `npm run cli`) and collects its output.
export function runCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'electron', 'cli', 'main.ts'), ...args], { cwd: ROOT, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ stdout, stderr, code: code ?? 1 }));
  });
}

interface WebServer {
  url: string;
  homeDir: string;
  process: ChildProcess;
}

// Starts browser mode on a fresh settings folder and waits for its address.
export async function startWebServer(homeDir: string, args: string[] = [], env: NodeJS.ProcessEnv = {}): Promise<WebServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'electron', 'app', 'web-main.ts'), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env, ACTIVITY_LENS_HOME: homeDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`web host did not start:\n${output}`)), 30_000);
    const onData = (d: Buffer) => {
      output += d.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`web host exited with ${code}:\n${output}`)));
  });
  return { url, homeDir, process: child };
}

interface Fixtures {
  homeDir: string;
  server: WebServer;
  appUrl: string;
  projectPath: string;
  cli: (args: string[]) => Promise<CliResult>;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  homeDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'alens-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  server: async ({ homeDir }, use) => {
    const server = await startWebServer(homeDir);
    await use(server);
    server.process.kill('SIGTERM');
    await new Promise((resolve) => (server.process.exitCode !== null ? resolve(null) : server.process.on('exit', resolve)));
  },
  appUrl: async ({ server }, use) => use(server.url),
  projectPath: async ({ homeDir }, use) => use(join(homeDir, 'demo', 'Demo study.alens')),
  // eslint-disable-next-line no-empty-pattern
  cli: async ({}, use) => use((args) => runCli(args)),
});

export { expect } from '@playwright/test';
