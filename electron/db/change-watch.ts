// Which tables changed on a connection since some moment, for caches kept per connection
// (the queries' shared project index, the import's speaker index). Temporary triggers on
// the watched tables call one SQL function that raises a version number; nothing is
// written to the file. A commit by another connection counts as a change to every table.
import type Database from 'better-sqlite3';
import type { Store } from './store.ts';

interface TableState {
  // the version of its last change of any kind
  changed: number;
  // the version of its last change other than an append (a row added above every rowid it has had)
  rewritten: number;
  // the highest rowid the table has had since it was watched (or another connection last committed)
  highRowid: number;
  readonly maxRowid: Database.Statement<[], number>;
}

interface ConnectionState {
  version: number;
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
}

const FUNCTION = 'alens_table_changed';
const EVENTS = ['insert', 'update', 'delete'] as const;
const connections = new WeakMap<Database.Database, ConnectionState>();

function connectionState(db: Database.Database): ConnectionState {
  let state = connections.get(db);
  if (state) return state;
  const created: ConnectionState = { version: 0, dataVersion: Number(db.pragma('data_version', { simple: true })), tables: new Map() };
  // called by the triggers once per changed row: the table, and the new rowid of an insert (else NULL)
  db.function(FUNCTION, { deterministic: false }, (table: unknown, rowid: unknown) => {
    const t = typeof table === 'string' ? created.tables.get(table) : undefined;
    if (!t) return null;
    const version = ++created.version;
    t.changed = version;
    if ((typeof rowid === 'number' || typeof rowid === 'bigint') && Number(rowid) > t.highRowid) t.highRowid = Number(rowid);
    else t.rewritten = version;
    return null;
  });
  connections.set(db, created);
  state = created;
  return state;
}

function watchTable(db: Database.Database, state: ConnectionState, table: string): void {
  if (!/^[a-z_]+$/.test(table)) throw new Error(`Cannot watch the table "${table}".`);
  const maxRowid: Database.Statement<[], number> = db.prepare<[], number>(`SELECT coalesce(max(rowid), 0) FROM main.${table}`).pluck();
  state.tables.set(table, { changed: 0, rewritten: 0, highRowid: maxRowid.get() ?? 0, maxRowid });
  for (const event of EVENTS) {
    const rowid = event === 'insert' ? 'new.rowid' : 'NULL';
    db.exec(`CREATE TEMP TRIGGER IF NOT EXISTS alens_watch_${table}_${event} AFTER ${event.toUpperCase()} ON main.${table} BEGIN SELECT ${FUNCTION}('${table}', ${rowid}); END`);
  }
}

// What changed on the store's connection; watches the given tables from now on (installed once per connection).
export function changesOf(store: Store, tables: readonly string[]): Changes {
  const db = store.db;
  const state = connectionState(db);
  for (const table of tables) if (!state.tables.has(table)) watchTable(db, state, table);
  const dataVersion = Number(db.pragma('data_version', { simple: true }));
  if (dataVersion !== state.dataVersion) {
    // another connection committed: anything may have changed
    state.dataVersion = dataVersion;
    const version = ++state.version;
    for (const t of state.tables.values()) {
      t.changed = version;
      t.rewritten = version;
      t.highRowid = Math.max(t.highRowid, t.maxRowid.get() ?? 0);
    }
  }
  const version = state.version;
  return {
    version,
    changedSince: (names, since) => names.some((name) => (state.tables.get(name)?.changed ?? Infinity) > since),
    rewrittenSince: (name, since) => (state.tables.get(name)?.rewritten ?? Infinity) > since,
  };
}
