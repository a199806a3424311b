// The command line as a process (bin/activity-lens.mjs): SIGTERM in the middle of an import
// ends it at once and lets go of the project; a reader that stops reading (| head) ends it
// quietly; special files named on the command line are refused unread; an unexpected error
// is told in words, its stack only with --debug.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../tests/helpers/temp-dir.ts';
import { openProject } from '../db/open-project.ts';
import { describeError } from './main.ts';
import { cli } from './testing/run-captured.ts';

const BIN = join(import.meta.dirname, '../../bin/activity-lens.mjs');
let tmp: ReturnType<typeof makeTempDir>;
let project: string;
let folder: string;


beforeAll(async () => {
  tmp = makeTempDir('alens-cli-process-');
  project = join(tmp.dir, 'study.alens');
  expect((await cli('create', project)).code).toBe(0);
  folder = join(tmp.dir, 'many');
  mkdirSync(folder);
  for (let i = 0; i < 400; i++) writeFileSync(join(folder, `interview ${String(i).padStart(3, '0')}.txt`), `Interviewer: Question ${i}?\n\nParticipant ${i}: ${'An answer with words. '.repeat(40)}\n`);
}, 60_000);
afterAll(() => tmp.cleanup());

describe('the activity-lens process', () => {
  it('ends at once on SIGTERM in the middle of an import, and the project can be opened straight after', async () => {
    const child = spawn(process.execPath, [BIN, 'import', project, folder], { stdio: ['ignore', 'pipe', 'pipe'] });
    await new Promise<void>((resolve) => {
      child.stdout.on('data', (d: Buffer) => {
        if (d.toString().includes('imported ')) resolve();
      });
    });
    const killedAt = Date.now();
    child.kill('SIGTERM');
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    expect(Date.now() - killedAt).toBeLessThan(5000);
    expect(code).not.toBe(0);
    const store = openProject(project);
    store.close();
  }, 60_000);

  it('ends quietly when its reader stops reading (| head)', async () => {
    // 400 sources make more JSON than a pipe holds, so the write fails once head has gone
    const full = join(tmp.dir, 'full.alens');
    expect((await cli('create', full)).code).toBe(0);
    expect((await cli('import', full, folder, '--json')).code).toBe(0);
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" sources "${full}" --json | head -c 10; echo " rc=\${PIPESTATUS:-}"`], { encoding: 'utf8' });
    expect(result.stdout.slice(0, 10)).toHaveLength(10);
    expect(result.stderr).toBe('');
  }, 120_000);

  it('refuses a named pipe and a device named on the command line without reading them', async () => {
    const fifo = join(tmp.dir, 'pipe.txt');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const zero = join(tmp.dir, 'zero.txt');
    symlinkSync('/dev/zero', zero);
    const started = Date.now();
    const result = await cli('import', project, fifo, zero);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/pipe\.txt is a named pipe, not a file Activity Lens can read\. Nothing was imported\./u);
    expect(result.out).toMatch(/zero\.txt is a device, not a file Activity Lens can read\. Nothing was imported\./u);
  }, 30_000);

  it('tells an unexpected error in words, with its stack only when asked', () => {
    const error = new TypeError('Cannot read properties of undefined');
    expect(describeError(error, false)).toBe('activity-lens: unexpected error: Cannot read properties of undefined. Nothing more is known; run the command again with --debug for the details.');
    expect(describeError(error, true)).toContain('at ');
  });
});
