// A project on a read-only folder, or a disk that fills up, gives a clear message and
// leaves no partial state.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createProject } from '../../electron/db/open-project.ts';
import { createDispatcher } from '../../electron/app/dispatch.ts';
import { createParseRunner, forkWorker } from '../../electron/infra/reader-runner.ts';
import { createSourcesHandlers } from '../../electron/sources/handlers.ts';
import type { Handlers } from '../../electron/app/dispatch.ts';
import { writeDemoStudy } from '../../electron/projects/demo-study.ts';
import { snapshotTables } from '../helpers/snapshot.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

let tmp: { dir: string; cleanup: () => void };
beforeEach(() => (tmp = makeTempDir()));
afterEach(() => {
  chmodSync(tmp.dir, 0o755);
  tmp.cleanup();
});

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const NOBODY = 65534;

function tryOpen(path: string, mode: 'write' | 'read-only') {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, '../helpers/try-open.ts'), path, mode], {
    cwd: join(import.meta.dirname, '../..'),
    encoding: 'utf8',
    // root ignores file modes, so the opener runs as an ordinary user
    ...(isRoot ? { uid: NOBODY, gid: NOBODY, env: { ...process.env, HOME: tmp.dir, TSX_TSCONFIG_PATH: undefined } } : {}),
  });
  const line = result.stdout.trim().split('\n').pop() ?? '';
  if (!line.startsWith('{')) throw new Error(`opener failed: ${result.stderr}`);
  return JSON.parse(line) as { opened: boolean; code?: string; message?: string; write?: string; count?: number };
}

describe('a project on a read-only folder', () => {
  it('refuses to open for writing with a clear message and leaves the file unchanged; opens read-only when it can', () => {
    const dir = join(tmp.dir, 'ro');
    mkdirSync(dir);
    const path = join(dir, 'study.alens');
    createProject(path, 'Read-only study').close();
    const before = readFileSync(path);
    chmodSync(path, 0o444);
    chmodSync(dir, 0o555);
    chmodSync(tmp.dir, 0o755);
    const writing = tryOpen(path, 'write');
    expect(writing.opened).toBe(false);
    expect(writing.code).toBe('IO');
    expect(writing.message).toMatch(/read-only/);
    const reading = tryOpen(path, 'read-only');
    if (reading.opened) expect(reading.write).toBe('READ_ONLY');
    else expect(reading.message).toMatch(/read-only|cannot be opened/);
    expect(readFileSync(path).equals(before)).toBe(true);
  });
});

describe('a full disk', () => {
  it('refuses the write with a clear message and leaves no partial state', async () => {
    const path = join(tmp.dir, 'full.alens');
    const store = createProject(path, 'Full');
    writeDemoStudy(store);
    const before = snapshotTables(store.db);
    // SQLite's own page limit stands in for a disk that fills during the write
    const pages = Number(store.db.pragma('page_count', { simple: true }));
    store.db.pragma(`max_page_count = ${pages + 2}`);
    const reader = createParseRunner(forkWorker());
    const handlers = createSourcesHandlers({ requireStore: () => store, emit: () => {}, reader: () => reader, homeDir: tmp.dir, binding: 'direct' }) as unknown as Handlers;
    const { dispatch } = createDispatcher(handlers, { isReadOnly: () => false, emit: () => {} });
    const big = Buffer.from(Array.from({ length: 3000 }, (_, i) => `Interviewer: Question ${i}?\n\nAnn: A long answer about the coaching log, number ${i}.`).join('\n\n')).toString('base64');
    const response = await dispatch('sources.importFile', { fileName: 'big.txt', bytesBase64: big });
    expect(response).toMatchObject({ ok: false, error: { code: 'IO' } });
    if (!response.ok) expect(response.error.message).toMatch(/disk is full/i);
    expect(snapshotTables(store.db)).toEqual(before);
    expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
    reader.close();
    store.close();
  });
});
