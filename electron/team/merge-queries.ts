// The statements a merge reads another coder's project (.alens) with, and those it checks
// the open project's cases, attributes and memos against.
import { defineQueries, rows, values } from '../db/query-layer.ts';
import type { AttributeRow, CaseAttributeValueRow, CaseRow, CoderRow, CodingRow, MemoRow, NodeRow, SegmentRow, SourceAttributeValueRow, SourceRow } from '../db/table-rows.ts';

// A case with its organisation's and project's names.
export type MergeCaseRow = Pick<CaseRow, 'id' | 'guid' | 'label' | 'real_name' | 'role' | 'job_title' | 'description'> & {
  organisation: string | null;
  project: string | null;
  partner_role: string | null;
  provider_type: string | null;
  region: string | null;
};

// The statements, prepared once per connection.
export const mergeQueries = defineQueries({
  coders: rows<Pick<CoderRow, 'id' | 'guid' | 'name' | 'initials'>>('SELECT id, guid, name, initials FROM coders ORDER BY id'),
  nodes: rows<Pick<NodeRow, 'id' | 'guid' | 'parent_id' | 'name' | 'description' | 'color' | 'question' | 'is_codable'>>(
    'SELECT id, guid, parent_id, name, description, color, question, is_codable FROM nodes ORDER BY sort_order, id',
  ),
  nodeComponents: rows<{ node_id: number; component: string }>('SELECT node_id, component FROM node_components'),
  attributes: rows<Pick<AttributeRow, 'id' | 'guid' | 'applies_to' | 'name' | 'value_type' | 'choices_json'>>('SELECT id, guid, applies_to, name, value_type, choices_json FROM attributes ORDER BY sort_order, id'),
  cases: rows<MergeCaseRow>(
    `SELECT k.id, k.guid, k.label, k.real_name, k.role, k.job_title, k.description, o.name AS organisation, p.name AS project, o.partner_role, o.provider_type, o.region
     FROM cases k LEFT JOIN organisations o ON o.id = k.organisation_id LEFT JOIN projects p ON p.id = o.project_id ORDER BY k.id`,
  ),
  caseValues: rows<CaseAttributeValueRow>('SELECT case_id, attribute_id, value FROM case_attribute_values'),
  sources: rows<Pick<SourceRow, 'id' | 'guid' | 'name' | 'kind' | 'round' | 'mode' | 'interview_date' | 'description'>>(
    'SELECT id, guid, name, kind, round, mode, interview_date, description FROM sources ORDER BY id',
  ),
  sourceText: values<string, [id: number]>('SELECT text FROM sources WHERE id = ?'),
  sourceCases: rows<{ source_id: number; case_id: number }>('SELECT source_id, case_id FROM source_cases'),
  sourceValues: rows<SourceAttributeValueRow>('SELECT source_id, attribute_id, value FROM source_attribute_values'),
  speakers: rows<Pick<SegmentRow, 'source_id' | 'speaker_label' | 'case_id' | 'is_interviewer'>>(
    'SELECT DISTINCT source_id, speaker_label, case_id, is_interviewer FROM segments WHERE speaker_label IS NOT NULL',
  ),
  codings: rows<Pick<CodingRow, 'id' | 'guid' | 'source_id' | 'node_id' | 'start' | 'end' | 'coder_id' | 'created_at'>>(
    'SELECT id, guid, source_id, node_id, start, end, coder_id, created_at FROM codings ORDER BY source_id, start, id',
  ),
  memos: rows<Pick<MemoRow, 'guid' | 'target_kind' | 'target_id' | 'title' | 'content_json' | 'plain_text' | 'created_at' | 'updated_at' | 'coder_id'>>(
    'SELECT guid, target_kind, target_id, title, content_json, plain_text, created_at, updated_at, coder_id FROM memos ORDER BY id',
  ),
  // the open project's side
  memoGuids: values<string>('SELECT guid FROM memos'),
  caseValueOf: values<string, [caseId: number, attributeId: number]>('SELECT value FROM case_attribute_values WHERE case_id = ? AND attribute_id = ?'),
  sourceValueOf: values<string, [sourceId: number, attributeId: number]>('SELECT value FROM source_attribute_values WHERE source_id = ? AND attribute_id = ?'),
  sourceCaseExists: values<1, [sourceId: number, caseId: number]>('SELECT 1 FROM source_cases WHERE source_id = ? AND case_id = ?'),
  setting: values<string, [key: string]>('SELECT value FROM project_settings WHERE key = ?'),
});
