// Refusing a project file whose schema is not the one our migrations made: a trigger, view
// or index added with another tool, a table replaced by a view, a changed column, or a
// user_version that does not match the tables. The file's sqlite_schema (the main schema
// only: the app's own TEMP triggers live in the connection's temp schema, never in the
// file) is compared object by object with what the migrations create on an empty
// in-memory database, built once per process for each format version asked about.
import type Database from 'better-sqlite3';
import { ApiError } from '../../shared/errors.ts';
import { connect } from './connection.ts';
import { migrate } from './migrate.ts';
import type { Migration } from './migrate.ts';

interface SchemaObject {
  type: string;
  name: string;
  tbl_name: string;
  sql: string | null;
}

type Schema = ReadonlyMap<string, SchemaObject>;

const expectedByMigrations = new WeakMap<readonly Migration[], Map<number, Schema>>();
const MAX_LISTED = 4;

function keyOf(o: Pick<SchemaObject, 'type' | 'name'>): string {
  return `${o.type} ${o.name}`;
}

// The SQL of an object with its white space made uniform (how a statement was laid out does not matter).
function normalisedSql(sql: string | null): string | null {
  return sql === null ? null : sql.replace(/\s+/g, ' ').trim();
}

// Every object of a connection's main schema.
function readSchema(db: Database.Database): Schema {
  const objects = db.prepare<[], SchemaObject>('SELECT type, name, tbl_name, sql FROM main.sqlite_schema').all();
  return new Map(objects.map((o) => [keyOf(o), { ...o, sql: normalisedSql(o.sql) }]));
}

// The schema our migrations up to a format version create (built once per process and version).
export function expectedSchema(migrations: readonly Migration[], version: number): Schema {
  let byVersion = expectedByMigrations.get(migrations);
  if (!byVersion) {
    byVersion = new Map();
    expectedByMigrations.set(migrations, byVersion);
  }
  const known = byVersion.get(version);
  if (known) return known;
  const db = connect(':memory:');
  try {
    migrate(
      db,
      migrations.filter((m) => m.version <= version),
      () => new Date(0),
    );
    const schema = readSchema(db);
    byVersion.set(version, schema);
    return schema;
  } finally {
    db.close();
  }
}

function describeObject(o: SchemaObject): string {
  const on = o.type === 'trigger' || o.type === 'index' ? ` on ${o.tbl_name}` : '';
  return `${o.type} "${o.name}"${on}`;
}

// What differs between a file's schema and the expected one, in words (empty when they are the same).
export function schemaDifferences(actual: Schema, expected: Schema): string[] {
  const out: string[] = [];
  const replaced = new Set<string>();
  for (const [key, want] of expected) {
    const got = actual.get(key);
    if (got) {
      if (got.sql !== want.sql || got.tbl_name !== want.tbl_name) out.push(`the ${describeObject(want)} has been changed`);
      continue;
    }
    const other = [...actual.values()].find((o) => o.name === want.name && o.type !== want.type);
    if (other) {
      replaced.add(keyOf(other));
      out.push(`the ${want.type} "${want.name}" has been replaced by a ${other.type}`);
    } else out.push(`the ${describeObject(want)} is missing`);
  }
  for (const [key, got] of actual) {
    if (!expected.has(key) && !replaced.has(key)) out.push(`an unknown ${describeObject(got)} has been added`);
  }
  return out;
}

// The latest format version whose schema the file's objects are exactly (null when none is).
function versionWithSchema(actual: Schema, migrations: readonly Migration[]): number | null {
  for (let v = migrations.length; v >= 1; v--) {
    const version = migrations[v - 1]?.version ?? v;
    if (schemaDifferences(actual, expectedSchema(migrations, version)).length === 0) return version;
  }
  return null;
}

function listed(differences: readonly string[]): string {
  const shown = differences.slice(0, MAX_LISTED).join('; ');
  const more = differences.length - MAX_LISTED;
  return more > 0 ? `${shown}; and ${more} more change${more === 1 ? '' : 's'}` : shown;
}

// What is wrong with a file's schema for the format version it records, in words (null when nothing is).
export function schemaProblem(db: Database.Database, version: number, migrations: readonly Migration[]): string | null {
  const actual = readSchema(db);
  const differences = schemaDifferences(actual, expectedSchema(migrations, version));
  if (differences.length === 0) return null;
  const matching = versionWithSchema(actual, migrations);
  if (matching !== null) return `it records project format ${version}, but its tables are those of format ${matching}`;
  if (version === 0) return `it records no project format (user_version 0), yet it holds tables`;
  return listed(differences);
}

// The refusal of a project altered outside the app; its details name the newest good backup
// (a path, or null) for a window to offer.
export function alteredProjectError(path: string, problem: string, advice: { text: string; backup: { path: string } | null }): ApiError {
  return new ApiError('NOT_OUR_FILE', `${path} has been altered outside Activity Lens: ${problem}. It was left untouched. ${advice.text}`, { newestGoodBackup: advice.backup?.path ?? null });
}
