import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rawDatabase } from '../../tests/helpers/raw-database.ts';
import { makeTempDir } from '../../tests/helpers/temp-dir.ts';
import { changesOf } from './change-watch.ts';
import { connect } from './connection.ts';
import { checkIntegrity } from './integrity.ts';
import { appMigrations, latestVersion } from './migrate.ts';
import { createProject, openProject } from './open-project.ts';
import { expectedSchema, schemaProblem } from './schema-check.ts';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

function problemOf(sql: string): string | null {
  const db = connect(':memory:');
  try {
    db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT');
    for (const m of appMigrations()) db.exec(m.sql);
    db.exec(sql);
    return schemaProblem(db, latestVersion(), appMigrations());
  } finally {
    db.close();
  }
}

describe('the schema check', () => {
  it('finds nothing wrong with what the migrations make, laid out differently or not', () => {
    expect(problemOf('')).toBeNull();
    expect(expectedSchema(appMigrations(), latestVersion())).toBe(expectedSchema(appMigrations(), latestVersion()));
    expect(expectedSchema(appMigrations(), 0).size).toBe(0);
  });

  it('names each kind of change', () => {
    expect(problemOf('CREATE TRIGGER t AFTER DELETE ON codings BEGIN SELECT 1; END;')).toBe('an unknown trigger "t" on codings has been added');
    expect(problemOf('CREATE VIEW v AS SELECT 1;')).toBe('an unknown view "v" has been added');
    expect(problemOf('CREATE TABLE extra (x);')).toBe('an unknown table "extra" has been added');
    expect(problemOf('DROP TRIGGER source_characters_insert;')).toBe('the trigger "source_characters_insert" on sources is missing');
    expect(problemOf('ALTER TABLE memos ADD COLUMN x TEXT;')).toBe('the table "memos" has been changed');
    expect(problemOf('DROP TRIGGER segments_fts_delete; CREATE TRIGGER segments_fts_delete AFTER DELETE ON segments BEGIN SELECT 1; END;')).toBe('the trigger "segments_fts_delete" on segments has been changed');
    expect(problemOf('PRAGMA foreign_keys = OFF; DROP TABLE memos; CREATE VIEW memos AS SELECT 1 AS id WHERE 0;')).toMatch(/^the table "memos" has been replaced by a view; the index "\w+" on memos is missing/);
  });

  it('lists at most four changes and counts the rest', () => {
    const many = Array.from({ length: 7 }, (_, i) => `CREATE INDEX extra_${i} ON codings (start);`).join('\n');
    expect(problemOf(many)).toMatch(/^(an unknown index "extra_\d" on codings has been added; ){3}an unknown index "extra_\d" on codings has been added; and 3 more changes$/);
  });

  it('ignores the TEMP triggers of the change watcher, which live on the connection, not in the file', () => {
    const path = join(dir, 'watched.alens');
    const store = createProject(path, 'Watched');
    changesOf(store, ['sources', 'codings']);
    const temp = store.db.prepare<[], number>("SELECT count(*) FROM temp.sqlite_schema WHERE type = 'trigger'").pluck().get();
    expect(temp).toBe(6);
    expect(checkIntegrity(store)).toEqual([]);
    store.close();
    openProject(path).close();
  });

  it('accepts a project compacted with VACUUM', () => {
    const path = join(dir, 'vacuumed.alens');
    createProject(path, 'Vacuumed').close();
    const raw = rawDatabase(path);
    raw.exec('VACUUM');
    raw.close();
    openProject(path).close();
  });

  it('runs with defensive mode, trusted_schema off and cell size checks on every connection', () => {
    const path = join(dir, 'defended.alens');
    const store = createProject(path, 'Defended');
    expect(store.db.pragma('trusted_schema', { simple: true })).toBe(0);
    expect(store.db.pragma('cell_size_check', { simple: true })).toBe(1);
    store.db.pragma('writable_schema = ON');
    // defensive mode: sqlite_schema cannot be written even with writable_schema
    expect(() => store.db.exec("UPDATE sqlite_schema SET sql = 'CREATE TABLE x (y)' WHERE name = 'memos'")).toThrow();
    store.close();
    const reopened = openProject(path, { readOnly: true });
    expect(reopened.db.pragma('trusted_schema', { simple: true })).toBe(0);
    reopened.close();
  });

  it('keeps a stored trigger from calling a function of the app (trusted_schema off)', () => {
    const db = connect(':memory:');
    try {
      db.function('app_only', () => 1);
      db.exec('CREATE TABLE t (x); CREATE TRIGGER call_app AFTER INSERT ON t BEGIN SELECT app_only(); END;');
      expect(() => db.exec('INSERT INTO t VALUES (1)')).toThrow(/unsafe use of app_only/);
    } finally {
      db.close();
    }
  });
});
