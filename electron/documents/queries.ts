// The Word documents' gathering: the coded extracts of a selection with what attributes
// and references them, and the codebook's example extracts.
import { defineQueries, rows, values } from '../db/query-layer.ts';
import type { CodingRow, MemoRow, SegmentRow, SourceRow } from '../db/table-rows.ts';

// A coding of an extract, with its source and what finds its turn and its case.
export type ExtractCodingRow = Pick<CodingRow, 'id' | 'node_id' | 'source_id' | 'start' | 'end'> & {
  source_guid: SourceRow['guid'];
  source_kind: SourceRow['kind'];
  // the segment the coding starts in (or the last one before it)
  segment_id: number | null;
  // the source's case when exactly one is linked to it
  single_case: number | null;
};

const EXTRACT_COLUMNS = `SELECT c.id, c.node_id, c.source_id, c.start, c.end, s.guid AS source_guid, s.kind AS source_kind,
            (SELECT g.id FROM segments g WHERE g.source_id = c.source_id AND g.start <= c.start ORDER BY g.start DESC LIMIT 1) AS segment_id,
            (SELECT min(sc.case_id) FROM source_cases sc WHERE sc.source_id = c.source_id HAVING count(*) = 1) AS single_case`;

const EXTRACT_FILTER = `JOIN sources s ON s.id = c.source_id
     WHERE c.node_id IN (SELECT value FROM json_each(@nodes))
     ORDER BY c.source_id, c.start, c.end, c.id`;

// The statements, prepared once per connection.
export const documentQueries = defineQueries({
  // the codings at some nodes (a JSON array of ids), by source and text position
  extractCodings: rows<ExtractCodingRow, { nodes: string }>(`${EXTRACT_COLUMNS} FROM codings c ${EXTRACT_FILTER}`),
  // the same in some sources only: found from the sources, not every coding of every node
  extractCodingsInSources: rows<ExtractCodingRow, { nodes: string; sources: string }>(
    `${EXTRACT_COLUMNS} FROM (SELECT DISTINCT value FROM json_each(@sources)) j CROSS JOIN codings c ON c.source_id = j.value ${EXTRACT_FILTER}`,
  ),
  segment: rows<Pick<SegmentRow, 'seq' | 'timestamp' | 'case_id' | 'end'>, [id: number]>('SELECT seq, timestamp, case_id, end FROM segments WHERE id = ?'),
  memosOnCodings: rows<Pick<MemoRow, 'id' | 'title' | 'plain_text'> & { target_id: number }>(
    "SELECT id, target_id, title, plain_text FROM memos WHERE target_kind = 'coding' ORDER BY created_at, id",
  ),
  // one example coding per node: of a readable length when it has one (40 to 600 characters), else its first
  codebookExamples: values<number | null>(
    `SELECT (SELECT c.id FROM codings c WHERE c.node_id = n.id ORDER BY (c.end - c.start BETWEEN 40 AND 600) DESC, c.source_id, c.start LIMIT 1) AS coding_id
     FROM nodes n`,
  ),
  // whether the project has a table (the alignment matrix's are read only when it has them)
  tableExists: values<1, [name: string]>("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"),
});
