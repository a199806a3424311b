// One row type per table, as SELECT * returns it. Generated from the migrations by
// scripts/generate-table-rows.ts; do not edit (table-rows.test.ts checks it is current).

export interface AlignmentCellRow {
  id: number;
  guid: string;
  objective_id: number;
  question: number;
  text: string;
}

export interface AlignmentObjectiveRow {
  id: number;
  guid: string;
  title: string;
  sort_order: number;
  created_at: string;
  research_questions: string;
  components: string | null;
  presented_in: string;
}

export interface AnonymisationIgnoredRow {
  id: number;
  guid: string;
  folded: string;
  text: string;
  created_at: string;
}

export interface AnonymisationLogEntryRow {
  id: number;
  guid: string;
  action: string;
  detail: string;
  created_at: string;
}

export interface AnonymisationOverrideRow {
  id: number;
  guid: string;
  rule_id: number;
  location: 'source' | 'memo';
  location_id: number;
  start: number;
  end: number;
  matched_text: string;
  context: string;
  note: string;
  created_at: string;
}

export interface AnonymisationRuleRow {
  id: number;
  guid: string;
  kind: 'person' | 'organisation' | 'place' | 'other';
  real_text: string;
  replacement: string;
  case_id: number | null;
  organisation_id: number | null;
  case_sensitive: 0 | 1;
  variants_json: string;
  created_at: string;
  pseudonym: string;
  auto_variants: 0 | 1;
}

export interface AttributeRow {
  id: number;
  guid: string;
  applies_to: 'case' | 'source';
  name: string;
  value_type: 'text' | 'number' | 'date' | 'boolean' | 'choice';
  choices_json: string;
  sort_order: number;
}

export interface CaseAttributeValueRow {
  case_id: number;
  attribute_id: number;
  value: string;
}

export interface CaseRow {
  id: number;
  guid: string;
  label: string;
  real_name: string;
  role: string;
  job_title: string;
  organisation_id: number | null;
  classification_id: number | null;
  description: string;
  created_at: string;
}

export interface ClassificationRow {
  id: number;
  guid: string;
  name: string;
  description: string;
}

export interface CoderRow {
  id: number;
  guid: string;
  name: string;
  initials: string;
  created_at: string;
}

export interface CodingRow {
  id: number;
  guid: string;
  source_id: number;
  node_id: number;
  start: number;
  end: number;
  coder_id: number | null;
  created_at: string;
}

export interface ContradictionPhaseRow {
  id: number;
  guid: string;
  contradiction_id: number;
  tension_id: number;
  status: 'emerging' | 'aggravated' | 'addressed' | 'resolved';
  created_at: string;
}

export interface ContradictionRow {
  id: number;
  guid: string;
  name: string;
  memo: string;
  created_at: string;
}

export interface DiagramBoundaryObjectRow {
  id: number;
  guid: string;
  diagram_id: number;
  component_id: number;
  seq: number;
  name: string;
}

export interface DiagramComponentRow {
  id: number;
  guid: string;
  diagram_id: number;
  system_id: number | null;
  component: 'subject' | 'object' | 'outcome' | 'tools' | 'rules' | 'community' | 'division-of-labour' | 'shared-object';
  text: string;
  nudge_x: number;
  nudge_y: number;
}

export interface DiagramEvidenceRow {
  id: number;
  guid: string;
  diagram_id: number;
  component_id: number | null;
  tension_id: number | null;
  coding_guid: string;
  created_at: string;
}

export interface DiagramSystemRow {
  id: number;
  guid: string;
  diagram_id: number;
  seq: number;
  name: string;
  partner_role: 'lead' | 'partner' | null;
}

export interface DiagramRow {
  id: number;
  guid: string;
  generation: 1 | 2 | 3;
  title: string;
  perspective: string;
  phase: string;
  caption: string;
  content_json: string;
  created_at: string;
  updated_at: string;
}

export interface ExchangeReferenceRow {
  id: number;
  guid: string;
  kind: 'pdf' | 'picture' | 'audio' | 'video';
  name: string;
  path: string | null;
  current_path: string | null;
  description: string;
  origin: string;
  note: string;
  imported_at: string;
}

export interface FrameworkCellRow {
  id: number;
  guid: string;
  framework_id: number;
  case_id: number;
  node_id: number;
  summary: string;
  coding_ids_json: string;
  updated_at: string;
}

export interface FrameworkMatrixRow {
  id: number;
  guid: string;
  name: string;
  case_ids_json: string;
  node_ids_json: string;
  include_descendants: 0 | 1;
  created_at: string;
  updated_at: string;
}

export interface MemoRow {
  id: number;
  guid: string;
  target_kind: 'project' | 'source' | 'node' | 'coding' | 'case' | 'diagram';
  target_id: number | null;
  title: string;
  content_json: string;
  plain_text: string;
  created_at: string;
  updated_at: string;
  coder_id: number | null;
  modified_by: number | null;
  range_start: number | null;
  range_end: number | null;
}

export interface NodeComponentRow {
  node_id: number;
  component: 'subject' | 'object' | 'outcome' | 'tools' | 'rules' | 'community' | 'division-of-labour';
}

export interface NodeRow {
  id: number;
  guid: string;
  parent_id: number | null;
  name: string;
  description: string;
  color: string;
  question: number | null;
  sort_order: number;
  created_at: string;
  coder_id: number | null;
  modified_by: number | null;
  is_codable: 0 | 1;
}

export interface OrganisationRow {
  id: number;
  guid: string;
  name: string;
  project_id: number | null;
  partner_role: 'lead' | 'partner' | 'external' | 'other' | null;
  provider_type: string | null;
  region: string | null;
}

export interface ProjectSettingRow {
  key: string;
  value: string;
}

export interface ProjectRow {
  id: number;
  guid: string;
  name: string;
  title: string;
  funder: string;
  description: string;
}

export interface QueryIndexCodingRow {
  source_id: number;
  format: number;
  codings: Buffer;
}

export interface QueryIndexSegmentRow {
  source_id: number;
  format: number;
  segments: Buffer;
  labels: string;
  timestamps: 0 | 1;
  word_forms: string | null;
  word_counts: Buffer | null;
}

export interface SavedQueryRow {
  id: number;
  guid: string;
  name: string;
  kind: 'node' | 'search' | 'matrix' | 'cooccurrence' | 'words';
  definition_json: string;
  created_at: string;
  updated_at: string;
}

export interface SchemaMigrationRow {
  version: number;
  name: string;
  applied_at: string;
}

export interface SegmentRow {
  id: number;
  guid: string;
  source_id: number;
  seq: number;
  kind: 'turn' | 'paragraph' | 'heading' | 'table-row';
  start: number;
  end: number;
  speaker_label: string | null;
  label_start: number | null;
  label_end: number | null;
  timestamp: string | null;
  case_id: number | null;
  is_interviewer: 0 | 1;
}

export interface SegmentsFtsDirectRow {
  id: number;
}

export interface SourceAttributeValueRow {
  source_id: number;
  attribute_id: number;
  value: string;
}

export interface SourceCaseRow {
  source_id: number;
  case_id: number;
}

export interface SourceCharacterCountRow {
  source_id: number;
  characters: number;
}

export interface SourceRow {
  id: number;
  guid: string;
  kind: 'transcript' | 'evaluator report' | 'other';
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
  mode: 'face to face' | 'telephone' | 'video' | null;
  media_path: string | null;
  description: string;
}

export interface SourcesTrigramFtsConfigRow {
  k: unknown;
  v: unknown | null;
}

export interface SourcesTrigramFtsDataRow {
  id: number;
  block: Buffer | null;
}

export interface SourcesTrigramFtsDocsizeRow {
  id: number;
  sz: Buffer | null;
  origin: number | null;
}

export interface SourcesTrigramFtsIdxRow {
  segid: unknown;
  term: unknown;
  pgno: unknown | null;
}

export interface TeamCycleRow {
  id: number;
  guid: string;
  number: number;
  title: string;
  status: 'open' | 'closed';
  note: string;
  created_at: string;
  closed_at: string | null;
}

export interface TeamDecisionRow {
  id: number;
  guid: string;
  source_id: number;
  node_id: number;
  start: number;
  end: number;
  coder_a: number;
  coder_b: number;
  decision: 'keep-a' | 'keep-b' | 'keep-both' | 'keep-neither';
  consensus_coder_id: number;
  ranges_json: string;
  created_at: string;
}

export interface TeamLogbookRow {
  id: number;
  guid: string;
  kind: 'cycle' | 'package' | 'merge' | 'adjudication' | 'note';
  cycle_id: number | null;
  coder_id: number | null;
  summary: string;
  detail: string;
  created_at: string;
}

export interface TeamMergeRow {
  id: number;
  guid: string;
  cycle_id: number | null;
  package_id: number | null;
  file_name: string;
  file_hash: string;
  format: 'alens' | 'qdpx';
  counts_json: string;
  unplaced_json: string;
  created_at: string;
}

export interface TeamPackageRow {
  id: number;
  guid: string;
  cycle_id: number | null;
  coder_id: number | null;
  file_name: string;
  format: 'alens' | 'qdpx';
  with_codings: 0 | 1;
  anonymised: 0 | 1;
  source_guids_json: string;
  instructions: string;
  created_at: string;
  returned_at: string | null;
}

export interface TensionRow {
  id: number;
  guid: string;
  diagram_id: number;
  from_component: string;
  to_component: string | null;
  level: 'primary' | 'secondary' | 'tertiary' | 'quaternary';
  label: string;
  created_at: string;
  from_component_id: number | null;
  to_component_id: number | null;
  memo: string;
  label_nudge_x: number;
  label_nudge_y: number;
  advanced_form: string;
}

export interface UndoLogEntryRow {
  id: number;
  label: string;
  changes_json: string;
  undone: 0 | 1;
  created_at: string;
}
