// Encryption at rest. A project may be encrypted with a passphrase when it is made or later,
// given another passphrase, or decrypted again. The cipher is SQLite3 Multiple Ciphers'
// "aegis" scheme: AEGIS-256, an authenticated cipher (every page is encrypted with a fresh
// nonce and carries a 256-bit tag, so a changed byte is found as damage, never read as data),
// with the key derived from the passphrase by Argon2id (2 passes over 19 MiB, the smallest
// setting OWASP recommends; a salt of 16 bytes kept at the start of the file). It was chosen
// over the library's default ChaCha20-Poly1305 and SQLCipher's AES-CBC with HMAC-SHA512
// because it is as strong and, with the AES instructions every current x86 and ARM processor
// has, among the fastest to read pages with (the encrypted against plain figures are in
// docs/PERFORMANCE.md, "Encryption at rest"). The WAL is
// encrypted too; temporary tables are kept in memory (connection.ts). The passphrase is held
// in memory while the project is open and is never written, logged or sent back to the window.
// Changing the key never rewrites the project in place: a copy is made with VACUUM INTO (in
// the current key), rekeyed, flushed and renamed over the file, so a crash at any moment
// leaves the old file or the new one. The backups beside the project are changed with it,
// so that none stays readable without the passphrase (or, after a decryption, needs it).
import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type Database from 'better-sqlite3';
import { ApiError } from '../../shared/errors.ts';
import { syncFolder } from '../infra/atomic-write.ts';
import { listBackups } from './backups.ts';
import { connect, passphraseOf, rekeyConnection } from './connection.ts';
import { checkBeforeWriting, pageProblems } from './integrity.ts';
import type { OpenStore } from './open-project.ts';
import { inspectProjectHeader } from './project-file.ts';
import type { Store } from './store.ts';

// What changing a project's key did to its backups.
export interface KeyChangeReport {
  // backups now in the project's new key (or plain, after a decryption)
  backupsChanged: number;
  // backups that could not be changed (file names), left as they were
  backupsNotChanged: string[];
}

// The refusal of an encrypted project opened without a passphrase.
export function passphraseNeeded(path: string): ApiError {
  return new ApiError('PASSPHRASE', `${path} is encrypted. Enter its passphrase to open it.`, { reason: 'needed' });
}

// The refusal of an encrypted project opened with a passphrase that does not unlock it.
export function wrongPassphrase(path: string): ApiError {
  return new ApiError('PASSPHRASE', `That passphrase does not open ${path}. Check it and try again (capitals and spaces count). The file was left untouched.`, { reason: 'wrong' });
}

// Tells whether an open project is encrypted.
export function isEncrypted(store: Store): boolean {
  return passphraseOf(store.db) !== undefined;
}

// Changes the key of the open project and of its backups (null: decrypts them). The store is
// closed on the way; the caller opens the file again with the new passphrase.
export function changeProjectKey(store: OpenStore, next: string | null): KeyChangeReport {
  if (store.readOnly) throw new ApiError('READ_ONLY', 'This project is open read-only: its passphrase cannot be changed here.');
  // a damaged file is not copied into a new one
  checkBeforeWriting(store);
  const current = passphraseOf(store.db);
  const temp = `${store.path}.rekeying`;
  removeFile(temp);
  try {
    store.db.prepare('VACUUM INTO ?').run(temp);
    rekeyCopy(temp, current, next);
  } catch (error) {
    removeFile(temp);
    throw keyChangeError(store.path, error);
  }
  store.close();
  putInPlace(store.path, temp);
  return changeBackupKeys(store.path, current, next);
}

// Changes the key of every backup of a project; a backup whose key is neither the old nor
// the new one, or that cannot be read, is left as it was and named in the report.
function changeBackupKeys(projectPath: string, current: string | undefined, next: string | null): KeyChangeReport {
  const report: KeyChangeReport = { backupsChanged: 0, backupsNotChanged: [] };
  for (const backup of listBackups(projectPath)) {
    const encrypted = inspectProjectHeader(backup.path).kind === 'encrypted';
    if (!encrypted && next === null) continue;
    try {
      rewriteFileKey(backup.path, encrypted ? current : undefined, next);
      report.backupsChanged++;
    } catch {
      report.backupsNotChanged.push(backup.fileName);
    }
  }
  return report;
}

// Rewrites a closed file with another key (or none), by way of a rekeyed copy.
export function rewriteFileKey(path: string, current: string | undefined, next: string | null): void {
  const temp = `${path}.rekeying`;
  removeFile(temp);
  const source = connect(path, { fileMustExist: true, passphrase: current });
  try {
    source.pragma('application_id');
    source.prepare('VACUUM INTO ?').run(temp);
  } catch (error) {
    removeFile(temp);
    throw error;
  } finally {
    source.close();
  }
  try {
    rekeyCopy(temp, current, next);
  } catch (error) {
    removeFile(temp);
    throw error;
  }
  putInPlace(path, temp);
}

// Gives a fresh copy (in rollback-journal mode, opened by nothing else) its new key, checks
// it reads back whole, and flushes it to disk.
function rekeyCopy(temp: string, current: string | undefined, next: string | null): void {
  const copy: Database.Database = connect(temp, { fileMustExist: true, passphrase: current });
  try {
    copy.pragma('journal_mode = DELETE');
    rekeyConnection(copy, next);
    const problems = pageProblems(copy);
    if (problems.length > 0) throw new Error(`the rekeyed copy did not pass its check (${problems[0] ?? ''})`);
  } finally {
    copy.close();
  }
  const fd = openSync(temp, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

// Renames a finished copy over a closed file (whose WAL, checkpointed when it closed, goes).
function putInPlace(path: string, temp: string): void {
  for (const suffix of ['-wal', '-shm', '-journal']) removeFile(path + suffix);
  renameSync(temp, path);
  syncFolder(dirname(path));
}

function removeFile(path: string): void {
  for (const suffix of ['', '-journal']) if (existsSync(path + suffix)) rmSync(path + suffix, { force: true });
}

// A failed key change in words (the project is as it was).
function keyChangeError(path: string, error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return new ApiError('IO', `The disk holding ${path} is full, so its encryption could not be changed. Nothing was changed.`);
  return new ApiError('INTERNAL', `The encryption of ${path} could not be changed (${error instanceof Error ? error.message.slice(0, 200) : String(error)}). Nothing was changed.`);
}
