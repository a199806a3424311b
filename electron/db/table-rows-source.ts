// Builds the source of table-rows.ts from the schema the migrations create, so the row
// types cannot drift from the tables (table-rows.test.ts compares the file with this).
import { connect } from './connection.ts';
import { migrate } from './migrate.ts';

// Table names whose singular is not the name without its final "s".
const SINGULAR: Record<string, string> = {
  project_settings: 'ProjectSetting',
  framework_matrices: 'FrameworkMatrix',
  saved_queries: 'SavedQuery',
  diagram_evidence: 'DiagramEvidence',
  anonymisation_log: 'AnonymisationLogEntry',
  anonymisation_ignored: 'AnonymisationIgnored',
  undo_log: 'UndoLogEntry',
  source_characters: 'SourceCharacterCount',
  segments_fts_direct: 'SegmentsFtsDirect',
  alignment_cells: 'AlignmentCell',
  case_attribute_values: 'CaseAttributeValue',
  source_attribute_values: 'SourceAttributeValue',
  classifications: 'Classification',
  schema_migrations: 'SchemaMigration',
};

function typeName(table: string): string {
  const singular = SINGULAR[table];
  if (singular) return `${singular}Row`;
  const words = table.replace(/s$/, '').split('_');
  return `${words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('')}Row`;
}

// The values a CHECK (col IN (...)) allows, as a TypeScript union, or null.
function checkedUnion(tableSql: string, column: string): string | null {
  const match = new RegExp(`CHECK \\(\\s*"?${column}"?\\s+IN\\s*\\(([^)]*)\\)\\s*\\)`, 'i').exec(tableSql);
  if (!match?.[1]) return null;
  const items = match[1].split(',').map((s) => s.trim());
  if (items.some((i) => !/^'[^']*'$|^-?\d+$/.test(i))) return null;
  return items.join(' | ');
}

function columnType(declared: string): string {
  switch (declared.toUpperCase()) {
    case 'INTEGER':
    case 'INT':
      return 'number';
    case 'REAL':
      return 'number';
    case 'TEXT':
      return 'string';
    case 'BLOB':
      return 'Buffer';
    default:
      return 'unknown';
  }
}

interface ColumnInfo {
  name: string;
  type: string;
  notnull: number;
  pk: number;
}

// The whole file's text.
export function tableRowsSource(): string {
  const db = connect(':memory:');
  try {
    migrate(db);
    const tables = db
      .prepare<[], { name: string; sql: string }>("SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .all()
      .filter((t) => !/^segments_fts_(config|data|docsize|idx)$/.test(t.name));
    const parts = [
      '// One row type per table, as SELECT * returns it. Generated from the migrations by',
      '// scripts/generate-table-rows.ts; do not edit (table-rows.test.ts checks it is current).',
      '',
    ];
    for (const table of tables) {
      const columns = db.prepare<[string], ColumnInfo>('SELECT name, type, "notnull", pk FROM pragma_table_info(?)').all(table.name);
      parts.push(`export interface ${typeName(table.name)} {`);
      for (const c of columns) {
        const base = checkedUnion(table.sql, c.name) ?? columnType(c.type);
        const nullable = c.notnull === 0 && !(c.pk === 1 && c.type.toUpperCase() === 'INTEGER');
        parts.push(`  ${c.name}: ${base}${nullable ? ' | null' : ''};`);
      }
      parts.push('}', '');
    }
    return parts.join('\n');
  } finally {
    db.close();
  }
}
