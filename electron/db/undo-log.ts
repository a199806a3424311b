// The undo log: every user action records its row changes (rowid, before, after) in
// the project file inside the action's own transaction, so undo/redo survive reloads
// and restore rows exactly. Services write through an ActionRecorder, never around it.
import { ApiError } from '../../shared/errors.ts';
import type { UndoState } from '../../shared/model/entities.ts';
import { checkBeforeWriting } from './integrity.ts';
import { defineQueries, rows, shapedStatement, values, writes } from './query-layer.ts';
import type { Store } from './store.ts';
import type { UndoLogEntryRow } from './table-rows.ts';

type Value = string | number | bigint | Buffer | null;
type Row = Record<string, Value>;

// Tables whose rows actions may change (a whitelist: table names go into SQL).
export const UNDOABLE_TABLES = [
  'project_settings',
  'coders',
  'projects',
  'organisations',
  'classifications',
  'attributes',
  'cases',
  'case_attribute_values',
  'sources',
  'source_attribute_values',
  'source_cases',
  'segments',
  'nodes',
  'node_components',
  'codings',
  'memos',
  'anonymisation_rules',
  'anonymisation_overrides',
  'anonymisation_log',
  'anonymisation_ignored',
  'diagrams',
  'tensions',
  'diagram_systems', 'diagram_components', 'diagram_evidence',
  'diagram_boundary_objects',
  'contradictions',
  'contradiction_phases',
  'saved_queries',
  'framework_matrices',
  'framework_cells',
  'exchange_references',
  'alignment_objectives',
  'alignment_cells',
  'team_cycles',
  'team_packages',
  'team_merges',
  'team_logbook',
  'team_decisions',
] as const;
export type UndoableTable = (typeof UNDOABLE_TABLES)[number];

// One row's change. Inserts keep their row only while undone (redo needs it back);
// updates keep only the columns that changed.
export type RowChange =
  | { op: 'insert'; table: UndoableTable; rowid: number; row?: Row }
  | { op: 'delete'; table: UndoableTable; rowid: number; row: Row }
  | { op: 'update'; table: UndoableTable; rowid: number; before: Row; after: Row };

const MAX_LOG_ENTRIES = 2000;

type LogEntry = Pick<UndoLogEntryRow, 'id' | 'label' | 'changes_json'>;

// The undo log's own statements.
const undoQueries = defineQueries({
  columns: values<string, [table: string]>('SELECT name FROM pragma_table_info(?)'),
  forgetUndone: writes('DELETE FROM undo_log WHERE undone = 1'),
  append: writes<[label: string, changesJson: string, createdAt: string]>('INSERT INTO undo_log (label, changes_json, undone, created_at) VALUES (?, ?, 0, ?)'),
  keepNewest: writes<[count: number]>('DELETE FROM undo_log WHERE id <= (SELECT max(id) FROM undo_log) - ?'),
  // the action Undo would undo, and the one Redo would redo
  newestDone: rows<LogEntry>('SELECT id, label, changes_json FROM undo_log WHERE undone = 0 ORDER BY id DESC LIMIT 1'),
  oldestUndone: rows<LogEntry>('SELECT id, label, changes_json FROM undo_log WHERE undone = 1 ORDER BY id ASC LIMIT 1'),
  newestDoneLabel: values<string>('SELECT label FROM undo_log WHERE undone = 0 ORDER BY id DESC LIMIT 1'),
  oldestUndoneLabel: values<string>('SELECT label FROM undo_log WHERE undone = 1 ORDER BY id ASC LIMIT 1'),
  markUndone: writes<[changesJson: string, id: number]>('UPDATE undo_log SET undone = 1, changes_json = ? WHERE id = ?'),
  markRedone: writes<[changesJson: string, id: number]>('UPDATE undo_log SET undone = 0, changes_json = ? WHERE id = ?'),
});

export interface ActionRecorder {
  // inserts a row and returns its rowid (the id of tables with an INTEGER PRIMARY KEY)
  insert(table: UndoableTable, values: Row): number;
  // changes some columns of a row; unchanged columns are not recorded
  update(table: UndoableTable, rowid: number, values: Row): void;
  // deletes a row, keeping it for undo
  delete(table: UndoableTable, rowid: number): void;
  readonly store: Store;
}

const columnsCache = new WeakMap<object, Map<string, Set<string>>>();

function columnsOf(store: Store, table: UndoableTable): Set<string> {
  let perDb = columnsCache.get(store.db);
  if (!perDb) {
    perDb = new Map();
    columnsCache.set(store.db, perDb);
  }
  let cols = perDb.get(table);
  if (!cols) {
    cols = new Set(undoQueries(store).columns.all(table));
    perDb.set(table, cols);
  }
  return cols;
}

function checkColumns(store: Store, table: UndoableTable, row: Row): string[] {
  const known = columnsOf(store, table);
  const names = Object.keys(row);
  for (const name of names) {
    if (!known.has(name)) throw new Error(`Unknown column ${table}.${name}`);
  }
  return names;
}

function readRow(store: Store, table: UndoableTable, rowid: number): Row | undefined {
  return shapedStatement(store, rows<Row, [rowid: number]>(`SELECT * FROM ${table} WHERE rowid = ?`)).get(rowid);
}

function deleteRow(store: Store, table: UndoableTable, rowid: number): void {
  shapedStatement(store, writes<[rowid: number]>(`DELETE FROM ${table} WHERE rowid = ?`)).run(rowid);
}

function insertRow(store: Store, table: UndoableTable, row: Row, rowid?: number): number {
  const names = checkColumns(store, table, row);
  const cols = rowid === undefined ? names : ['rowid', ...names];
  const values = rowid === undefined ? names.map((n) => row[n] ?? null) : [rowid, ...names.map((n) => row[n] ?? null)];
  const sql = `INSERT INTO ${table} (${cols.map((c) => `"${c}"`).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`;
  return Number(shapedStatement(store, writes<Value[]>(sql)).run(...values).lastInsertRowid);
}

function updateRow(store: Store, table: UndoableTable, rowid: number, row: Row): void {
  const names = checkColumns(store, table, row);
  if (names.length === 0) return;
  const sql = `UPDATE ${table} SET ${names.map((n) => `"${n}" = ?`).join(', ')} WHERE rowid = ?`;
  shapedStatement(store, writes<Value[]>(sql)).run(...names.map((n) => row[n] ?? null), rowid);
}

function sameValue(a: Value | undefined, b: Value | undefined): boolean {
  if (Buffer.isBuffer(a) && Buffer.isBuffer(b)) return a.equals(b);
  return a === b;
}

// A recorder whose changes go to `record` (an action's list, or nowhere for set-up writes).
function makeRecorder(store: Store, record: (change: RowChange) => void): ActionRecorder {
  return {
    store,
    insert(table, values) {
      const rowid = insertRow(store, table, values);
      record({ op: 'insert', table, rowid });
      return rowid;
    },
    update(table, rowid, values) {
      const current = readRow(store, table, rowid);
      if (!current) throw new ApiError('NOT_FOUND', `That ${table.replace(/_/g, ' ')} row no longer exists.`);
      const before: Row = {};
      const after: Row = {};
      for (const [key, value] of Object.entries(values)) {
        if (!sameValue(current[key], value)) {
          before[key] = current[key] ?? null;
          after[key] = value;
        }
      }
      if (Object.keys(after).length === 0) return;
      updateRow(store, table, rowid, after);
      record({ op: 'update', table, rowid, before, after });
    },
    delete(table, rowid) {
      const row = readRow(store, table, rowid);
      if (!row) throw new ApiError('NOT_FOUND', `That ${table.replace(/_/g, ' ')} row no longer exists.`);
      deleteRow(store, table, rowid);
      record({ op: 'delete', table, rowid, row });
    },
  };
}

// Runs one user action as one transaction and records it for undo.
export function runAction<T>(store: Store, label: string, action: (rec: ActionRecorder) => T): T {
  if (store.readOnly) throw new ApiError('READ_ONLY', 'This project is open read-only. Save a copy to make changes.');
  checkBeforeWriting(store);
  return store.db.transaction(() => {
    const changes: RowChange[] = [];
    const result = action(makeRecorder(store, (change) => changes.push(change)));
    if (changes.length > 0) {
      const log = undoQueries(store);
      log.forgetUndone.run();
      log.append.run(label, JSON.stringify(changes, jsonReplacer), store.now().toISOString());
      log.keepNewest.run(MAX_LOG_ENTRIES);
    }
    return result;
  })();
}

// Runs set-up writes (a new project's codebook, the demo study) as one transaction
// that is not offered for undo.
export function runSetup<T>(store: Store, action: (rec: ActionRecorder) => T): T {
  if (store.readOnly) throw new ApiError('READ_ONLY', 'This project is open read-only.');
  checkBeforeWriting(store);
  // nothing is kept: a REFI-QDA import writes millions of rows this way
  return store.db.transaction(() => action(makeRecorder(store, () => {})))();
}

function jsonReplacer(_key: string, value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (value && typeof value === 'object' && (value as { type?: unknown }).type === 'Buffer') {
    return { $bytes: Buffer.from((value as { data: number[] }).data).toString('base64') };
  }
  return value;
}

function jsonReviver(_key: string, value: unknown): unknown {
  if (value && typeof value === 'object' && typeof (value as { $bytes?: unknown }).$bytes === 'string') {
    return Buffer.from((value as { $bytes: string }).$bytes, 'base64');
  }
  return value;
}

function rowMatches(current: Row | undefined, expected: Row): boolean {
  if (!current) return false;
  return Object.entries(expected).every(([k, v]) => sameValue(current[k], v));
}

function conflict(label: string): ApiError {
  return new ApiError('CONFLICT', `"${label}" cannot be undone or redone because the data it changed has changed since. Nothing was changed.`);
}

// Reverses one change, keeping what redo needs; throws CONFLICT if the row is not as the action left it.
function revert(store: Store, change: RowChange, label: string): RowChange {
  switch (change.op) {
    case 'insert': {
      const row = readRow(store, change.table, change.rowid);
      if (!row) throw conflict(label);
      deleteRow(store, change.table, change.rowid);
      return { ...change, row };
    }
    case 'delete': {
      if (readRow(store, change.table, change.rowid)) throw conflict(label);
      insertRow(store, change.table, change.row, change.rowid);
      return change;
    }
    case 'update': {
      if (!rowMatches(readRow(store, change.table, change.rowid), change.after)) throw conflict(label);
      updateRow(store, change.table, change.rowid, change.before);
      return change;
    }
  }
}

// Applies one change again after it was undone.
function reapply(store: Store, change: RowChange, label: string): RowChange {
  switch (change.op) {
    case 'insert': {
      if (!change.row || readRow(store, change.table, change.rowid)) throw conflict(label);
      insertRow(store, change.table, change.row, change.rowid);
      return { op: 'insert', table: change.table, rowid: change.rowid };
    }
    case 'delete': {
      if (!rowMatches(readRow(store, change.table, change.rowid), change.row)) throw conflict(label);
      deleteRow(store, change.table, change.rowid);
      return change;
    }
    case 'update': {
      if (!rowMatches(readRow(store, change.table, change.rowid), change.before)) throw conflict(label);
      updateRow(store, change.table, change.rowid, change.after);
      return change;
    }
  }
}

// Undoes the newest action that is not undone yet; returns its label, or null if none.
export function undo(store: Store): string | null {
  if (store.readOnly) throw new ApiError('READ_ONLY', 'This project is open read-only.');
  checkBeforeWriting(store);
  return store.db.transaction(() => {
    const entry = undoQueries(store).newestDone.get();
    if (!entry) return null;
    const changes = JSON.parse(entry.changes_json, jsonReviver) as RowChange[];
    const kept: RowChange[] = new Array<RowChange>(changes.length);
    for (let i = changes.length - 1; i >= 0; i--) kept[i] = revert(store, changes[i] as RowChange, entry.label);
    undoQueries(store).markUndone.run(JSON.stringify(kept, jsonReplacer), entry.id);
    return entry.label;
  })();
}

// Redoes the action undone most recently; returns its label, or null if none.
export function redo(store: Store): string | null {
  if (store.readOnly) throw new ApiError('READ_ONLY', 'This project is open read-only.');
  checkBeforeWriting(store);
  return store.db.transaction(() => {
    const entry = undoQueries(store).oldestUndone.get();
    if (!entry) return null;
    const changes = JSON.parse(entry.changes_json, jsonReviver) as RowChange[];
    const kept = changes.map((c) => reapply(store, c, entry.label));
    undoQueries(store).markRedone.run(JSON.stringify(kept, jsonReplacer), entry.id);
    return entry.label;
  })();
}

// What the Undo and Redo commands would do now.
export function undoState(store: Store): UndoState {
  const log = undoQueries(store);
  const next = log.newestDoneLabel.get();
  const back = log.oldestUndoneLabel.get();
  return { canUndo: next !== undefined, canRedo: back !== undefined, undoLabel: next ?? null, redoLabel: back ?? null };
}
