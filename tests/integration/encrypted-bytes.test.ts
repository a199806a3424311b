// The raw bytes of an encrypted project: the demo study written into an encrypted project,
// with its WAL, an automatic backup, a snapshot, a saved copy and its backups after a
// passphrase change, holds none of the demo's real names, quotes or node names. The same
// search on the plain demo finds them all, so the search would see a leak.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProjectTo, createBackup, listBackups } from '../../electron/db/backups.ts';
import { changeProjectKey } from '../../electron/db/encryption.ts';
import { createProject, openProject } from '../../electron/db/open-project.ts';
import type { OpenStore } from '../../electron/db/open-project.ts';
import { writeDemoStudy } from '../../electron/projects/demo-study.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

const PASSPHRASE = 'tests of the raw bytes only';
let tmp: { dir: string; cleanup: () => void };
let secrets: string[];

// What must never be readable: every real name, every node name, and the text of 60 codings.
function secretsOf(store: OpenStore): string[] {
  const names = store.db.prepare<[], string>('SELECT real_name FROM cases').pluck().all();
  const nodes = store.db.prepare<[], string>('SELECT name FROM nodes WHERE length(name) >= 6').pluck().all();
  const quotes = store.db
    .prepare<[], string>(
      `SELECT substr(s.text, c.start + 1, 40) FROM codings c JOIN sources s ON s.id = c.source_id
       WHERE c."end" - c.start >= 40 ORDER BY c.id LIMIT 60`,
    )
    .pluck()
    .all();
  return [...new Set([...names, ...nodes, ...quotes])].filter((s) => s.trim().length >= 6);
}

// The secrets a file's bytes hold as UTF-8.
function readable(path: string): string[] {
  const bytes = readFileSync(path);
  return secrets.filter((s) => bytes.includes(Buffer.from(s, 'utf8')));
}

beforeAll(async () => {
  tmp = makeTempDir('alens-bytes-');
  const plain = createProject(join(tmp.dir, 'plain.alens'), 'Demo', { passphrase: null });
  writeDemoStudy(plain);
  secrets = secretsOf(plain);
  plain.close();
}, 60_000);
afterAll(() => tmp.cleanup());

describe('an encrypted project on disk', () => {
  it('the plain demo holds every secret the search looks for', () => {
    expect(secrets.length).toBeGreaterThan(40);
    // (a quote of a long text may be split where its overflow pages meet)
    expect(readable(join(tmp.dir, 'plain.alens')).length).toBeGreaterThan(secrets.length * 0.9);
  });

  it('its file, WAL, backups, snapshot and saved copy hold none of them, before and after a passphrase change', async () => {
    const path = join(tmp.dir, 'encrypted.alens');
    const store = createProject(path, 'Demo', { passphrase: PASSPHRASE });
    writeDemoStudy(store);
    if (existsSync(`${path}-wal`)) expect(readable(`${path}-wal`)).toEqual([]);
    expect(readable(path)).toEqual([]);
    await createBackup(store, 'open');
    await createBackup(store, 'snapshot', 'before recoding');
    await copyProjectTo(store, join(tmp.dir, 'copy.alens'));
    store.close();
    const files = [path, join(tmp.dir, 'copy.alens'), ...listBackups(path).map((b) => b.path)];
    expect(files).toHaveLength(4);
    for (const file of files) expect(readable(file), file).toEqual([]);

    const reopened = openProject(path, { passphrase: PASSPHRASE });
    expect(secretsOf(reopened)).toEqual(secrets);
    expect(changeProjectKey(reopened, 'another passphrase for the bytes').backupsChanged).toBe(2);
    for (const file of [path, ...listBackups(path).map((b) => b.path)]) expect(readable(file), file).toEqual([]);
  });
});
