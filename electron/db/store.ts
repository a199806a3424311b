// A project file held open: the connection, where it lives, and how it was opened.
import type Database from 'better-sqlite3';

export interface Store {
  readonly db: Database.Database;
  readonly path: string;
  readonly readOnly: boolean;
  // the clock every service uses for timestamps (injectable for tests)
  readonly now: () => Date;
  // a fresh GUID for a new entity (injectable for tests)
  readonly newGuid: () => string;
}
