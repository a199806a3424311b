// The reads of the project index that queries share (index-cache.ts): every node, case,
// source and coder with their attributes, every segment and coding in raw rows (arrays,
// not objects: the index reads them all), the speaker labels' words, and source texts.
import { defineQueries, rows, values } from '../db/query-layer.ts';
import type { Store } from '../db/store.ts';
import type { AttributeRow, CaseAttributeValueRow, CaseRow, CoderRow, CodingRow, NodeRow, OrganisationRow, ProjectRow, SegmentRow, SourceAttributeValueRow, SourceCaseRow, SourceRow } from '../db/table-rows.ts';

// A node as the index keeps it.
export type IndexNodeRow = Pick<NodeRow, 'id' | 'parent_id' | 'name' | 'question'>;

// A case with its organisation's project, role in it, region and provider type.
type IndexCaseRow = Pick<CaseRow, 'id' | 'label' | 'role'> & Pick<OrganisationRow, 'partner_role' | 'region' | 'provider_type'> & { project: ProjectRow['name'] | null };

// A source as the index keeps it.
type IndexSourceRow = Pick<SourceRow, 'id' | 'name' | 'kind' | 'round' | 'mode' | 'interview_date'>;

// One segment: id, source_id, start, end, case_id, is_interviewer, label_end.
type SegmentTuple = [SegmentRow['id'], SegmentRow['source_id'], SegmentRow['start'], SegmentRow['end'], SegmentRow['case_id'], SegmentRow['is_interviewer'], SegmentRow['label_end']];

// One coding: id, node_id, source_id, start, end, coder_id.
type CodingTuple = [CodingRow['id'], CodingRow['node_id'], CodingRow['source_id'], CodingRow['start'], CodingRow['end'], CodingRow['coder_id']];

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
  // read in raw mode only (segmentTuples, codingTuples)
  segments: rows<SegmentTuple>('SELECT id, source_id, start, end, case_id, is_interviewer, label_end FROM segments ORDER BY source_id, start'),
  codings: rows<CodingTuple>('SELECT id, node_id, source_id, start, end, coder_id FROM codings'),
  speakerLabels: values<SegmentRow['speaker_label']>('SELECT DISTINCT speaker_label FROM segments WHERE label_end IS NOT NULL'),
  anyTimestamp: values<1>('SELECT 1 FROM segments WHERE timestamp IS NOT NULL LIMIT 1'),
  texts: rows<Pick<SourceRow, 'id' | 'text'>, [idsJson: string]>('SELECT id, text FROM sources WHERE id IN (SELECT value FROM json_each(?))'),
});

// What the index reads of nodes, cases, sources and coders, and their attributes.
export function lookupRows(store: Store) {
  const q = indexQueries(store);
  return {
    nodes: q.nodes.all(),
    cases: q.cases.all(),
    caseAttributes: q.caseAttributes.all(),
    sources: q.sources.all(),
    sourceAttributes: q.sourceAttributes.all(),
    singleCases: q.singleCases.all(),
    coders: q.coders.all(),
  };
}

// Every segment, ordered by source and start.
export function segmentTuples(store: Store): SegmentTuple[] {
  return indexQueries(store).segments.raw().all();
}

// Every coding.
export function codingTuples(store: Store): CodingTuple[] {
  return indexQueries(store).codings.raw().all();
}

// Every distinct speaker label, and whether any segment has a timestamp.
export function labelRows(store: Store): { labels: SegmentRow['speaker_label'][]; timestamps: boolean } {
  const q = indexQueries(store);
  return { labels: q.speakerLabels.all(), timestamps: q.anyTimestamp.get() !== undefined };
}

// The texts of some sources.
export function sourceTexts(store: Store, ids: readonly number[]): Pick<SourceRow, 'id' | 'text'>[] {
  return indexQueries(store).texts.all(JSON.stringify(ids));
}
