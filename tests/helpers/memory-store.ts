// A real in-memory project (the real migrations) for service tests.
import Database from 'better-sqlite3';
import { appMigrations, migrate } from '../../electron/db/migrate.ts';
import type { Migration } from '../../electron/db/migrate.ts';
import type { Store } from '../../electron/db/store.ts';

// Opens :memory: with every migration applied (or the ones given, to test an upgrade) and a
// deterministic clock and GUIDs.
export function memoryStore(migrations: Migration[] = appMigrations()): Store & { close(): void } {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, migrations);
  db.prepare("INSERT INTO project_settings (key, value) VALUES ('project.guid', 'test-guid'), ('project.name', 'Test')").run();
  let tick = 0;
  let guid = 0;
  return {
    db,
    path: ':memory:',
    readOnly: false,
    now: () => new Date(Date.UTC(2026, 0, 1, 9, 0, 0) + 1000 * tick++),
    newGuid: () => `00000000-0000-4000-8000-${String(++guid).padStart(12, '0')}`,
    close: () => db.close(),
  };
}
