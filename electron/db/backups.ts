// Backups of a project into a backups/ folder beside it: taken on open, every 10 minutes of
// activity, before a restore, and as named snapshots. A plain project is copied with SQLite's
// backup API; an encrypted one (whose pages SQLite3 Multiple Ciphers' backup API will not copy
// to a file without its key) is checkpointed and its file copied as it is, page for page in
// its own key, in one synchronous step no write can come between (a project open read-only
// is copied with VACUUM INTO, which writes the copy in the same key). A copy is never written
// plain. Checking or restoring an encrypted project's backup takes the project's passphrase.
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync, copyFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type Database from 'better-sqlite3';
import type { BackupInfo } from '../../shared/model/entities.ts';
import { ApiError } from '../../shared/errors.ts';
import { backupsToPrune } from './backup-retention.ts';
import { connect, passphraseOf } from './connection.ts';
import { appMigrations, latestVersion, schemaVersionOf } from './migrate.ts';
import { APPLICATION_ID, inspectProjectHeader, PROJECT_EXTENSION } from './project-file.ts';
import { schemaProblem } from './schema-check.ts';
import type { Store } from './store.ts';

export type BackupReason = BackupInfo['reason'];
const REASONS: readonly BackupReason[] = ['open', 'interval', 'snapshot', 'before-restore', 'before-migration'];

// The backups folder of a project file.
export function backupsDir(projectPath: string): string {
  return join(dirname(projectPath), 'backups');
}

function stemOf(projectPath: string): string {
  const base = basename(projectPath);
  return base.toLowerCase().endsWith(PROJECT_EXTENSION) ? base.slice(0, -PROJECT_EXTENSION.length) : base;
}

function stamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace('.', '-'); // 20261123T101500-123Z
}

function parseStamp(text: string): Date | null {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})-(\d{3})Z$/.exec(text);
  if (!m) return null;
  return new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z`);
}

// Parses a backup file name of this project; null for anything else in the folder.
export function parseBackupName(projectPath: string, fileName: string): { createdAt: Date; reason: BackupReason; label: string | null } | null {
  const prefix = `${stemOf(projectPath)}.`;
  if (!fileName.startsWith(prefix) || !fileName.endsWith(PROJECT_EXTENSION)) return null;
  const parts = fileName.slice(prefix.length, -PROJECT_EXTENSION.length).split('.');
  const [when, reason, label] = parts;
  const createdAt = when ? parseStamp(when) : null;
  if (!createdAt || !reason || !(REASONS as readonly string[]).includes(reason) || parts.length > 3) return null;
  let decoded: string | null = null;
  if (label) {
    try {
      decoded = decodeURIComponent(label);
    } catch {
      return null;
    }
  }
  return { createdAt, reason: reason as BackupReason, label: decoded };
}

// Every backup of a project, newest first.
export function listBackups(projectPath: string): BackupInfo[] {
  const dir = backupsDir(projectPath);
  if (!existsSync(dir)) return [];
  const out: BackupInfo[] = [];
  for (const fileName of readdirSync(dir)) {
    const parsed = parseBackupName(projectPath, fileName);
    if (!parsed) continue;
    const path = join(dir, fileName);
    out.push({ fileName, path, createdAt: parsed.createdAt.toISOString(), reason: parsed.reason, label: parsed.label, bytes: statSync(path).size });
  }
  return out.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

// Copies an open encrypted project, in its key, to a new file: after a full checkpoint the file
// holds every committed page, so a copy of its bytes is the project (also when a page of it is
// damaged, which VACUUM INTO would stop at).
function copyEncrypted(store: Store, temp: string): void {
  if (!store.readOnly) {
    const [result] = store.db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
    if (result?.busy === 0) {
      copyFileSync(store.path, temp);
      return;
    }
  }
  store.db.prepare('VACUUM INTO ?').run(temp);
}

// Copies the open project into a new file with the backup API (consistent even while writes go on).
export async function copyProjectTo(store: Store, destination: string): Promise<number> {
  const temp = `${destination}.partial`;
  rmSync(temp, { force: true });
  try {
    if (passphraseOf(store.db) === undefined) await store.db.backup(temp);
    else copyEncrypted(store, temp);
    const fd = openSync(temp, 'r+');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, destination);
  } catch (error) {
    rmSync(temp, { force: true });
    const code = (error as { code?: unknown }).code;
    if (code === 'ENOSPC' || code === 'SQLITE_FULL') throw new ApiError('IO', `The disk is full; the copy ${destination} was not written.`);
    if (code === 'EACCES' || code === 'EROFS' || code === 'SQLITE_CANTOPEN' || code === 'SQLITE_READONLY') {
      throw new ApiError('IO', `Cannot write ${destination}: the folder is read-only or not allowed.`);
    }
    throw error;
  }
  return statSync(destination).size;
}

// Takes a backup of the open project and applies retention to the automatic ones.
export async function createBackup(store: Store, reason: BackupReason, label: string | null = null): Promise<BackupInfo> {
  const dir = backupsDir(store.path);
  mkdirSync(dir, { recursive: true });
  const createdAt = store.now();
  const safeLabel = label ? `.${encodeURIComponent(label.slice(0, 100)).replace(/\./g, '%2E')}` : '';
  let fileName = `${stemOf(store.path)}.${stamp(createdAt)}.${reason}${safeLabel}${PROJECT_EXTENSION}`;
  for (let n = 1; existsSync(join(dir, fileName)); n++) {
    createdAt.setTime(createdAt.getTime() + 1);
    fileName = `${stemOf(store.path)}.${stamp(createdAt)}.${reason}${safeLabel}${PROJECT_EXTENSION}`;
    if (n > 1000) throw new Error('Could not find a free backup file name.');
  }
  const path = join(dir, fileName);
  const bytes = await copyProjectTo(store, path);
  pruneBackups(store.path, store.now());
  return { fileName, path, createdAt: createdAt.toISOString(), reason, label, bytes };
}

// Deletes the automatic backups retention no longer needs.
export function pruneBackups(projectPath: string, now: Date): string[] {
  const all = listBackups(projectPath);
  const prune = backupsToPrune(
    all.map((b) => ({ fileName: b.fileName, createdAt: new Date(b.createdAt), automatic: b.reason !== 'snapshot' })),
    now,
  );
  for (const fileName of prune) rmSync(join(backupsDir(projectPath), fileName), { force: true });
  return prune;
}

// Checks a backup file is a readable project of a format this build reads, with the schema
// our migrations made, that passes integrity_check (or, when not `full`, quick_check). An
// encrypted backup is opened with the passphrase of its project.
export function verifyBackupFile(path: string, full = true, projectPassphrase?: string): { ok: boolean; message: string } {
  let db: Database.Database | null = null;
  const passphrase = projectPassphrase;
  try {
    const encrypted = inspectProjectHeader(path).kind === 'encrypted';
    if (encrypted && passphrase === undefined) return { ok: false, message: 'it is encrypted, and the passphrase of an encrypted project is needed to check it' };
    db = connect(path, { readonly: true, fileMustExist: true, passphrase: encrypted ? passphrase : undefined });
    if (Number(db.pragma('application_id', { simple: true })) !== APPLICATION_ID) return { ok: false, message: 'not an Activity Lens project' };
    const version = schemaVersionOf(db);
    if (version > latestVersion()) return { ok: false, message: 'saved by a newer version of Activity Lens' };
    const altered = schemaProblem(db, version, appMigrations());
    if (altered !== null) return { ok: false, message: `altered outside Activity Lens (${altered})` };
    const result = db.pragma(full ? 'integrity_check' : 'quick_check', { simple: true });
    return result === 'ok' ? { ok: true, message: 'ok' } : { ok: false, message: String(result) };
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code === 'SQLITE_NOTADB' && passphrase !== undefined) return { ok: false, message: 'the passphrase of the project does not open it' };
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  } finally {
    db?.close();
  }
}

// The newest backup that passes verifyBackupFile's quick check (at most `tries` are checked,
// newest first; a restore checks the chosen one in full).
export function newestGoodBackup(projectPath: string, passphrase?: string, tries = 5): BackupInfo | null {
  for (const backup of listBackups(projectPath).slice(0, tries)) {
    if (verifyBackupFile(backup.path, false, passphrase).ok) return backup;
  }
  return null;
}

// What to do instead of writing to a project that cannot be trusted: its newest good backup
// (also given on its own, for a window to offer it), or a read-only look.
export function backupAdviceOf(projectPath: string, passphrase?: string): { text: string; backup: BackupInfo | null } {
  const backup = newestGoodBackup(projectPath, passphrase);
  if (!backup) return { text: `There is no good backup of it in ${backupsDir(projectPath)}. Open it read-only (or a copy of it) to export what it still holds.`, backup: null };
  return {
    text: `Open a backup or a read-only copy: the newest good backup is ${backup.path} (taken ${backup.createdAt.replace('T', ' ').slice(0, 16)} UTC): open that file, or restore it from File > Backups, or copy it in place of the project while Activity Lens is closed.`,
    backup,
  };
}

// Puts a backup's content in place of a (closed) project file; the caller has already
// taken a before-restore backup of the current file.
export function swapInBackup(projectPath: string, backupPath: string, passphrase?: string): void {
  const check = verifyBackupFile(backupPath, true, passphrase);
  if (!check.ok) throw new ApiError('CORRUPT', `The backup ${basename(backupPath)} cannot be restored: ${check.message}. Nothing was changed.`);
  for (const suffix of ['-wal', '-shm']) rmSync(projectPath + suffix, { force: true });
  const temp = `${projectPath}.restoring`;
  copyFileSync(backupPath, temp);
  for (const suffix of ['-wal', '-shm']) rmSync(temp + suffix, { force: true });
  const fd = openSync(temp, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, projectPath);
}
