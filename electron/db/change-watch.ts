// Which tables changed on a connection since some moment, and which of their rows, for
// caches kept per connection (the queries' shared project index, the import's speaker
// index). Temporary triggers on the watched tables call one SQL function that raises a
// version number and notes the changed rowid; nothing is written to the file. A commit by
// another connection counts as a change to every row of every table. Changes inside a
// transaction that is rolled back still count (a cache reads those rows again and finds
// them as they are).
import type Database from 'better-sqlite3';
import type { Store } from './store.ts';

// How many changed rowids a table's log keeps; older changes are forgotten (a cache that
// last looked before them reads the whole table again).
const LOG_LIMIT = 200_000;

interface TableState {
  // the version of its last change of any kind
  changed: number;
  // the version of its last change other than an append (a row added above every rowid it has had)
  rewritten: number;
  // the highest rowid the table has had since it was watched (or another connection last committed)
  highRowid: number;
  readonly maxRowid: Database.Statement<[], number>;
  // the rowid of each change and its version, oldest first
  logRowids: number[];
  logVersions: number[];
  // changes up to this version are no longer in the log
  forgottenUpTo: number;
}

interface ConnectionState {
  version: number;
  // PRAGMA data_version, prepared once (it is asked before every look at the changes)
  readonly dataVersionNow: Database.Statement<[], number>;
  // tables whose triggers were made inside a transaction (a rollback would take them away)
  madeInTransaction: Set<string>;
  // PRAGMA data_version when last looked at (it changes when another connection commits)
  dataVersion: number;
  tables: Map<string, TableState>;
}

// What changed on a connection, as of the moment it was asked for.
export interface Changes {
  // the version now: keep it and ask about what changed after it next time
  readonly version: number;
  // Tells whether any of these (watched) tables changed after a version.
  changedSince(tables: readonly string[], since: number): boolean;
  // Tells whether a (watched) table changed after a version other than by appended rows.
  rewrittenSince(table: string, since: number): boolean;
  // The rowids of a (watched) table inserted, updated or deleted after a version; null when no longer known.
  rowsChangedSince(table: string, since: number): Set<number> | null;
}

const FUNCTION = 'alens_table_changed';
const EVENTS = ['insert', 'update', 'delete'] as const;
const connections = new WeakMap<Database.Database, ConnectionState>();

function logChange(t: TableState, version: number, rowid: number): void {
  t.logRowids.push(rowid);
  t.logVersions.push(version);
  if (t.logRowids.length > LOG_LIMIT) {
    const drop = t.logRowids.length - LOG_LIMIT / 2;
    t.forgottenUpTo = t.logVersions[drop - 1] as number;
    t.logRowids.splice(0, drop);
    t.logVersions.splice(0, drop);
  }
}

function connectionState(db: Database.Database): ConnectionState {
  let state = connections.get(db);
  if (state) return state;
  const dataVersionNow = db.prepare<[], number>('PRAGMA data_version').pluck();
  const created: ConnectionState = { version: 0, dataVersionNow, madeInTransaction: new Set(), dataVersion: Number(dataVersionNow.get()), tables: new Map() };
  // called by the triggers once per changed row: the table, whether it was an insert, and the rowid
  db.function(FUNCTION, { deterministic: false }, (table: unknown, inserted: unknown, rowid: unknown) => {
    const t = typeof table === 'string' ? created.tables.get(table) : undefined;
    if (!t) return null;
    const version = ++created.version;
    t.changed = version;
    const id = typeof rowid === 'number' || typeof rowid === 'bigint' ? Number(rowid) : null;
    if (inserted === 1 && id !== null && id > t.highRowid) t.highRowid = id;
    else t.rewritten = version;
    if (id !== null) logChange(t, version, id);
    return null;
  });
  connections.set(db, created);
  state = created;
  return state;
}

function makeTriggers(db: Database.Database, table: string): void {
  for (const event of EVENTS) {
    const calls =
      event === 'insert'
        ? `SELECT ${FUNCTION}('${table}', 1, new.rowid);`
        : event === 'delete'
          ? `SELECT ${FUNCTION}('${table}', 0, old.rowid);`
          : `SELECT ${FUNCTION}('${table}', 0, old.rowid); SELECT ${FUNCTION}('${table}', 0, new.rowid) WHERE new.rowid IS NOT old.rowid;`;
    db.exec(`CREATE TEMP TRIGGER IF NOT EXISTS alens_watch_${table}_${event} AFTER ${event.toUpperCase()} ON main.${table} BEGIN ${calls} END`);
  }
}

function watchTable(db: Database.Database, state: ConnectionState, table: string): void {
  if (!/^[a-z_]+$/.test(table)) throw new Error(`Cannot watch the table "${table}".`);
  const maxRowid: Database.Statement<[], number> = db.prepare<[], number>(`SELECT coalesce(max(rowid), 0) FROM main.${table}`).pluck();
  // rows changed before it was watched are not known
  state.tables.set(table, { changed: 0, rewritten: 0, highRowid: maxRowid.get() ?? 0, maxRowid, logRowids: [], logVersions: [], forgottenUpTo: state.version });
  makeTriggers(db, table);
  if (db.inTransaction) state.madeInTransaction.add(table);
}

// Counts every row of a table as changed now.
function forgetRows(t: TableState, version: number): void {
  t.changed = version;
  t.rewritten = version;
  t.forgottenUpTo = version;
  t.logRowids = [];
  t.logVersions = [];
}

// Makes again (outside any transaction) the triggers made inside one, in case it was rolled
// back; what happened to those tables meanwhile is not known, so all their rows count as changed.
function settleTriggers(db: Database.Database, state: ConnectionState): void {
  if (db.inTransaction || state.madeInTransaction.size === 0) return;
  const version = ++state.version;
  for (const table of state.madeInTransaction) {
    makeTriggers(db, table);
    const t = state.tables.get(table);
    if (t) forgetRows(t, version);
  }
  state.madeInTransaction.clear();
}

function rowsChanged(t: TableState | undefined, since: number): Set<number> | null {
  if (!t || since < t.forgottenUpTo) return null;
  const out = new Set<number>();
  // the log is in version order: walk back to the first change after `since`
  for (let i = t.logVersions.length - 1; i >= 0 && (t.logVersions[i] as number) > since; i--) out.add(t.logRowids[i] as number);
  return out;
}

// What changed on the store's connection; watches the given tables from now on (installed once per connection).
export function changesOf(store: Store, tables: readonly string[]): Changes {
  const db = store.db;
  const state = connectionState(db);
  for (const table of tables) if (!state.tables.has(table)) watchTable(db, state, table);
  settleTriggers(db, state);
  const dataVersion = Number(state.dataVersionNow.get());
  if (dataVersion !== state.dataVersion) {
    // another connection committed: anything may have changed
    state.dataVersion = dataVersion;
    const version = ++state.version;
    for (const t of state.tables.values()) {
      forgetRows(t, version);
      t.highRowid = Math.max(t.highRowid, t.maxRowid.get() ?? 0);
    }
  }
  const version = state.version;
  return {
    version,
    changedSince: (names, since) => names.some((name) => (state.tables.get(name)?.changed ?? Infinity) > since),
    rewrittenSince: (name, since) => (state.tables.get(name)?.rewritten ?? Infinity) > since,
    rowsChangedSince: (name, since) => rowsChanged(state.tables.get(name), since),
  };
}
