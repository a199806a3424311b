// Every SQL statement on the sources' tables: sources, their segments (turns, paragraphs,
// rows) with the segments' full-text index, source_cases and source_attribute_values.
import type { Segment, SourceSummary } from '../../shared/model/entities.ts';
import { defineQueries, rows, values, writes } from '../db/query-layer.ts';
import type { Store } from '../db/store.ts';
import type { SegmentRow, SourceCaseRow, SourceRow } from '../db/table-rows.ts';

const SUMMARY_SQL = `
  SELECT s.id, s.guid, s.kind, s.name, s.revision, s.origin_format, s.origin_file_name, s.imported_at,
         s.interview_date, s.round, s.mode, coalesce(n.characters, 0) AS characters,
         (SELECT count(*) FROM segments g WHERE g.source_id = s.id) AS segment_count,
         (SELECT count(*) FROM codings c WHERE c.source_id = s.id) AS coding_count,
         (SELECT group_concat(label, '\u001f') FROM (SELECT k.label FROM source_cases sc JOIN cases k ON k.id = sc.case_id
            WHERE sc.source_id = s.id ORDER BY k.label)) AS case_names,
         s.word_count
  FROM sources s LEFT JOIN source_characters n ON n.source_id = s.id`;

// The sources list's query: read from the sources_list index, never the texts (migration 0009).
export const SOURCE_LIST_SQL = `${SUMMARY_SQL} ORDER BY s.name COLLATE NOCASE, s.id`;

type SummaryRow = Pick<SourceRow, 'id' | 'guid' | 'kind' | 'name' | 'revision' | 'origin_format' | 'origin_file_name' | 'imported_at' | 'interview_date' | 'round' | 'mode' | 'word_count'> & {
  characters: number;
  segment_count: number;
  coding_count: number;
  case_names: string | null;
};

// A source's text with what an edit or a search needs beside it.
export type SourceTextRow = Pick<SourceRow, 'id' | 'name' | 'text' | 'revision'>;

type SegmentListRow = Omit<SegmentRow, 'guid' | 'source_id'>;
type SegmentRangeRow = Pick<SegmentRow, 'id' | 'start' | 'end' | 'label_start' | 'label_end'>;

// The statements, prepared once per connection.
export const sourceQueries = defineQueries({
  list: rows<SummaryRow>(SOURCE_LIST_SQL),
  summary: rows<SummaryRow, [id: number]>(`${SUMMARY_SQL} WHERE s.id = ?`),
  row: rows<SourceRow, [id: number]>('SELECT * FROM sources WHERE id = ?'),
  name: values<string, [id: number]>('SELECT name FROM sources WHERE id = ?'),
  mediaPath: values<string | null, [id: number]>('SELECT media_path FROM sources WHERE id = ?'),
  text: rows<SourceTextRow, [id: number]>('SELECT id, name, text, revision FROM sources WHERE id = ?'),
  withContentHash: rows<Pick<SourceRow, 'id' | 'name'>, [textHash: string, bytesHash: string]>('SELECT id, name FROM sources WHERE origin_hash IN (?, ?) ORDER BY id LIMIT 1'),
  segments: rows<SegmentListRow, [sourceId: number]>(
    'SELECT id, seq, kind, start, end, speaker_label, label_start, label_end, timestamp, case_id, is_interviewer FROM segments WHERE source_id = ? ORDER BY start, seq',
  ),
  segmentIds: values<number, [sourceId: number]>('SELECT id FROM segments WHERE source_id = ?'),
  segmentRanges: rows<SegmentRangeRow, [sourceId: number]>('SELECT id, start, end, label_start, label_end FROM segments WHERE source_id = ?'),
  segmentsOfSpeaker: values<number, [sourceId: number, label: string]>('SELECT id FROM segments WHERE source_id = ? AND lower(speaker_label) = lower(?)'),
  speakerCaseIds: values<number, [sourceId: number]>('SELECT DISTINCT case_id FROM segments WHERE source_id = ? AND case_id IS NOT NULL'),
  caseLinks: rows<Pick<SourceCaseRow, 'case_id'> & { rowid: number }, [sourceId: number]>('SELECT rowid, case_id FROM source_cases WHERE source_id = ?'),
  caseLinkRowids: values<number, [sourceId: number]>('SELECT rowid FROM source_cases WHERE source_id = ?'),
  hasCaseLink: values<1, [sourceId: number, caseId: number]>('SELECT 1 FROM source_cases WHERE source_id = ? AND case_id = ?'),
  attributeValueRowids: values<number, [sourceId: number]>('SELECT rowid FROM source_attribute_values WHERE source_id = ?'),
  // the full-text index written by the importer itself (migration 0008)
  directIndexOn: writes('INSERT INTO segments_fts_direct (id) VALUES (1)'),
  directIndexOff: writes('DELETE FROM segments_fts_direct'),
  indexSegment: writes<[rowid: number, text: string]>('INSERT INTO segments_fts (rowid, text) VALUES (?, ?)'),
  textLength: values<number, [id: number]>('SELECT length(text) FROM sources WHERE id = ?'),
  // the text of [start, end) in code points
  textSlice: values<string, { id: number; start: number; end: number }>('SELECT substr(text, @start + 1, @end - @start) FROM sources WHERE id = @id'),
  // the segments that name a case, by start
  caseSegments: rows<Pick<SegmentRow, 'start' | 'end'> & { case_id: number }, [sourceId: number]>(
    'SELECT start, end, case_id FROM segments WHERE source_id = ? AND case_id IS NOT NULL ORDER BY start',
  ),
  linkedCaseIds: values<number, [sourceId: number]>('SELECT case_id FROM source_cases WHERE source_id = ?'),
  namesById: rows<Pick<SourceRow, 'id' | 'name'>>('SELECT id, name FROM sources ORDER BY id'),
  // what a case is linked to (a withdrawal unlinks it)
  segmentsOfCase: rows<Pick<SegmentRow, 'id' | 'source_id' | 'start' | 'end'>, [caseId: number]>('SELECT id, source_id, start, end FROM segments WHERE case_id = ?'),
  caseLinkRowidsOfCase: values<number, [caseId: number]>('SELECT rowid FROM source_cases WHERE case_id = ?'),
});

function toSummary(row: SummaryRow): SourceSummary {
  return {
    id: row.id,
    guid: row.guid,
    name: row.name,
    kind: row.kind,
    round: row.round,
    mode: row.mode,
    interviewDate: row.interview_date,
    importedAt: row.imported_at,
    originFormat: row.origin_format,
    originFileName: row.origin_file_name,
    characters: row.characters,
    words: row.word_count,
    segmentCount: row.segment_count,
    codingCount: row.coding_count,
    caseNames: row.case_names ? row.case_names.split('\u001f') : [],
    revision: row.revision,
  };
}

// Every source, by name.
export function listSourceSummaries(store: Store): SourceSummary[] {
  return sourceQueries(store).list.all().map(toSummary);
}

// One source's summary, or undefined.
export function getSourceSummary(store: Store, id: number): SourceSummary | undefined {
  const row = sourceQueries(store).summary.get(id);
  return row ? toSummary(row) : undefined;
}

// One source's full row, or undefined.
export function getSourceRow(store: Store, id: number): SourceRow | undefined {
  return sourceQueries(store).row.get(id);
}

// A source's segments in text order.
export function listSegments(store: Store, sourceId: number): Segment[] {
  return sourceQueries(store)
    .segments.all(sourceId)
    .map((r) => ({
      id: r.id,
      seq: r.seq,
      kind: r.kind,
      start: r.start,
      end: r.end,
      speakerLabel: r.speaker_label,
      labelStart: r.label_start,
      labelEnd: r.label_end,
      timestamp: r.timestamp,
      caseId: r.case_id,
      isInterviewer: r.is_interviewer === 1,
    }));
}
