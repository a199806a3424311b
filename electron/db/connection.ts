// Connections to project files (and to the in-memory databases built beside them), each
// set up so that what a file holds can never run as code: SQLite's defensive mode (no
// writes to sqlite_schema, no schema tricks through PRAGMA writable_schema), trusted_schema
// off (a trigger or view stored in a file may call no function that is not harmless) and
// cell size checks (a damaged b-tree page is noticed when read).
// Every connection is made with better-sqlite3-multiple-ciphers: better-sqlite3 built with
// SQLite3 Multiple Ciphers, so one native module reads plain and encrypted project files.
// An encrypted file uses its AEGIS-256 cipher with an Argon2id key (encryption.ts says why).
import type Database from 'better-sqlite3';
import MultipleCiphers from 'better-sqlite3-multiple-ciphers';

export interface ConnectOptions extends Database.Options {
  // the passphrase of an encrypted file (or of a new file to be encrypted); never logged
  passphrase?: string | undefined;
}

// The passphrase each keyed connection was opened with, so that the project's backups (which
// share its key) can be checked and restored. Held in memory only, for the connection's life.
const passphrases = new WeakMap<Database.Database, string>();
// Each of our connections with the cipher methods its library gives it.
const cipherConnections = new WeakMap<Database.Database, MultipleCiphers.Database>();

// The better-sqlite3 options, with Electron's native build when main.ts names one.
function connectionOptions(extra: Database.Options): Database.Options {
  const binding = process.env.ACTIVITY_LENS_SQLITE_BINDING;
  return binding ? { ...extra, nativeBinding: binding } : extra;
}

// The bytes SQLite3 Multiple Ciphers derives the key from: the passphrase in Unicode's
// composed form, so the same words typed on any system open the file.
function passphraseBytes(passphrase: string): Buffer {
  return Buffer.from(passphrase.normalize('NFC'), 'utf8');
}

// Opens a connection to a database file (or ':memory:') with the defences above; with a
// passphrase, every page read is decrypted and every page written encrypted with its key.
export function connect(path: string, options: ConnectOptions = {}): Database.Database {
  const { passphrase, ...databaseOptions } = options;
  const cipher = new MultipleCiphers(path, connectionOptions(databaseOptions));
  const db: Database.Database = cipher;
  cipherConnections.set(db, cipher);
  try {
    if (passphrase !== undefined) keyConnection(db, passphrase);
    // defensive mode is better-sqlite3's default; said here so it cannot be lost
    db.unsafeMode(false);
    db.pragma('trusted_schema = OFF');
    db.pragma('cell_size_check = ON');
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

function cipherOf(db: Database.Database): MultipleCiphers.Database {
  const cipher = cipherConnections.get(db);
  if (!cipher) throw new Error('This connection was not made by connect().');
  return cipher;
}

// The cipher of every encrypted project: SQLite3 Multiple Ciphers' "aegis" scheme (AEGIS-256,
// Argon2id). The file does not record it, so every connection names it before a key is used.
export const PROJECT_CIPHER = 'aegis';

// Gives a fresh connection its key; temporary tables and sort files are kept in memory, as
// SQLite3 Multiple Ciphers does not encrypt them.
function keyConnection(db: Database.Database, passphrase: string): void {
  db.pragma(`cipher = '${PROJECT_CIPHER}'`);
  cipherOf(db).key(passphraseBytes(passphrase));
  db.pragma('temp_store = MEMORY');
  passphrases.set(db, passphrase);
}

// Changes the key of a connection's file in place (an empty passphrase removes the
// encryption). Only for a file nothing else has open and that is not in WAL mode.
export function rekeyConnection(db: Database.Database, passphrase: string | null): void {
  db.pragma(`cipher = '${PROJECT_CIPHER}'`);
  cipherOf(db).rekey(passphrase === null ? Buffer.alloc(0) : passphraseBytes(passphrase));
  if (passphrase === null) passphrases.delete(db);
  else passphrases.set(db, passphrase);
}

// The passphrase a connection was keyed with (undefined for a plain file).
export function passphraseOf(db: Database.Database): string | undefined {
  return passphrases.get(db);
}
