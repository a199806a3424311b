// The row types of table-rows.ts are the tables the migrations make: regenerate the file
// (npx tsx scripts/generate-table-rows.ts) after adding a migration.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tableRowsSource } from './table-rows-source.ts';

describe('table-rows.ts', () => {
  it('matches the schema the migrations create', () => {
    const committed = readFileSync(new URL('./table-rows.ts', import.meta.url), 'utf8');
    expect(committed).toBe(tableRowsSource());
  });

  it('turns CHECK (col IN (...)) into unions and NOT NULL into non-null fields', () => {
    const source = tableRowsSource();
    expect(source).toContain("kind: 'transcript' | 'evaluator report' | 'other';");
    expect(source).toContain('is_interviewer: 0 | 1;');
    expect(source).toContain('case_id: number | null;');
    expect(source).toMatch(/export interface CodingRow \{\n {2}id: number;/);
  });
});
