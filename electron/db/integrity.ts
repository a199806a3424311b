// Integrity of an open project: quick_check, foreign_key_check and the schema check, and no
// write to a damaged file. A writer either checks on open (the command line, the bench,
// a restore) or, like the app, opens with its writes held until quick_check has passed:
// the check runs before the first write (every write goes through runAction, runSetup,
// undo or redo, and the app host asks before every writing method) or when project.check
// asks, whichever comes first. quick_check reads every page (about 0.45 s at 1,000
// transcripts and 2.5 s at 5,000), so the app shows its first screen before it runs.
// (PRAGMA query_only cannot hold the writes: it also refuses the TEMP triggers that
// change-watch.ts installs on a connection that only reads.)
import type Database from 'better-sqlite3';
import { ApiError } from '../../shared/errors.ts';
import { backupAdviceOf } from './backups.ts';
import { passphraseOf } from './connection.ts';
import { appMigrations, schemaVersionOf } from './migrate.ts';
import { schemaProblem } from './schema-check.ts';
import type { Store } from './store.ts';

type Verdict = { state: 'pending' } | { state: 'sound' } | { state: 'damaged'; refusal: ApiError };

interface WriteHold {
  verdict: Verdict;
  // resolves with whether writes are allowed, once the check has run
  readonly settled: Promise<boolean>;
  readonly settle: (sound: boolean) => void;
}

const holds = new WeakMap<Database.Database, WriteHold>();

function isCorruptionError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB');
}

// What quick_check (or the full integrity_check) finds wrong with the file (empty when it is sound).
export function pageProblems(db: Database.Database, full = false): string[] {
  try {
    const rows = db.pragma(full ? 'integrity_check' : 'quick_check') as Record<string, unknown>[];
    return rows.map((row) => String(Object.values(row)[0])).filter((value) => value !== 'ok');
  } catch (error) {
    if (isCorruptionError(error)) return [error instanceof Error ? error.message : String(error)];
    throw error;
  }
}

// The refusal to write to a damaged project: names the project and its newest good backup
// (also in its details, as a path or null, for a window to offer). The passphrase is that of
// an encrypted project, whose backups share its key.
export function damagedProjectError(path: string, problems: readonly string[], passphrase?: string): ApiError {
  const first = (problems[0] ?? 'unknown damage').slice(0, 200);
  const more = problems.length > 1 ? ` and ${problems.length - 1} more problem${problems.length === 2 ? '' : 's'}` : '';
  const advice = backupAdviceOf(path, passphrase);
  return new ApiError('CORRUPT', `The project ${path} is damaged (${first}${more}), so Activity Lens will not write to it. Nothing was changed. ${advice.text}`, {
    newestGoodBackup: advice.backup?.path ?? null,
  });
}

// Runs quick_check now and refuses a damaged file (for writers that check on open).
export function refuseDamagedFile(db: Database.Database, path: string): void {
  const problems = pageProblems(db);
  if (problems.length > 0) throw damagedProjectError(path, problems, passphraseOf(db));
}

// Holds a connection's writes until quick_check has passed (see checkBeforeWriting).
export function holdWritesUntilChecked(store: Store): void {
  let settle: (sound: boolean) => void = () => {};
  const settled = new Promise<boolean>((resolve) => (settle = resolve));
  holds.set(store.db, { verdict: { state: 'pending' }, settled, settle });
}

function settleHold(store: Store, hold: WriteHold, problems: readonly string[]): void {
  if (hold.verdict.state !== 'pending') return;
  if (problems.length === 0) {
    hold.verdict = { state: 'sound' };
    hold.settle(true);
  } else {
    hold.verdict = { state: 'damaged', refusal: damagedProjectError(store.path, problems, passphraseOf(store.db)) };
    hold.settle(false);
  }
}

// Makes sure the file passed quick_check before a write: runs it if it has not run yet,
// throws the damaged-project refusal if it failed. Nothing to do for a store checked on open.
export function checkBeforeWriting(store: Store): void {
  const hold = holds.get(store.db);
  if (!hold) return;
  if (hold.verdict.state === 'pending') settleHold(store, hold, pageProblems(store.db));
  if (hold.verdict.state === 'damaged') throw hold.verdict.refusal;
}

// Tells whether the store may be written now without running a check first (checked on
// open, or its held check has passed): for derived rows a read may keep, which never wait for the check.
export function writesAllowedNow(store: Store): boolean {
  if (store.readOnly) return false;
  const hold = holds.get(store.db);
  return !hold || hold.verdict.state === 'sound';
}

// Resolves with whether the store may be written, once its check has run (at once for a store checked on open).
export function whenWritable(store: Store): Promise<boolean> {
  return holds.get(store.db)?.settled ?? Promise.resolve(!store.readOnly);
}

// Runs quick_check (or the full integrity_check), foreign_key_check and the schema check;
// returns the problems found. A store whose writes were held is settled by its result.
export function checkIntegrity(store: Store, full = false): string[] {
  const problems = pageProblems(store.db, full);
  const hold = holds.get(store.db);
  if (hold) settleHold(store, hold, problems);
  try {
    const fk = store.db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
    for (const f of fk.slice(0, 20)) problems.push(`${f.table} row ${f.rowid} points to a missing ${f.parent} row`);
    const altered = schemaProblem(store.db, schemaVersionOf(store.db), appMigrations());
    if (altered !== null) problems.push(`The file has been altered outside Activity Lens: ${altered}.`);
  } catch (error) {
    // a damaged file may fail these too; quick_check has said so already
    if (!isCorruptionError(error) || problems.length === 0) throw error;
  }
  return problems;
}
