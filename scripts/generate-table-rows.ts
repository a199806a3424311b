// Writes electron/db/table-rows.ts: one row type per table, read from the schema the
// migrations build (STRICT column types, NOT NULL, and CHECK (col IN (...)) as unions).
// Run: npx tsx scripts/generate-table-rows.ts   (a test fails when the file is stale)
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tableRowsSource } from '../electron/db/table-rows-source.ts';

const target = fileURLToPath(new URL('../electron/db/table-rows.ts', import.meta.url));
writeFileSync(target, tableRowsSource());
console.log(`wrote ${target}`);
