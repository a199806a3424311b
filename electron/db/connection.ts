// Connections to project files (and to the in-memory databases built beside them), each
// set up so that what a file holds can never run as code: SQLite's defensive mode (no
// writes to sqlite_schema, no schema tricks through PRAGMA writable_schema), trusted_schema
// off (a trigger or view stored in a file may call no function that is not harmless) and
// cell size checks (a damaged b-tree page is noticed when read).
import Database from 'better-sqlite3';

// The better-sqlite3 options, with Electron's native build when main.ts names one.
function connectionOptions(extra: Database.Options): Database.Options {
  const binding = process.env.ACTIVITY_LENS_SQLITE_BINDING;
  return binding ? { ...extra, nativeBinding: binding } : extra;
}

// Opens a connection to a database file (or ':memory:') with the defences above.
export function connect(path: string, options: Database.Options = {}): Database.Database {
  const db = new Database(path, connectionOptions(options));
  try {
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
