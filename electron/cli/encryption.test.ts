// Encryption on the command line: a project made encrypted with --password-file, opened by
// any command with the same flag or the ACTIVITY_LENS_PASSWORD variable, refused in words
// without it or with a wrong one, and encrypt, rekey and decrypt (with --new-password-file
// or ACTIVITY_LENS_NEW_PASSWORD). No passphrase is ever printed.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../tests/helpers/temp-dir.ts';
import { inspectProjectHeader } from '../db/project-file.ts';
import { runCli } from './main.ts';

const FIRST = 'a first phrase for the command line';
const SECOND = 'a second phrase for the command line';
let tmp: ReturnType<typeof makeTempDir>;
let project: string;
let first: string;
let second: string;

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, (s) => out.push(s), (s) => err.push(s));
  const result = { code, out: out.join('\n'), err: err.join('\n') };
  // whatever happened, no passphrase is printed
  for (const phrase of [FIRST, SECOND]) expect(result.out + result.err).not.toContain(phrase);
  return result;
}

// Runs fn with environment variables set, and takes them away after.
async function withEnvironment<T>(variables: Record<string, string>, fn: () => Promise<T>): Promise<T> {
  const before = Object.fromEntries(Object.keys(variables).map((k) => [k, process.env[k]]));
  Object.assign(process.env, variables);
  try {
    return await fn();
  } finally {
    for (const [k, v] of Object.entries(before)) {
      if (v === undefined) Reflect.deleteProperty(process.env, k);
      else process.env[k] = v;
    }
  }
}

beforeEach(() => {
  tmp = makeTempDir('alens-cli-encryption-');
  project = join(tmp.dir, 'study.alens');
  first = join(tmp.dir, 'first.txt');
  second = join(tmp.dir, 'second.txt');
  writeFileSync(first, `${FIRST}\n`);
  writeFileSync(second, SECOND);
});
afterEach(() => tmp.cleanup());

describe('activity-lens with an encrypted project', () => {
  it('makes the demo encrypted and opens it with --password-file or ACTIVITY_LENS_PASSWORD, refusing it in words otherwise', async () => {
    const made = await cli('demo', project, '--password-file', first);
    expect(made).toMatchObject({ code: 0, out: `Wrote the demo study to ${project} (encrypted)` });
    expect(inspectProjectHeader(project).kind).toBe('encrypted');

    const without = await cli('stats', project);
    expect(without.code).toBe(1);
    expect(without.err).toBe(`activity-lens: ${project} is encrypted. Give its passphrase with --password-file FILE (a file holding it) or the ACTIVITY_LENS_PASSWORD environment variable.`);
    const wrong = await cli('stats', project, '--password-file', second);
    expect(wrong.code).toBe(1);
    expect(wrong.err).toMatch(/That passphrase does not open .*study\.alens\. Check it and try again/u);
    expect(wrong.err).not.toMatch(/not a database|stack|\n\s+at /u);

    for (const args of [['stats', project], ['nodes', project], ['search', project, 'inspection'], ['sources', project, '--json']]) {
      const opened = await cli(...args, '--password-file', first);
      expect(opened.code, `${args.join(' ')}: ${opened.err}`).toBe(0);
    }
    const byVariable = await withEnvironment({ ACTIVITY_LENS_PASSWORD: FIRST }, () => cli('stats', project));
    expect(byVariable.code, byVariable.err).toBe(0);
    expect(byVariable.out).toEqual((await cli('stats', project, '--password-file', first)).out);
  }, 60_000);

  it('gives the project another passphrase, decrypts it and encrypts it again', async () => {
    expect((await cli('create', project, '--password-file', first)).code).toBe(0);
    const rekeyed = await cli('rekey', project, '--password-file', first, '--new-password-file', second);
    expect(rekeyed).toMatchObject({ code: 0, out: `Gave a new passphrase to ${project}.` });
    expect((await cli('stats', project, '--password-file', first)).code).toBe(1);
    expect((await cli('stats', project, '--password-file', second)).code).toBe(0);

    const decrypted = await withEnvironment({ ACTIVITY_LENS_PASSWORD: SECOND }, () => cli('decrypt', project));
    expect(decrypted).toMatchObject({ code: 0, out: `Decrypted ${project}.` });
    expect(inspectProjectHeader(project).kind).toBe('ours');

    const encrypted = await withEnvironment({ ACTIVITY_LENS_NEW_PASSWORD: FIRST }, () => cli('encrypt', project));
    expect(encrypted).toMatchObject({ code: 0, out: `Encrypted ${project}.` });
    expect(inspectProjectHeader(project).kind).toBe('encrypted');
    expect((await cli('stats', project, '--password-file', first)).code).toBe(0);
  }, 60_000);

  it('refuses a short new passphrase, a missing one, and a passphrase file that is a named pipe, changing nothing', async () => {
    expect((await cli('create', project, '--password-file', first)).code).toBe(0);
    const short = join(tmp.dir, 'short.txt');
    writeFileSync(short, 'abc');
    const tooShort = await cli('rekey', project, '--password-file', first, '--new-password-file', short);
    expect(tooShort.code).toBe(1);
    expect(tooShort.err).toMatch(/A passphrase must be at least \d+ characters long/u);
    const missing = await cli('rekey', project, '--password-file', first);
    expect(missing.err).toMatch(/Give the new passphrase with --new-password-file FILE/u);
    const fifo = join(tmp.dir, 'pipe.txt');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const started = Date.now();
    const piped = await cli('stats', project, '--password-file', fifo);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(piped.err).toMatch(/--password-file: pipe\.txt is a named pipe, not a file Activity Lens can read\./u);
    expect((await cli('stats', project, '--password-file', first)).code).toBe(0);
  }, 60_000);
});
