// A connection to a project file as the sqlite3 shell would make it (no defences of ours), for
// tests that look at or tamper with a file from outside. When the suite runs on encrypted
// projects (ACTIVITY_LENS_TEST_ENCRYPT=1) an encrypted file is unlocked with the test
// passphrase (and the project cipher), as a shell given the key would be.
import { existsSync, statSync } from 'node:fs';
import type Database from 'better-sqlite3';
import MultipleCiphers from 'better-sqlite3-multiple-ciphers';
import { PROJECT_CIPHER } from '../../electron/db/connection.ts';
import { inspectProjectHeader } from '../../electron/db/project-file.ts';
import { TEST_PASSPHRASE } from '../../electron/db/test-encryption.ts';

// Opens a database file raw (a new one is plain); an encrypted project is keyed with the test passphrase.
export function rawDatabase(path: string, options: Database.Options = {}): Database.Database {
  const db = new MultipleCiphers(path, options);
  if (existsSync(path) && statSync(path).size > 0 && inspectProjectHeader(path).kind === 'encrypted') {
    db.pragma(`cipher = '${PROJECT_CIPHER}'`);
    db.key(Buffer.from(TEST_PASSPHRASE, 'utf8'));
  }
  return db;
}
