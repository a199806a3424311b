// Opening and creating project files: refuse foreign, newer, altered, damaged or
// already-open files without changing a byte; WAL + synchronous=FULL + foreign keys; an
// exclusive lock held for as long as the project is open. Every connection runs with
// defensive mode and trusted_schema off (connection.ts), and before anything is written the
// file's schema is compared with what our migrations make (schema-check.ts) and quick_check
// has passed (integrity.ts). Read-only opening writes nothing, so no stored trigger can
// fire: a project altered outside the app may be opened read-only (at the latest format)
// to look at or export what it holds; project.check then reports what was altered.
// An encrypted file is opened with its passphrase (encryption.ts); without one, or with a
// wrong one, it is refused with a PASSPHRASE error that says which.
import { existsSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type Database from 'better-sqlite3';
import { ApiError } from '../../shared/errors.ts';
import { backupAdviceOf } from './backups.ts';
import { connect, passphraseOf } from './connection.ts';
import { passphraseNeeded, wrongPassphrase } from './encryption.ts';
import { timeOrderedGuid } from './guid.ts';
import { damagedProjectError, holdWritesUntilChecked, refuseDamagedFile } from './integrity.ts';
import { appMigrations, latestVersion, migrate, schemaVersionOf } from './migrate.ts';
import type { Migration } from './migrate.ts';
import { APPLICATION_ID, inspectProjectHeader, PROJECT_EXTENSION } from './project-file.ts';
import { alteredProjectError, schemaProblem } from './schema-check.ts';
import type { Store } from './store.ts';
import { testPassphrase } from './test-encryption.ts';

export interface OpenOptions {
  readOnly?: boolean;
  migrations?: Migration[];
  now?: () => Date;
  newGuid?: () => string;
  // how long to wait for another holder to let go before saying "already open"
  lockTimeoutMs?: number;
  // when a writer's quick_check runs: on open (the default), or before the first write
  // (the app: the first screen is shown first; see integrity.ts)
  integrityCheck?: 'on-open' | 'before-first-write';
  // the passphrase of an encrypted project (ignored for a plain one); for createProject,
  // the passphrase to encrypt the new project with. null: none, not even a test run's (test-encryption.ts)
  passphrase?: string | null | undefined;
}

export interface OpenStore extends Store {
  close(): void;
}

// Opens an existing project file, refusing anything we must not touch.
export function openProject(path: string, options: OpenOptions = {}): OpenStore {
  if (!existsSync(path)) throw new ApiError('NOT_FOUND', `There is no project file at ${path}.`);
  if (!statSync(path).isFile()) throw new ApiError('NOT_OUR_FILE', `${path} is a folder, not an Activity Lens project file.`);
  const migrations = options.migrations ?? appMigrations();
  const verdict = inspectProjectHeader(path);
  if (verdict.kind !== 'ours' && verdict.kind !== 'encrypted') {
    throw new ApiError('NOT_OUR_FILE', `${path} is not an Activity Lens project (${describeVerdict(verdict.kind)}). It was left untouched.`);
  }
  if (verdict.kind === 'ours') refuseNewerFormat(path, verdict.schemaVersion, migrations);
  const passphrase = verdict.kind === 'encrypted' ? givenPassphrase(options) : undefined;
  if (verdict.kind === 'encrypted' && passphrase === undefined) throw passphraseNeeded(path);
  const readOnly = options.readOnly === true;
  let db: Database.Database;
  try {
    db = connect(path, { fileMustExist: true, readonly: readOnly, timeout: options.lockTimeoutMs ?? 250, passphrase });
  } catch (error) {
    throw translateOpenError(path, error, readOnly);
  }
  let holdWrites = false;
  try {
    if (!readOnly) db.pragma('locking_mode = EXCLUSIVE');
    // the first read takes the lock (a holder elsewhere makes it fail with SQLITE_BUSY) and
    // shows whether the passphrase is right
    const appId = Number(firstRead(db, path, passphrase));
    if (appId !== APPLICATION_ID) throw new ApiError('NOT_OUR_FILE', `${path} is not an Activity Lens project. It was left untouched.`);
    const version = schemaVersionOf(db);
    refuseNewerFormat(path, version, migrations);
    refuseAlteredSchema(db, path, version, migrations, readOnly);
    if (!readOnly) {
      holdWrites = checkOrHold(db, path, version < latestVersion(migrations), options.integrityCheck ?? 'on-open');
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      db.pragma('foreign_keys = ON');
      // a write takes the exclusive lock for the life of the connection
      db.exec('BEGIN IMMEDIATE; COMMIT;');
      migrate(db, migrations, options.now);
    } else {
      db.pragma('foreign_keys = ON');
      if (version < latestVersion(migrations)) {
        throw new ApiError('CONFLICT', `${path} uses an older project format and must be upgraded before it can be opened read-only. Open it normally once (or open a copy).`);
      }
    }
  } catch (error) {
    db.close();
    throw translateOpenError(path, error, readOnly, passphrase);
  }
  const store = makeStore(db, path, readOnly, options);
  if (holdWrites) holdWritesUntilChecked(store);
  return store;
}

// The passphrase to open or create a file with: the one given, else a test run's (undefined for none).
function givenPassphrase(options: OpenOptions): string | undefined {
  if (options.passphrase === null) return undefined;
  return options.passphrase ?? testPassphrase();
}

// Reads the application_id: the first read of the file, which fails on an encrypted file
// whose passphrase is wrong (SQLite can make nothing of its first page).
function firstRead(db: Database.Database, path: string, passphrase: string | undefined): unknown {
  try {
    return db.pragma('application_id', { simple: true });
  } catch (error) {
    if (passphrase !== undefined && (error as { code?: unknown } | null)?.code === 'SQLITE_NOTADB') throw wrongPassphrase(path);
    throw error;
  }
}

// Refuses a file saved by a newer build (read from the header, or once an encrypted file is unlocked).
function refuseNewerFormat(path: string, version: number, migrations: Migration[]): void {
  if (version <= latestVersion(migrations)) return;
  throw new ApiError(
    'NEWER_VERSION',
    `${path} was saved by a newer version of Activity Lens (project format ${version}; this version reads up to ${latestVersion(migrations)}). Update Activity Lens to open it. The file was left untouched.`,
  );
}

// Refuses a file whose schema is not what our migrations made for the format it records
// (a read-only look at the latest format is allowed: nothing is written, no trigger fires).
function refuseAlteredSchema(db: Database.Database, path: string, version: number, migrations: Migration[], readOnly: boolean): void {
  if (readOnly && version === latestVersion(migrations)) return;
  const problem = schemaProblem(db, version, migrations);
  if (problem !== null) throw alteredProjectError(path, problem, backupAdviceOf(path, passphraseOf(db)));
}

// Runs a writer's quick_check now, or says its writes are to be held until it has run.
// The check runs now whatever was asked when opening will write at once (a migration, or
// switching a file to WAL, which rewrites its header).
function checkOrHold(db: Database.Database, path: string, migrating: boolean, when: NonNullable<OpenOptions['integrityCheck']>): boolean {
  const inWal = String(db.pragma('journal_mode', { simple: true })) === 'wal';
  if (when === 'before-first-write' && inWal && !migrating) return true;
  refuseDamagedFile(db, path);
  return false;
}

// Creates a new, empty project file (refusing to overwrite anything).
export function createProject(path: string, projectName: string, options: OpenOptions = {}): OpenStore {
  if (!path.toLowerCase().endsWith(PROJECT_EXTENSION)) {
    throw new ApiError('BAD_INPUT', `A project file name must end in ${PROJECT_EXTENSION}.`);
  }
  if (existsSync(path)) throw new ApiError('ALREADY_EXISTS', `${path} already exists. Choose another name, or open it.`);
  refuseMissingFolder(path);
  const newGuid = options.newGuid ?? timeOrderedGuid;
  const now = options.now ?? (() => new Date());
  let db: Database.Database;
  try {
    // a passphrase keys the connection before the first page is written: no byte of the file is ever plain
    db = connect(path, { timeout: options.lockTimeoutMs ?? 250, passphrase: givenPassphrase(options) });
  } catch (error) {
    throw translateOpenError(path, error);
  }
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(db, options.migrations ?? appMigrations(), now);
    db.transaction(() => {
      const put = db.prepare('INSERT INTO project_settings (key, value) VALUES (?, ?)');
      put.run('project.guid', newGuid());
      put.run('project.name', projectName);
      put.run('project.created_at', now().toISOString());
    })();
    // in WAL mode the first pages live in the -wal file until a checkpoint: write them into the
    // file now, so its header says it is ours to any other opener, and after a crash
    db.pragma('wal_checkpoint(TRUNCATE)');
  } catch (error) {
    db.close();
    // a half-made file is worth nothing to anyone: remove it
    for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
    throw translateOpenError(path, error);
  }
  return makeStore(db, path, false, options);
}

// Refuses a new project in a folder that is not there (or is a file).
function refuseMissingFolder(path: string): void {
  const folder = dirname(path);
  if (!existsSync(folder)) throw new ApiError('NOT_FOUND', `The folder ${folder} does not exist, so the project cannot be made there. Create the folder first, or choose another one.`);
  if (!statSync(folder).isDirectory()) throw new ApiError('BAD_INPUT', `${folder} is a file, not a folder. Choose a folder for the new project.`);
}

function makeStore(db: Database.Database, path: string, readOnly: boolean, options: OpenOptions): OpenStore {
  let closed = false;
  return {
    db,
    path,
    readOnly,
    now: options.now ?? (() => new Date()),
    newGuid: options.newGuid ?? timeOrderedGuid,
    close() {
      if (closed) return;
      closed = true;
      if (!readOnly) {
        try {
          db.pragma('wal_checkpoint(TRUNCATE)');
        } catch {
          // the WAL is still replayed on the next open
        }
      }
      db.close();
    },
  };
}

function describeVerdict(kind: 'empty' | 'not-sqlite' | 'foreign-sqlite'): string {
  if (kind === 'empty') return 'the file is empty';
  if (kind === 'not-sqlite') return 'it is not a database file';
  return 'it is a database made by another program';
}

// Turns SQLite's open-time errors into messages a researcher can act on.
export function translateOpenError(path: string, error: unknown, readOnly = false, passphrase?: string): ApiError {
  if (error instanceof ApiError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED' || code === 'SQLITE_BUSY_SNAPSHOT') {
    return new ApiError('ALREADY_OPEN', `${path} is already open in another Activity Lens window or program. Close it there first. The file was left untouched.`);
  }
  if (code === 'SQLITE_NOTADB') return new ApiError('NOT_OUR_FILE', `${path} is not an Activity Lens project. It was left untouched.`);
  if (typeof code === 'string' && code.startsWith('SQLITE_CORRUPT')) return damagedProjectError(path, [error instanceof Error ? error.message : code], passphrase);
  const text = typeof code === 'string' ? code : '';
  if (text.startsWith('SQLITE_READONLY') || text.startsWith('SQLITE_CANTOPEN') || text === 'SQLITE_IOERR_LOCK') {
    if (readOnly) {
      return new ApiError(
        'IO',
        `${path} is in a read-only folder, and even reading a project needs a small shared-memory file beside it. Copy the project to a folder you can write to and open the copy. The file was left untouched.`,
      );
    }
    return new ApiError('IO', `${path} cannot be opened for writing (the file or its folder is read-only). Try opening it read-only. The file was left untouched.`);
  }
  if (code === 'SQLITE_FULL') return new ApiError('IO', `The disk holding ${path} is full. Nothing was changed.`);
  // anything else is still said in words, never as a stack trace
  return new ApiError('INTERNAL', `${path} could not be opened (${error instanceof Error ? error.message.slice(0, 300) : String(error)}).`);
}
