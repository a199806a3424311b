// Numbered SQL migrations (migrations/NNNN_name.sql), each applied in its own
// transaction together with user_version, so a failing one leaves the file as it was.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

// The folder of migrations beside this module (copied beside the bundle in Electron builds).
export function defaultMigrationsDir(): string {
  return fileURLToPath(new URL('./migrations/', import.meta.url));
}

// Reads every NNNN_name.sql file of a folder, in version order.
export function loadMigrations(dir: string = defaultMigrationsDir()): Migration[] {
  const migrations = readdirSync(dir)
    .map((file) => /^(\d{4})_([a-z0-9_-]+)\.sql$/.exec(file))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ version: Number(m[1]), name: m[2] ?? '', sql: readFileSync(join(dir, m[0]), 'utf8') }))
    .sort((a, b) => a.version - b.version);
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migrations must be numbered 0001, 0002, ... without gaps; found ${m.version} at position ${i + 1}.`);
  });
  return migrations;
}

let cached: Migration[] | null = null;
// The app's migrations, read once.
export function appMigrations(): Migration[] {
  cached ??= loadMigrations();
  return cached;
}

// The schema version this build writes.
export function latestVersion(migrations: Migration[] = appMigrations()): number {
  return migrations.length === 0 ? 0 : (migrations[migrations.length - 1]?.version ?? 0);
}

// The schema version of an open project file (its user_version).
export function schemaVersionOf(db: Database.Database): number {
  return Number(db.pragma('user_version', { simple: true }));
}

// Applies every migration newer than the file's user_version, one transaction each.
export function migrate(db: Database.Database, migrations: Migration[] = appMigrations(), now: () => Date = () => new Date()): number {
  let current = schemaVersionOf(db);
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT');
      db.exec(migration.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(migration.version, migration.name, now().toISOString());
      db.pragma(`user_version = ${migration.version}`);
    })();
    current = migration.version;
  }
  return current;
}
