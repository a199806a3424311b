// The change watch tells which tables changed on a connection since a version, tells
// appended rows from other changes, and counts a commit by another connection as a
// change to every table.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../tests/helpers/temp-dir.ts';
import { changesOf } from './change-watch.ts';
import type { Store } from './store.ts';

const open: Database.Database[] = [];
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function storeOn(path: string): Store {
  const db = new Database(path);
  open.push(db);
  return { db, path, readOnly: false, now: () => new Date(0), newGuid: () => 'guid' };
}

function withTables(store: Store): Store {
  store.db.exec('CREATE TABLE IF NOT EXISTS a (id INTEGER PRIMARY KEY, v TEXT); CREATE TABLE IF NOT EXISTS b (id INTEGER PRIMARY KEY, v TEXT)');
  return store;
}

describe('the change watch', () => {
  it('tells which watched tables changed since a version', () => {
    const store = withTables(storeOn(':memory:'));
    const start = changesOf(store, ['a', 'b']).version;
    expect(changesOf(store, ['a', 'b']).changedSince(['a', 'b'], start)).toBe(false);
    store.db.prepare("INSERT INTO a (v) VALUES ('x')").run();
    const afterA = changesOf(store, ['a', 'b']);
    expect(afterA.changedSince(['a'], start)).toBe(true);
    expect(afterA.changedSince(['b'], start)).toBe(false);
    expect(afterA.changedSince(['a'], afterA.version)).toBe(false);
    store.db.prepare("UPDATE b SET v = 'y'").run(); // no rows: nothing changes
    expect(changesOf(store, ['b']).changedSince(['b'], afterA.version)).toBe(false);
    store.db.prepare("DELETE FROM a WHERE v = 'x'").run();
    expect(changesOf(store, ['a']).changedSince(['b', 'a'], afterA.version)).toBe(true);
  });

  it('tells rows appended at the end from edits, deletions and rows put back below', () => {
    const store = withTables(storeOn(':memory:'));
    store.db.exec("INSERT INTO a (id, v) VALUES (1, 'one'), (2, 'two'), (3, 'three')");
    const start = changesOf(store, ['a']).version;
    store.db.exec("INSERT INTO a (v) VALUES ('four')");
    expect(changesOf(store, ['a']).changedSince(['a'], start)).toBe(true);
    expect(changesOf(store, ['a']).rewrittenSince('a', start)).toBe(false);

    store.db.exec('DELETE FROM a WHERE id = 2');
    const afterDelete = changesOf(store, ['a']);
    expect(afterDelete.rewrittenSince('a', start)).toBe(true);
    // a row put back with its old id is not an append
    store.db.exec("INSERT INTO a (id, v) VALUES (2, 'two')");
    expect(changesOf(store, ['a']).rewrittenSince('a', afterDelete.version)).toBe(true);

    const settled = changesOf(store, ['a']).version;
    store.db.exec("UPDATE a SET v = 'TWO' WHERE id = 2");
    expect(changesOf(store, ['a']).rewrittenSince('a', settled)).toBe(true);
  });

  it('counts a commit by another connection as a change to every watched table', () => {
    const { dir, cleanup } = makeTempDir();
    cleanups.push(cleanup);
    const path = join(dir, 'watch.db');
    const mine = withTables(storeOn(path));
    const other = withTables(storeOn(path));
    const start = changesOf(mine, ['a', 'b']).version;
    other.db.exec("INSERT INTO b (v) VALUES ('elsewhere')");
    const now = changesOf(mine, ['a', 'b']);
    expect(now.changedSince(['a'], start)).toBe(true);
    expect(now.rewrittenSince('b', start)).toBe(true);
    expect(changesOf(mine, ['a', 'b']).changedSince(['a', 'b'], now.version)).toBe(false);
  });
});
