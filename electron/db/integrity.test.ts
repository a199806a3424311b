import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/errors.ts';
import { rawDatabase } from '../../tests/helpers/raw-database.ts';
import { makeTempDir } from '../../tests/helpers/temp-dir.ts';
import { checkBeforeWriting, checkIntegrity, whenWritable } from './integrity.ts';
import { createProject, openProject } from './open-project.ts';
import type { OpenStore } from './open-project.ts';
import { runAction } from './undo-log.ts';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

// A project with enough memos that their table has pages of its own.
function projectWithMemos(name: string): string {
  const path = join(dir, name);
  const store = createProject(path, 'Memos');
  runAction(store, 'memos', (rec) => {
    for (let i = 0; i < 400; i++) rec.insert('memos', { guid: `g-${i}`, target_kind: 'project', target_id: null, title: `Memo ${i}`, content_json: '{}', plain_text: 'x'.repeat(200), created_at: '2026-01-01', updated_at: '2026-01-01' });
  });
  store.close();
  return path;
}

function damageTable(path: string, table: string): void {
  const raw = rawDatabase(path, { readonly: true });
  const root = Number(raw.prepare('SELECT rootpage FROM sqlite_schema WHERE name = ?').pluck().get(table));
  raw.close();
  const fd = openSync(path, 'r+');
  try {
    writeSync(fd, Buffer.alloc(400, 0x5a), 0, 400, (root - 1) * 4096 + 8);
  } finally {
    closeSync(fd);
  }
}

function addMemo(store: OpenStore): void {
  runAction(store, 'memo', (rec) => rec.insert('memos', { guid: 'new', target_kind: 'project', target_id: null, title: 'New', content_json: '{}', plain_text: '', created_at: '2026-01-02', updated_at: '2026-01-02' }));
}

describe('writes held until quick_check has passed', () => {
  it('a writer that checks on open is writable at once', async () => {
    const store = openProject(projectWithMemos('eager.alens'));
    expect(await whenWritable(store)).toBe(true);
    addMemo(store);
    store.close();
  });

  it('a sound file opened with the check left for later runs it at the first write', async () => {
    const store = openProject(projectWithMemos('sound.alens'), { integrityCheck: 'before-first-write' });
    let settled = false;
    const writable = whenWritable(store).then((ok) => ((settled = true), ok));
    await Promise.resolve();
    expect(settled).toBe(false);
    addMemo(store);
    expect(await writable).toBe(true);
    store.close();
  });

  it('project.check (checkIntegrity) settles the hold too', async () => {
    const store = openProject(projectWithMemos('checked.alens'), { integrityCheck: 'before-first-write' });
    expect(checkIntegrity(store)).toEqual([]);
    expect(await whenWritable(store)).toBe(true);
    store.close();
  });

  it('a damaged file opens for reading the first screen, then every write is refused naming the project, and nothing is written', async () => {
    const path = projectWithMemos('damaged.alens');
    damageTable(path, 'memos');
    const before = readFileSync(path);
    const store = openProject(path, { integrityCheck: 'before-first-write' });
    expect(store.db.prepare('SELECT count(*) FROM project_settings').pluck().get()).toBeGreaterThan(0);
    for (let attempt = 0; attempt < 2; attempt++) {
      let error: unknown;
      try {
        addMemo(store);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ApiError);
      expect((error as ApiError).code).toBe('CORRUPT');
      expect((error as ApiError).message).toMatch(new RegExp(`^The project .*damaged\\.alens is damaged \\(.*\\), so Activity Lens will not write to it\\. Nothing was changed\\. There is no good backup`));
    }
    expect(() => checkBeforeWriting(store)).toThrow(/will not write/);
    expect(await whenWritable(store)).toBe(false);
    expect(checkIntegrity(store).length).toBeGreaterThan(0);
    store.close();
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('a damaged file is checked on open even when the check was left for later, if opening would write at once (not in WAL mode)', () => {
    const path = projectWithMemos('rollback.alens');
    const raw = rawDatabase(path);
    raw.pragma('journal_mode = DELETE');
    raw.close();
    damageTable(path, 'memos');
    const before = readFileSync(path);
    expect(() => openProject(path, { integrityCheck: 'before-first-write' })).toThrow(/is damaged/);
    expect(readFileSync(path).equals(before)).toBe(true);
  });
});
