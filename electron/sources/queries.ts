// Reads of sources and their segments.
import type { InterviewMode, Segment, SegmentKind, SourceKind, SourceSummary } from '../../shared/model/entities.ts';
import { sql } from '../db/statements.ts';
import type { Store } from '../db/store.ts';

export interface SourceRow {
  id: number;
  guid: string;
  kind: SourceKind;
  name: string;
  text: string;
  word_count: number;
  revision: number;
  origin_format: string;
  origin_file_name: string | null;
  origin_hash: string | null;
  imported_at: string;
  interview_date: string | null;
  round: number | null;
  mode: InterviewMode | null;
  media_path: string | null;
  description: string;
}

const SUMMARY_SQL = `
  SELECT s.id, s.guid, s.kind, s.name, s.revision, s.origin_format, s.origin_file_name, s.imported_at,
         s.interview_date, s.round, s.mode, coalesce(n.characters, 0) AS characters,
         (SELECT count(*) FROM segments g WHERE g.source_id = s.id) AS segment_count,
         (SELECT count(*) FROM codings c WHERE c.source_id = s.id) AS coding_count,
         (SELECT group_concat(label, '\u001f') FROM (SELECT k.label FROM source_cases sc JOIN cases k ON k.id = sc.case_id
            WHERE sc.source_id = s.id ORDER BY k.label)) AS case_names,
         s.word_count
  FROM sources s LEFT JOIN source_characters n ON n.source_id = s.id`;

interface SummaryRow extends Omit<SourceRow, 'origin_hash' | 'media_path' | 'description' | 'text'> {
  word_count: number;
  characters: number;
  segment_count: number;
  coding_count: number;
  case_names: string | null;
}

// Counts words the way the status bar and lists show them (runs of letters/digits).
export function countWords(text: string): number {
  const matches = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu);
  return matches ? matches.length : 0;
}

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

// The sources list's query: read from the sources_list index, never the texts (migration 0009).
export const SOURCE_LIST_SQL = `${SUMMARY_SQL} ORDER BY s.name COLLATE NOCASE, s.id`;

// Every source, by name.
export function listSourceSummaries(store: Store): SourceSummary[] {
  return (sql(store, SOURCE_LIST_SQL).all() as SummaryRow[]).map(toSummary);
}

// One source's summary, or undefined.
export function getSourceSummary(store: Store, id: number): SourceSummary | undefined {
  const row = sql(store, `${SUMMARY_SQL} WHERE s.id = ?`).get(id) as SummaryRow | undefined;
  return row ? toSummary(row) : undefined;
}

// One source's full row, or undefined.
export function getSourceRow(store: Store, id: number): SourceRow | undefined {
  return sql(store, 'SELECT * FROM sources WHERE id = ?').get(id) as SourceRow | undefined;
}

interface SegmentRow {
  id: number;
  seq: number;
  kind: SegmentKind;
  start: number;
  end: number;
  speaker_label: string | null;
  label_start: number | null;
  label_end: number | null;
  timestamp: string | null;
  case_id: number | null;
  is_interviewer: number;
}

// A source's segments in text order.
export function listSegments(store: Store, sourceId: number): Segment[] {
  const rows = sql(store, 'SELECT id, seq, kind, start, end, speaker_label, label_start, label_end, timestamp, case_id, is_interviewer FROM segments WHERE source_id = ? ORDER BY start, seq').all(sourceId) as SegmentRow[];
  return rows.map((r) => ({
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
