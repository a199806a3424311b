// Every SQL statement on the codings table.
import { defineQueries, rows, values } from '../db/query-layer.ts';
import type { CodingRow } from '../db/table-rows.ts';

// A coding's place in its source.
export type CodingRangeRow = Pick<CodingRow, 'id' | 'start' | 'end'>;

// A coding with the names a reader checks it by (its source's name, its coder's initials).
export type CodingDetailRow = Pick<CodingRow, 'id' | 'guid' | 'node_id' | 'source_id' | 'start' | 'end'> & { source_name: string; coder: string | null };

// A coding with its source's name and the words it codes.
export type CodingBriefRow = Pick<CodingRow, 'id' | 'node_id' | 'source_id' | 'start' | 'end'> & { source_name: string; text: string };

// A coding's place, node and coder.
export type CodingPlaceRow = Pick<CodingRow, 'id' | 'source_id' | 'node_id' | 'start' | 'end' | 'coder_id'>;

// A coding as the search for duplicates reads it.
export type DuplicateScanRow = Pick<CodingRow, 'id' | 'guid' | 'source_id' | 'node_id' | 'coder_id' | 'start' | 'end' | 'created_at'>;

// The statements, prepared once per connection.
export const codingQueries = defineQueries({
  byId: rows<CodingRow, [id: number]>('SELECT * FROM codings WHERE id = ?'),
  exists: values<1, [id: number]>('SELECT 1 FROM codings WHERE id = ?'),
  idsOfSource: values<number, [sourceId: number]>('SELECT id FROM codings WHERE source_id = ?'),
  rangesOfSource: rows<CodingRangeRow, [sourceId: number]>('SELECT id, start, end FROM codings WHERE source_id = ?'),
  // of one source and/or one node (null: any), in text order
  filtered: rows<CodingRow, { sourceId: number | null; nodeId: number | null }>(
    'SELECT * FROM codings WHERE (@sourceId IS NULL OR source_id = @sourceId) AND (@nodeId IS NULL OR node_id = @nodeId) ORDER BY source_id, start, end, id',
  ),
  // of one source (at one node, or at any when null) that overlap [start, end)
  overlapping: rows<CodingRow, { sourceId: number; nodeId: number | null; start: number; end: number }>(
    'SELECT * FROM codings WHERE source_id = @sourceId AND (@nodeId IS NULL OR node_id = @nodeId) AND start < @end AND end > @start ORDER BY start, id',
  ),
  // one coder's codings of one source at one node that overlap or touch [start, end]
  touchingSameCoder: rows<CodingRow, { sourceId: number; nodeId: number; coderId: number | null; start: number; end: number }>(
    'SELECT * FROM codings WHERE source_id = @sourceId AND node_id = @nodeId AND coder_id IS @coderId AND start <= @end AND end >= @start ORDER BY start, id',
  ),
  idsAtNode: values<number, [nodeId: number]>('SELECT id FROM codings WHERE node_id = ?'),
  placesAtNode: rows<Pick<CodingRow, 'id' | 'source_id' | 'start' | 'end' | 'coder_id'>, [nodeId: number]>('SELECT id, source_id, start, end, coder_id FROM codings WHERE node_id = ?'),
  place: rows<Pick<CodingRow, 'source_id' | 'node_id' | 'start' | 'end'>, [id: number]>('SELECT source_id, node_id, start, end FROM codings WHERE id = ?'),
  // every coding, grouped by source name, in text order
  details: rows<CodingDetailRow>(
    `SELECT c.id, c.guid, c.node_id, c.source_id, s.name AS source_name, c.start, c.end, k.initials AS coder
     FROM codings c JOIN sources s ON s.id = c.source_id LEFT JOIN coders k ON k.id = c.coder_id
     ORDER BY s.name, c.start, c.end, c.id`,
  ),
  brief: rows<CodingBriefRow, [id: number]>(
    `SELECT c.id, c.node_id, c.source_id, s.name AS source_name, c.start, c.end, substr(s.text, c.start + 1, c.end - c.start) AS text
     FROM codings c JOIN sources s ON s.id = c.source_id WHERE c.id = ?`,
  ),
  // the codings among a JSON array of ids, by id
  placesAmong: rows<CodingPlaceRow, [idsJson: string]>('SELECT id, source_id, node_id, start, end, coder_id FROM codings WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id'),
  idsAmong: values<number, [idsJson: string]>('SELECT id FROM codings WHERE id IN (SELECT value FROM json_each(?))'),
  // a coding at a node of a source that holds [start, end)
  covering: values<number, [sourceId: number, nodeId: number, start: number, end: number]>('SELECT id FROM codings WHERE source_id = ? AND node_id = ? AND start <= ? AND end >= ? LIMIT 1'),
  // every coding, each source's, node's and coder's together in text order (duplicates are neighbours)
  inDuplicateOrder: rows<DuplicateScanRow>('SELECT id, guid, source_id, node_id, coder_id, start, end, created_at FROM codings ORDER BY source_id, node_id, coder_id, start, end, id'),
  count: values<number>('SELECT count(*) FROM codings'),
  rangesOfSourceAtNode: rows<Pick<CodingRow, 'start' | 'end'>, [sourceId: number, nodeId: number]>('SELECT start, end FROM codings WHERE source_id = ? AND node_id = ?'),
});
