// Every SQL statement on the codings table.
import { defineQueries, rows, values } from '../db/query-layer.ts';
import type { CodingRow } from '../db/table-rows.ts';

// A coding's place in its source.
export type CodingRangeRow = Pick<CodingRow, 'id' | 'start' | 'end'>;

// The statements, prepared once per connection.
export const codingQueries = defineQueries({
  byId: rows<CodingRow, [id: number]>('SELECT * FROM codings WHERE id = ?'),
  exists: values<1, [id: number]>('SELECT 1 FROM codings WHERE id = ?'),
  idsOfSource: values<number, [sourceId: number]>('SELECT id FROM codings WHERE source_id = ?'),
  rangesOfSource: rows<CodingRangeRow, [sourceId: number]>('SELECT id, start, end FROM codings WHERE source_id = ?'),
});
