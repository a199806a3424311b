// The reads of the project index that queries share (index-cache.ts): every node, case,
// source and coder with their attributes; segments and codings in raw rows (arrays, not
// objects: the index reads many), of every source or of some; the speaker labels' words;
// source texts; and the rows the index keeps per source (index-store.ts).
import { defineQueries, rows, values, writes } from '../db/query-layer.ts';
import type { Store } from '../db/store.ts';
import type { AttributeRow, CaseAttributeValueRow, CaseRow, CoderRow, CodingRow, NodeRow, OrganisationRow, ProjectRow, QueryIndexCodingRow, QueryIndexSegmentRow, SegmentRow, SourceAttributeValueRow, SourceCaseRow, SourceRow } from '../db/table-rows.ts';

// A node as the index keeps it.
export type IndexNodeRow = Pick<NodeRow, 'id' | 'parent_id' | 'name' | 'question'>;

// A case with its organisation's project, role in it, region and provider type.
type IndexCaseRow = Pick<CaseRow, 'id' | 'label' | 'role'> & Pick<OrganisationRow, 'partner_role' | 'region' | 'provider_type'> & { project: ProjectRow['name'] | null };

// A source as the index keeps it.
type IndexSourceRow = Pick<SourceRow, 'id' | 'name' | 'kind' | 'round' | 'mode' | 'interview_date'>;

// One segment: id, source_id, start, end, case_id, is_interviewer, label_end.
export type SegmentTuple = [SegmentRow['id'], SegmentRow['source_id'], SegmentRow['start'], SegmentRow['end'], SegmentRow['case_id'], SegmentRow['is_interviewer'], SegmentRow['label_end']];

// One coding: id, node_id, source_id, start, end, coder_id.
export type CodingTuple = [CodingRow['id'], CodingRow['node_id'], CodingRow['source_id'], CodingRow['start'], CodingRow['end'], CodingRow['coder_id']];

// A speaker label of a source: source_id, speaker_label.
type LabelTuple = [SegmentRow['source_id'], SegmentRow['speaker_label']];

// The index's row of a source's segments, without its word counts.
export type KeptSegmentsRow = Pick<QueryIndexSegmentRow, 'source_id' | 'format' | 'segments' | 'labels' | 'timestamps'>;

// A source's counted words.
export type KeptWordsRow = Pick<QueryIndexSegmentRow, 'source_id' | 'format'> & { word_forms: string; word_counts: Buffer };

const SEGMENT_COLUMNS = 'SELECT id, source_id, start, end, case_id, is_interviewer, label_end FROM segments';
const CODING_COLUMNS = 'SELECT id, node_id, source_id, start, end, coder_id FROM codings';
const SOME_SOURCES = 'source_id IN (SELECT value FROM json_each(?))';

const indexQueries = defineQueries({
  nodes: rows<IndexNodeRow>('SELECT id, parent_id, name, question FROM nodes ORDER BY sort_order, id'),
  cases: rows<IndexCaseRow>(
    `SELECT k.id, k.label, k.role, p.name AS project, o.partner_role, o.region, o.provider_type
     FROM cases k LEFT JOIN organisations o ON o.id = k.organisation_id LEFT JOIN projects p ON p.id = o.project_id`,
  ),
  caseAttributes: rows<Pick<CaseAttributeValueRow, 'case_id' | 'value'> & Pick<AttributeRow, 'name'>>(
    "SELECT v.case_id, a.name, v.value FROM case_attribute_values v JOIN attributes a ON a.id = v.attribute_id WHERE a.applies_to = 'case'",
  ),
  sources: rows<IndexSourceRow>('SELECT id, name, kind, round, mode, interview_date FROM sources'),
  sourceAttributes: rows<Pick<SourceAttributeValueRow, 'source_id' | 'value'> & Pick<AttributeRow, 'name'>>(
    "SELECT v.source_id, a.name, v.value FROM source_attribute_values v JOIN attributes a ON a.id = v.attribute_id WHERE a.applies_to = 'source'",
  ),
  // the case of every source that has exactly one
  singleCases: rows<SourceCaseRow>('SELECT source_id, min(case_id) AS case_id FROM source_cases GROUP BY source_id HAVING count(*) = 1'),
  coders: rows<Pick<CoderRow, 'id' | 'name' | 'initials'>>('SELECT id, name, initials FROM coders'),
  // read in raw mode only (tuples)
  segments: rows<SegmentTuple>(`${SEGMENT_COLUMNS} ORDER BY source_id, start`),
  segmentsOf: rows<SegmentTuple, [idsJson: string]>(`${SEGMENT_COLUMNS} WHERE ${SOME_SOURCES} ORDER BY source_id, start`),
  labels: rows<LabelTuple>('SELECT source_id, speaker_label FROM segments WHERE label_end IS NOT NULL GROUP BY source_id, speaker_label'),
  labelsOf: rows<LabelTuple, [idsJson: string]>(`SELECT source_id, speaker_label FROM segments WHERE label_end IS NOT NULL AND ${SOME_SOURCES} GROUP BY source_id, speaker_label`),
  timestamped: values<number>('SELECT DISTINCT source_id FROM segments WHERE timestamp IS NOT NULL'),
  timestampedOf: values<number, [idsJson: string]>(`SELECT DISTINCT source_id FROM segments WHERE timestamp IS NOT NULL AND ${SOME_SOURCES}`),
  sourcesOfSegments: values<number, [idsJson: string]>('SELECT DISTINCT source_id FROM segments WHERE id IN (SELECT value FROM json_each(?))'),
  codings: rows<CodingTuple>(CODING_COLUMNS),
  codingsOf: rows<CodingTuple, [idsJson: string]>(`${CODING_COLUMNS} WHERE ${SOME_SOURCES}`),
  codingsById: rows<CodingTuple, [idsJson: string]>(`${CODING_COLUMNS} WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id`),
  texts: rows<Pick<SourceRow, 'id' | 'text'>, [idsJson: string]>('SELECT id, text FROM sources WHERE id IN (SELECT value FROM json_each(?))'),
  keptSegments: rows<KeptSegmentsRow>('SELECT source_id, format, segments, labels, timestamps FROM query_index_segments'),
  keptCodings: rows<QueryIndexCodingRow>('SELECT source_id, format, codings FROM query_index_codings'),
  keptWords: rows<KeptWordsRow, [idsJson: string]>(`SELECT source_id, format, word_forms, word_counts FROM query_index_segments WHERE word_counts IS NOT NULL AND ${SOME_SOURCES}`),
  keepSegments: writes<[sourceId: number, format: number, segments: Buffer, labels: string, timestamps: 0 | 1]>(
    'INSERT OR REPLACE INTO query_index_segments (source_id, format, segments, labels, timestamps) VALUES (?, ?, ?, ?, ?)',
  ),
  keepWords: writes<[wordForms: string, wordCounts: Buffer, sourceId: number]>('UPDATE query_index_segments SET word_forms = ?, word_counts = ? WHERE source_id = ?'),
  keepCodings: writes<[sourceId: number, format: number, codings: Buffer]>('INSERT OR REPLACE INTO query_index_codings (source_id, format, codings) VALUES (?, ?, ?)'),
  // what the segment insert trigger deletes, for a writer that has it off (migration 0016)
  forgetSegmentsOf: writes<[sourceId: number]>('DELETE FROM query_index_segments WHERE source_id = ?'),
  forgetCodingsOf: writes<[sourceId: number]>('DELETE FROM query_index_codings WHERE source_id = ?'),
});

// What the index reads of nodes, cases, sources and coders, and their attributes, part by part.
export const lookupRows = {
  nodes: (store: Store) => indexQueries(store).nodes.all(),
  cases: (store: Store) => indexQueries(store).cases.all(),
  caseAttributes: (store: Store) => indexQueries(store).caseAttributes.all(),
  sources: (store: Store) => indexQueries(store).sources.all(),
  sourceAttributes: (store: Store) => indexQueries(store).sourceAttributes.all(),
  singleCases: (store: Store) => indexQueries(store).singleCases.all(),
  coders: (store: Store) => indexQueries(store).coders.all(),
};

// The segments of some sources (null: of every source), ordered by source and start, one at a time.
export function segmentTuples(store: Store, sourceIds: readonly number[] | null): IterableIterator<SegmentTuple> {
  const q = indexQueries(store);
  return sourceIds === null ? q.segments.raw().iterate() : q.segmentsOf.raw().iterate(JSON.stringify(sourceIds));
}

// The distinct speaker labels of some sources' segments (null: of every source), and which of them have timestamps.
export function labelTuples(store: Store, sourceIds: readonly number[] | null): { labels: LabelTuple[]; timestamped: number[] } {
  const q = indexQueries(store);
  if (sourceIds === null) return { labels: q.labels.raw().all(), timestamped: q.timestamped.all() };
  const ids = JSON.stringify(sourceIds);
  return { labels: q.labelsOf.raw().all(ids), timestamped: q.timestampedOf.all(ids) };
}

// The sources some segments belong to now.
export function sourcesOfSegments(store: Store, segmentIds: Iterable<number>): number[] {
  return indexQueries(store).sourcesOfSegments.all(JSON.stringify([...segmentIds]));
}

// The codings of some sources (null: every coding), one at a time.
export function codingTuples(store: Store, sourceIds: readonly number[] | null): IterableIterator<CodingTuple> {
  const q = indexQueries(store);
  return sourceIds === null ? q.codings.raw().iterate() : q.codingsOf.raw().iterate(JSON.stringify(sourceIds));
}

// Some codings as they are now (those deleted are missing), in id order.
export function codingsById(store: Store, ids: Iterable<number>): CodingTuple[] {
  return indexQueries(store).codingsById.raw().all(JSON.stringify([...ids]));
}

// The texts of some sources.
export function sourceTexts(store: Store, ids: readonly number[]): Pick<SourceRow, 'id' | 'text'>[] {
  return indexQueries(store).texts.all(JSON.stringify(ids));
}

// The rows the index keeps per source: segments, codings, and the counted words of some sources.
export const keptRows = {
  segments: (store: Store) => indexQueries(store).keptSegments.all(),
  codings: (store: Store) => indexQueries(store).keptCodings.all(),
  words: (store: Store, sourceIds: readonly number[]) => indexQueries(store).keptWords.all(JSON.stringify(sourceIds)),
  keepSegments: (store: Store, row: KeptSegmentsRow) => indexQueries(store).keepSegments.run(row.source_id, row.format, row.segments, row.labels, row.timestamps === 1 ? 1 : 0),
  keepCodings: (store: Store, row: QueryIndexCodingRow) => indexQueries(store).keepCodings.run(row.source_id, row.format, row.codings),
  keepWords: (store: Store, sourceId: number, wordForms: string, wordCounts: Buffer) => indexQueries(store).keepWords.run(wordForms, wordCounts, sourceId),
  // drops a source's kept rows, as the triggers do when its segments change
  forget: (store: Store, sourceId: number) => {
    indexQueries(store).forgetSegmentsOf.run(sourceId);
    indexQueries(store).forgetCodingsOf.run(sourceId);
  },
};
