import { spawn } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/errors.ts';
import { rawDatabase } from '../../tests/helpers/raw-database.ts';
import { makeTempDir } from '../../tests/helpers/temp-dir.ts';
import { appMigrations, latestVersion } from './migrate.ts';
import { createProject, openProject } from './open-project.ts';
import { APPLICATION_ID } from './project-file.ts';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof ApiError ? error.code : `raw:${String((error as Error).message)}`;
  }
  return undefined;
}

function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  return '';
}

describe('opening project files', () => {
  it('creates a project with our application_id, the latest schema, WAL and foreign keys', () => {
    const path = join(dir, 'study.alens');
    const store = createProject(path, 'Study');
    expect(store.db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(store.db.pragma('user_version', { simple: true })).toBe(latestVersion());
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('synchronous', { simple: true })).toBe(2);
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
    store.close();
    const again = openProject(path);
    expect(again.db.prepare("SELECT value FROM project_settings WHERE key = 'project.name'").pluck().get()).toBe('Study');
    again.close();
  });

  it('a project is ours from the moment it is made: a copy taken before it was ever closed (as after a crash) opens with its work', () => {
    const path = join(dir, 'study.alens');
    const store = createProject(path, 'Study');
    store.db.prepare("INSERT INTO project_settings (key, value) VALUES ('note', 'written before the crash')").run();
    const copy = join(dir, 'copy.alens');
    copyFileSync(path, copy);
    copyFileSync(`${path}-wal`, `${copy}-wal`);
    store.close();
    const again = openProject(copy);
    expect(again.db.prepare("SELECT value FROM project_settings WHERE key = 'note'").pluck().get()).toBe('written before the crash');
    expect(again.db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    again.close();
  });

  it('refuses to create over an existing file', () => {
    const path = join(dir, 'exists.alens');
    writeFileSync(path, 'keep me');
    expect(codeOf(() => createProject(path, 'x'))).toBe('ALREADY_EXISTS');
    expect(readFileSync(path, 'utf8')).toBe('keep me');
  });

  it('refuses a file that is not SQLite and leaves its bytes unchanged', () => {
    const path = join(dir, 'notes.alens');
    writeFileSync(path, 'Interviewer: hello\n'.repeat(20));
    const before = readFileSync(path);
    expect(codeOf(() => openProject(path))).toBe('NOT_OUR_FILE');
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(existsSync(`${path}-wal`)).toBe(false);
  });

  it("refuses another program's SQLite database and leaves its bytes unchanged", () => {
    const path = join(dir, 'other.alens');
    const other = rawDatabase(path);
    other.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1);');
    other.close();
    const before = readFileSync(path);
    expect(codeOf(() => openProject(path))).toBe('NOT_OUR_FILE');
    expect(codeOf(() => openProject(path, { readOnly: true }))).toBe('NOT_OUR_FILE');
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('refuses a file from a newer version and leaves its bytes unchanged', () => {
    const path = join(dir, 'newer.alens');
    createProject(path, 'Newer').close();
    const raw = rawDatabase(path);
    raw.pragma(`user_version = ${latestVersion() + 1}`);
    raw.close();
    const before = readFileSync(path);
    expect(codeOf(() => openProject(path))).toBe('NEWER_VERSION');
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('refuses a second opener in another process and leaves the file unchanged', async () => {
    const path = join(dir, 'held.alens');
    createProject(path, 'Held').close();
    const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, '../../tests/helpers/hold-project.ts'), path], { stdio: ['pipe', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => d.toString().includes('holding') && resolve());
      child.on('exit', (code) => reject(new Error(`holder exited ${code}`)));
    });
    const before = readFileSync(path);
    expect(codeOf(() => openProject(path))).toBe('ALREADY_OPEN');
    expect(codeOf(() => openProject(path, { readOnly: true }))).toBe('ALREADY_OPEN');
    expect(readFileSync(path).equals(before)).toBe(true);
    child.stdin.end();
    await new Promise((resolve) => child.on('exit', resolve));
    const after = openProject(path);
    after.close();
  });

  it('opens read-only: reads work, writes are refused by SQLite itself', () => {
    const path = join(dir, 'ro.alens');
    createProject(path, 'RO').close();
    const store = openProject(path, { readOnly: true });
    expect(store.readOnly).toBe(true);
    expect(store.db.prepare('SELECT count(*) FROM sources').pluck().get()).toBe(0);
    expect(() => store.db.prepare("INSERT INTO project_settings VALUES ('x', 'y')").run()).toThrow(/readonly/i);
    store.close();
  });

  it('a migration that throws leaves the file exactly as it was', () => {
    const path = join(dir, 'migrate.alens');
    createProject(path, 'M').close();
    const before = readFileSync(path);
    const broken = [
      ...appMigrations(),
      { version: latestVersion() + 1, name: 'adds_then_fails', sql: 'CREATE TABLE extra (x); INSERT INTO extra VALUES (1); SELECT * FROM no_such_table;' },
    ];
    // said in words (never a stack trace), with SQLite's reason
    expect(codeOf(() => openProject(path, { migrations: broken }))).toBe('INTERNAL');
    expect(messageOf(() => openProject(path, { migrations: broken }))).toMatch(/could not be opened \(.*no such table/);
    expect(readFileSync(path).equals(before)).toBe(true);
    const store = openProject(path);
    expect(store.db.pragma('user_version', { simple: true })).toBe(latestVersion());
    expect(store.db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'extra'").pluck().get()).toBe(0);
    store.close();
  });

  it('refuses to create a project in a folder that does not exist, or under a file, in words', () => {
    const missing = join(dir, 'no such folder', 'study.alens');
    expect(codeOf(() => createProject(missing, 'x'))).toBe('NOT_FOUND');
    expect(messageOf(() => createProject(missing, 'x'))).toMatch(/^The folder .*no such folder does not exist, so the project cannot be made there\./);
    const file = join(dir, 'a-file');
    writeFileSync(file, 'x');
    expect(codeOf(() => createProject(join(file, 'study.alens'), 'x'))).toBe('BAD_INPUT');
    expect(existsSync(join(dir, 'no such folder'))).toBe(false);
  });
});
