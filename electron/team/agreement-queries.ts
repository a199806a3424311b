// The statements agreement, the review and merges read: coders' codings, sources' lengths
// and names, node paths' parts, and every coding's identity.
import { defineQueries, rows, values } from '../db/query-layer.ts';
import type { CodingRow, NodeRow, SourceRow } from '../db/table-rows.ts';

// One coding as the measures read it.
export type CoderCodingRow = Pick<CodingRow, 'id' | 'source_id' | 'node_id' | 'start' | 'end' | 'coder_id'>;

// A source's name and length in code points.
export type SourceLengthRow = Pick<SourceRow, 'id' | 'name' | 'guid'> & { characters: number };

// Every coding's place, node and coder, with its GUID (what a merge checks new codings against).
export type CodingIdentityRow = Pick<CodingRow, 'id' | 'guid' | 'source_id' | 'node_id' | 'start' | 'end' | 'coder_id'>;

// The statements, prepared once per connection.
export const agreementQueries = defineQueries({
  codingsOfCoders: rows<CoderCodingRow, [coderIdsJson: string]>(
    'SELECT id, source_id, node_id, start, end, coder_id FROM codings WHERE coder_id IN (SELECT value FROM json_each(?)) AND end > start',
  ),
  codingsOfCodersInSource: rows<CoderCodingRow, [sourceId: number, coderIdsJson: string]>(
    'SELECT id, source_id, node_id, start, end, coder_id FROM codings WHERE source_id = ? AND coder_id IN (SELECT value FROM json_each(?)) AND end > start ORDER BY start',
  ),
  sourceLengths: rows<SourceLengthRow>('SELECT s.id, s.name, s.guid, c.characters FROM sources s JOIN source_characters c ON c.source_id = s.id ORDER BY s.name COLLATE NOCASE, s.id'),
  nodeTree: rows<Pick<NodeRow, 'id' | 'guid' | 'parent_id' | 'name'>>('SELECT id, guid, parent_id, name FROM nodes ORDER BY sort_order, id'),
  codingIdentities: rows<CodingIdentityRow>('SELECT id, guid, source_id, node_id, start, end, coder_id FROM codings'),
  sourceText: values<string, [id: number]>('SELECT text FROM sources WHERE id = ?'),
});
