// The documented size limit: at least 50 MB of text must import (through the reader
// process, into one source in one transaction); a file over the limit is refused unread.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryStore } from '../../tests/helpers/memory-store.ts';
import { makeTempDir } from '../../tests/helpers/temp-dir.ts';
import type { Store } from '../db/store.ts';
import { importFilesAutomatically } from '../sources/import-auto.ts';
import { LIMITS } from './limits.ts';
import { createParseRunner, forkWorker } from '../infra/reader-runner.ts';
import type { ParseRunner } from '../infra/reader-runner.ts';
import { readDocument } from './read-document.ts';

let store: Store & { close(): void };
let runner: ParseRunner;
let tmp: ReturnType<typeof makeTempDir>;

beforeAll(() => {
  store = memoryStore();
  runner = createParseRunner(forkWorker());
  tmp = makeTempDir('alens-large-');
});
afterAll(() => {
  runner.close();
  store.close();
  tmp.cleanup();
});

describe('large files', () => {
  it('imports 50 MB of text as one source', { timeout: 180_000 }, async () => {
    const answer = 'Mostly the focus of each cycle and what we tried, and to be honest I think only the broker read it. '.repeat(30);
    const turn = `Interviewer: What did the coaching log record, and who read it afterwards?\n\nP1: ${answer}\n\n`;
    const path = join(tmp.dir, 'huge.txt');
    const size = 50 * 1024 * 1024;
    writeFileSync(path, turn.repeat(Math.ceil(size / turn.length)));
    const [outcome] = await importFilesAutomatically(store, runner, [path], { kind: 'transcript' });
    expect(outcome).toMatchObject({ status: 'imported' });
    const characters = Number(store.db.prepare('SELECT length(text) FROM sources').pluck().get());
    expect(characters).toBeGreaterThanOrEqual(size);
    expect(Number(store.db.prepare('SELECT count(*) FROM segments').pluck().get())).toBeGreaterThan(30_000);
    // the full-text index covers the whole text
    expect(Number(store.db.prepare("SELECT count(*) FROM segments_fts WHERE segments_fts MATCH 'broker'").pluck().get())).toBeGreaterThan(15_000);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const big = new Uint8Array(LIMITS.maxFileBytes + 1);
    await expect(readDocument('too-big.txt', big)).rejects.toThrow(/more than the 200 MB a file may be/);
  });
});
