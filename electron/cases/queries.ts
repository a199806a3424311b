// Every SQL statement on the cases' tables: cases, case_attribute_values, attributes
// (of cases), organisations, projects and classifications.
import { defineQueries, rows, values } from '../db/query-layer.ts';
import type { CaseRow } from '../db/table-rows.ts';

// The names a speaker label is matched against.
export type CaseNamesRow = Pick<CaseRow, 'id' | 'label'> & { realName: string };

// The statements, prepared once per connection.
export const caseQueries = defineQueries({
  exists: values<1, [id: number]>('SELECT 1 FROM cases WHERE id = ?'),
  namesAfter: rows<CaseNamesRow, [afterId: number]>('SELECT id, label, real_name AS realName FROM cases WHERE id > ? ORDER BY id'),
});
