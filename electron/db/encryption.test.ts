// Encryption at rest: an encrypted project's file, WAL and backups hold no readable byte of
// it; the passphrase is asked for, a wrong one is refused in words (as often as it is tried);
// a project is encrypted, given another passphrase and decrypted with its backups, and each
// step leaves every row and the undo history as they were.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/errors.ts';
import { makeTempDir } from '../../tests/helpers/temp-dir.ts';
import { copyProjectTo, createBackup, listBackups, verifyBackupFile } from './backups.ts';
import { changeProjectKey, isEncrypted } from './encryption.ts';
import { checkIntegrity } from './integrity.ts';
import { createProject, openProject } from './open-project.ts';
import type { OpenStore } from './open-project.ts';
import { inspectProjectHeader } from './project-file.ts';
import { runAction, undoState } from './undo-log.ts';
import { changesOf } from './change-watch.ts';

const PASSPHRASE = 'four ordinary words here';
const SECRET = 'Zebedee Quillfeather said the secret line';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

function addMemo(store: OpenStore, title: string): void {
  runAction(store, `memo ${title}`, (rec) =>
    rec.insert('memos', { guid: `g-${title}`, target_kind: 'project', target_id: null, title, content_json: '{}', plain_text: SECRET, created_at: '2026-01-01', updated_at: '2026-01-01' }),
  );
}

function memoTitles(store: OpenStore): string[] {
  return store.db.prepare<[], string>('SELECT title FROM memos ORDER BY id').pluck().all();
}

function errorOf(fn: () => unknown): ApiError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

function holdsSecret(path: string): boolean {
  const bytes = readFileSync(path);
  return bytes.includes(Buffer.from('Zebedee')) || bytes.includes(Buffer.from('Quillfeather'));
}

describe('an encrypted project', () => {
  it('holds no readable byte of its content in the file, its WAL or its backups, and a copy keeps the key', async () => {
    const path = join(dir, 'secret.alens');
    const store = createProject(path, 'Quillfeather study', { passphrase: PASSPHRASE });
    addMemo(store, 'Quillfeather');
    // the WAL holds the latest writes before a checkpoint: it is encrypted too
    expect(existsSync(`${path}-wal`) && holdsSecret(`${path}-wal`)).toBe(false);
    const backup = await createBackup(store, 'snapshot', 'label');
    const copy = join(dir, 'copy.alens');
    await copyProjectTo(store, copy);
    store.close();
    for (const file of [path, backup.path, copy]) {
      expect(inspectProjectHeader(file).kind).toBe('encrypted');
      expect(holdsSecret(file)).toBe(false);
    }
    expect(verifyBackupFile(backup.path, true, PASSPHRASE).ok).toBe(true);
    expect(verifyBackupFile(backup.path, true, 'not the passphrase').ok).toBe(false);
    const reopened = openProject(copy, { passphrase: PASSPHRASE });
    expect(memoTitles(reopened)).toEqual(['Quillfeather']);
    reopened.close();
  });

  it('asks for its passphrase, refuses a wrong one in words as often as it is tried, and opens with the right one', () => {
    const path = join(dir, 'asked.alens');
    createProject(path, 'Asked', { passphrase: PASSPHRASE }).close();
    const before = readFileSync(path);
    const needed = errorOf(() => openProject(path, { passphrase: null }));
    expect(needed.code).toBe('PASSPHRASE');
    expect(needed.message).toMatch(/asked\.alens is encrypted\. Enter its passphrase/);
    for (let attempt = 0; attempt < 6; attempt++) {
      const wrong = errorOf(() => openProject(path, { passphrase: `wrong guess ${attempt}` }));
      expect(wrong.code).toBe('PASSPHRASE');
      expect(wrong.message).toMatch(/That passphrase does not open .*asked\.alens/);
      expect(wrong.message).not.toMatch(/not a database/i);
      expect(wrong.message).not.toContain(`wrong guess ${attempt}`);
    }
    expect(readFileSync(path).equals(before)).toBe(true);
    const store = openProject(path, { passphrase: PASSPHRASE });
    expect(isEncrypted(store)).toBe(true);
    store.close();
  });

  it('is read with the same passphrase typed in another Unicode form', () => {
    const path = join(dir, 'accents.alens');
    createProject(path, 'Accents', { passphrase: 'café au lait twice' }).close();
    const store = openProject(path, { passphrase: 'cafe\u0301 au lait twice' });
    store.close();
  });

  it('passes the schema check, quick_check and integrity_check, and its change watcher sees writes', () => {
    const path = join(dir, 'checked.alens');
    const store = createProject(path, 'Checked', { passphrase: PASSPHRASE });
    const before = changesOf(store, ['memos']).version;
    addMemo(store, 'one');
    expect(changesOf(store, ['memos']).changedSince(['memos'], before)).toBe(true);
    expect(checkIntegrity(store, true)).toEqual([]);
    store.close();
    const readOnly = openProject(path, { passphrase: PASSPHRASE, readOnly: true });
    expect(memoTitles(readOnly)).toEqual(['one']);
    readOnly.close();
  });

  it('is refused as damaged, naming the project, when a byte of a page is changed (the page no longer authenticates)', () => {
    const path = join(dir, 'flipped.alens');
    const store = createProject(path, 'Flipped', { passphrase: PASSPHRASE });
    runAction(store, 'memos', (rec) => {
      for (let i = 0; i < 300; i++) rec.insert('memos', { guid: `g-${i}`, target_kind: 'project', target_id: null, title: `Memo ${i}`, content_json: '{}', plain_text: 'x'.repeat(300), created_at: '2026-01-01', updated_at: '2026-01-01' });
    });
    store.close();
    const bytes = readFileSync(path);
    const page = Math.floor(bytes.length / 4096) - 2;
    bytes[page * 4096 + 1000] = (bytes[page * 4096 + 1000] ?? 0) ^ 0xff;
    writeFileSync(path, bytes);
    const refusal = errorOf(() => openProject(path, { passphrase: PASSPHRASE }));
    expect(refusal.code).toBe('CORRUPT');
    expect(refusal.message).toMatch(/The project .*flipped\.alens is damaged/);
  });
});

describe('changing the key of a project', () => {
  it('encrypts a plain project and its backups, gives them another passphrase, and decrypts them, keeping every row and the undo history', async () => {
    const path = join(dir, 'study.alens');
    let clock = Date.UTC(2026, 0, 1);
    const now = () => new Date((clock += 1000));
    // a plain project, whatever the test run does
    const plain = createProject(path, 'Study', { now, passphrase: null });
    expect(isEncrypted(plain)).toBe(false);
    addMemo(plain, 'first');
    await createBackup(plain, 'open');
    addMemo(plain, 'second');
    await createBackup(plain, 'snapshot', 'two memos');
    const undoBefore = undoState(plain);
    expect(holdsSecret(path) || existsSync(`${path}-wal`)).toBe(true);

    const encrypted = changeProjectKey(plain, PASSPHRASE);
    expect(encrypted).toEqual({ backupsChanged: 2, backupsNotChanged: [] });
    for (const file of [path, ...listBackups(path).map((b) => b.path)]) {
      expect(inspectProjectHeader(file).kind).toBe('encrypted');
      expect(holdsSecret(file)).toBe(false);
    }
    expect(errorOf(() => openProject(path, { passphrase: null })).code).toBe('PASSPHRASE');
    const opened = openProject(path, { passphrase: PASSPHRASE, now });
    expect(memoTitles(opened)).toEqual(['first', 'second']);
    expect(undoState(opened)).toEqual(undoBefore);
    for (const b of listBackups(path)) expect(verifyBackupFile(b.path, true, PASSPHRASE).ok).toBe(true);

    const rekeyed = changeProjectKey(opened, 'another long passphrase');
    expect(rekeyed.backupsChanged).toBe(2);
    expect(errorOf(() => openProject(path, { passphrase: PASSPHRASE })).code).toBe('PASSPHRASE');
    for (const b of listBackups(path)) expect(verifyBackupFile(b.path, true, PASSPHRASE).ok).toBe(false);
    const again = openProject(path, { passphrase: 'another long passphrase', now });
    expect(memoTitles(again)).toEqual(['first', 'second']);

    const decrypted = changeProjectKey(again, null);
    expect(decrypted.backupsChanged).toBe(2);
    for (const file of [path, ...listBackups(path).map((b) => b.path)]) expect(inspectProjectHeader(file).kind).toBe('ours');
    const last = openProject(path, { now, passphrase: null });
    expect(memoTitles(last)).toEqual(['first', 'second']);
    expect(undoState(last)).toEqual(undoBefore);
    expect(checkIntegrity(last)).toEqual([]);
    last.close();
    expect(existsSync(`${path}.rekeying`)).toBe(false);
  });

  it('leaves a backup it cannot read as it was and names it', async () => {
    const path = join(dir, 'mixed.alens');
    const store = createProject(path, 'Mixed', { passphrase: PASSPHRASE });
    const backup = await createBackup(store, 'snapshot', 'stranger');
    store.close();
    // the backup is given a key the project does not know
    const { rewriteFileKey } = await import('./encryption.ts');
    rewriteFileKey(backup.path, PASSPHRASE, 'a key nobody told the project');
    const reopened = openProject(path, { passphrase: PASSPHRASE });
    const report = changeProjectKey(reopened, 'the next long passphrase');
    expect(report).toEqual({ backupsChanged: 0, backupsNotChanged: [backup.fileName] });
    expect(verifyBackupFile(backup.path, true, 'a key nobody told the project').ok).toBe(true);
  });
});
