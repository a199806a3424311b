// A full dump of a project's user tables (with rowids), to compare states exactly.
import type Database from 'better-sqlite3';

// Rows the queries keep per source (migration 0013) are derived, not user data: triggers
// delete them when what they were made from changes, and queries write them again.
const DERIVED_TABLES = /^query_index_/;

// Returns every row of every ordinary table, keyed by table name, in rowid order.
export function snapshotTables(db: Database.Database, skip: readonly string[] = ['undo_log', 'schema_migrations']): Record<string, unknown[]> {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%' ORDER BY name")
    .pluck()
    .all() as string[];
  const out: Record<string, unknown[]> = {};
  for (const table of tables) {
    if (skip.includes(table) || DERIVED_TABLES.test(table)) continue;
    out[table] = db.prepare(`SELECT rowid AS __rowid, * FROM "${table}" ORDER BY rowid`).all();
  }
  // the full-text index must follow the rows too
  out.segments_fts_match = db.prepare("SELECT rowid FROM segments_fts WHERE segments_fts MATCH 'the OR and OR coaching' ORDER BY rowid").pluck().all();
  return out;
}
