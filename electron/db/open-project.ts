// Opening and creating project files: refuse foreign, newer or already-open files
// without changing a byte; WAL + synchronous=FULL + foreign keys; an exclusive lock
// held for as long as the project is open.
import { existsSync, rmSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { ApiError } from '../../shared/errors.ts';
import { timeOrderedGuid } from './guid.ts';
import { appMigrations, latestVersion, migrate } from './migrate.ts';
import type { Migration } from './migrate.ts';
import { APPLICATION_ID, inspectProjectHeader, PROJECT_EXTENSION } from './project-file.ts';
import type { Store } from './store.ts';

export interface OpenOptions {
  readOnly?: boolean;
  migrations?: Migration[];
  now?: () => Date;
  newGuid?: () => string;
  // how long to wait for another holder to let go before saying "already open"
  lockTimeoutMs?: number;
}

export interface OpenStore extends Store {
  close(): void;
}

// The better-sqlite3 options, with Electron's native build when main.ts names one.
function connectionOptions(extra: Database.Options): Database.Options {
  const binding = process.env.ACTIVITY_LENS_SQLITE_BINDING;
  return binding ? { ...extra, nativeBinding: binding } : extra;
}

// Opens an existing project file, refusing anything we must not touch.
export function openProject(path: string, options: OpenOptions = {}): OpenStore {
  if (!existsSync(path)) throw new ApiError('NOT_FOUND', `There is no project file at ${path}.`);
  if (!statSync(path).isFile()) throw new ApiError('NOT_OUR_FILE', `${path} is a folder, not an Activity Lens project file.`);
  const migrations = options.migrations ?? appMigrations();
  const verdict = inspectProjectHeader(path);
  if (verdict.kind !== 'ours') {
    throw new ApiError('NOT_OUR_FILE', `${path} is not an Activity Lens project (${describeVerdict(verdict.kind)}). It was left untouched.`);
  }
  if (verdict.schemaVersion > latestVersion(migrations)) {
    throw new ApiError(
      'NEWER_VERSION',
      `${path} was saved by a newer version of Activity Lens (project format ${verdict.schemaVersion}; this version reads up to ${latestVersion(migrations)}). Update Activity Lens to open it. The file was left untouched.`,
    );
  }
  const readOnly = options.readOnly === true;
  const db = new Database(path, connectionOptions({ fileMustExist: true, readonly: readOnly, timeout: options.lockTimeoutMs ?? 250 }));
  try {
    if (!readOnly) db.pragma('locking_mode = EXCLUSIVE');
    // the first read takes the lock: a holder elsewhere makes it fail with SQLITE_BUSY
    const appId = Number(db.pragma('application_id', { simple: true }));
    if (appId !== APPLICATION_ID) throw new ApiError('NOT_OUR_FILE', `${path} is not an Activity Lens project. It was left untouched.`);
    if (!readOnly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      db.pragma('foreign_keys = ON');
      // a write takes the exclusive lock for the life of the connection
      db.exec('BEGIN IMMEDIATE; COMMIT;');
      migrate(db, migrations, options.now);
    } else {
      db.pragma('foreign_keys = ON');
      const version = Number(db.pragma('user_version', { simple: true }));
      if (version < latestVersion(migrations)) {
        throw new ApiError('CONFLICT', `${path} uses an older project format and must be upgraded before it can be opened read-only. Open it normally once (or open a copy).`);
      }
    }
  } catch (error) {
    db.close();
    throw translateOpenError(path, error, readOnly);
  }
  return makeStore(db, path, readOnly, options);
}

// Creates a new, empty project file (refusing to overwrite anything).
export function createProject(path: string, projectName: string, options: OpenOptions = {}): OpenStore {
  if (!path.toLowerCase().endsWith(PROJECT_EXTENSION)) {
    throw new ApiError('BAD_INPUT', `A project file name must end in ${PROJECT_EXTENSION}.`);
  }
  if (existsSync(path)) throw new ApiError('ALREADY_EXISTS', `${path} already exists. Choose another name, or open it.`);
  const newGuid = options.newGuid ?? timeOrderedGuid;
  const now = options.now ?? (() => new Date());
  let db: Database.Database;
  try {
    db = new Database(path, connectionOptions({ timeout: options.lockTimeoutMs ?? 250 }));
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
  } catch (error) {
    db.close();
    // a half-made file is worth nothing to anyone: remove it
    for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
    throw translateOpenError(path, error);
  }
  return makeStore(db, path, false, options);
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
export function translateOpenError(path: string, error: unknown, readOnly = false): unknown {
  if (error instanceof ApiError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED' || code === 'SQLITE_BUSY_SNAPSHOT') {
    return new ApiError('ALREADY_OPEN', `${path} is already open in another Activity Lens window or program. Close it there first. The file was left untouched.`);
  }
  if (code === 'SQLITE_NOTADB') return new ApiError('NOT_OUR_FILE', `${path} is not an Activity Lens project. It was left untouched.`);
  if (code === 'SQLITE_CORRUPT') return new ApiError('CORRUPT', `${path} is damaged. Restore it from a backup in the backups folder beside it.`);
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
  return error;
}
