// REFI-QDA variables for a project: our case fields (label, role, organisation...),
// source fields (kind, round, mode, date, speakers) and the researcher's attributes,
// each with a marker in its description so our importer puts it back where it was.
import { withMarkers } from '../../shared/exchange/markers.ts';
import type { RefiVariable, RefiVariableType, RefiVariableValue } from '../../shared/exchange/refi-model.ts';
import { sql } from '../db/statements.ts';
import type { Store } from '../db/store.ts';
import { exportGuid } from './qdpx-guids.ts';

// A field of ours that travels as a variable.
interface FieldDef {
  key: string;
  name: string;
  type: RefiVariableType;
  help: string;
}

export const CASE_FIELDS: readonly FieldDef[] = [
  { key: 'label', name: 'Label', type: 'Text', help: 'The label Activity Lens uses for this participant in anonymised output.' },
  { key: 'role', name: 'Role', type: 'Text', help: 'The participant\'s role in the activity (e.g. broker, mentee).' },
  { key: 'job-title', name: 'Job title', type: 'Text', help: 'The participant\'s job title.' },
  { key: 'organisation', name: 'Organisation', type: 'Text', help: 'The participant\'s organisation.' },
  { key: 'project', name: 'Project', type: 'Text', help: 'The numbered project the organisation belongs to.' },
  { key: 'partner-role', name: 'Partner role', type: 'Text', help: 'Lead, partner or external organisation.' },
  { key: 'provider-type', name: 'Provider type', type: 'Text', help: 'The kind of provider the organisation is.' },
  { key: 'region', name: 'Region', type: 'Text', help: 'The organisation\'s region.' },
];

export const SOURCE_FIELDS: readonly FieldDef[] = [
  { key: 'kind', name: 'Kind of source', type: 'Text', help: 'transcript, evaluator report or other.' },
  { key: 'round', name: 'Interview round', type: 'Integer', help: 'Which round (wave) of interviews the source belongs to.' },
  { key: 'mode', name: 'Interview mode', type: 'Text', help: 'face to face, telephone or video.' },
  { key: 'interview-date', name: 'Interview date', type: 'Date', help: 'The day of the interview.' },
  { key: 'speakers', name: 'Speakers', type: 'Text', help: 'Which speaker label in the transcript belongs to which case ("interviewer" for the interviewer).' },
];

export interface VariablePlan {
  variables: RefiVariable[];
  // case id -> values
  caseValues: Map<number, RefiVariableValue[]>;
  // source id -> values
  sourceValues: Map<number, RefiVariableValue[]>;
}

interface CaseFieldRow {
  id: number;
  label: string;
  role: string;
  job_title: string;
  organisation: string | null;
  project: string | null;
  partner_role: string | null;
  provider_type: string | null;
  region: string | null;
}

interface SourceFieldRow {
  id: number;
  kind: string;
  round: number | null;
  mode: string | null;
  interview_date: string | null;
}

interface AttributeRow {
  id: number;
  guid: string;
  applies_to: 'case' | 'source';
  name: string;
  value_type: string;
  choices_json: string;
}

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

// The REFI type an attribute's values allow (Text unless every value fits the stored type).
function attributeType(valueType: string, values: readonly string[]): RefiVariableType {
  const present = values.filter((v) => v !== '');
  if (valueType === 'number' && present.every((v) => DECIMAL.test(v.trim()))) return 'Float';
  if (valueType === 'date' && present.every((v) => DATE.test(v.trim()))) return 'Date';
  if (valueType === 'boolean' && present.every((v) => /^(true|false|1|0)$/i.test(v.trim()))) return 'Boolean';
  return 'Text';
}

function typedValue(type: RefiVariableType, value: string): string {
  if (type === 'Boolean') return /^(true|1)$/i.test(value.trim()) ? 'true' : 'false';
  return type === 'Text' ? value : value.trim();
}

// The speaker labels of a source and whose they are: "Interviewer=interviewer; Margaret=<case guid>".
function speakersOf(store: Store, sourceId: number, caseGuids: Map<number, string>): string | null {
  const rows = sql(store, 'SELECT DISTINCT speaker_label, case_id, is_interviewer FROM segments WHERE source_id = ? AND speaker_label IS NOT NULL ORDER BY seq').all(sourceId) as {
    speaker_label: string;
    case_id: number | null;
    is_interviewer: number;
  }[];
  const parts: string[] = [];
  const seen = new Set<string>();
  for (const r of rows) {
    if (seen.has(r.speaker_label)) continue;
    const who = r.is_interviewer === 1 ? 'interviewer' : r.case_id !== null ? caseGuids.get(r.case_id) : undefined;
    if (!who) continue;
    seen.add(r.speaker_label);
    parts.push(`${r.speaker_label.replace(/[=;]/g, ' ')}=${who}`);
  }
  return parts.length > 0 ? parts.join('; ') : null;
}

// Builds every variable of the project and each case's and source's values.
export function collectVariables(store: Store, guidFor: (key: string) => string, projectGuid: string, caseGuids: Map<number, string>): VariablePlan {
  const variables: RefiVariable[] = [];
  const caseValues = new Map<number, RefiVariableValue[]>();
  const sourceValues = new Map<number, RefiVariableValue[]>();
  const push = (map: Map<number, RefiVariableValue[]>, id: number, value: RefiVariableValue) => {
    const list = map.get(id) ?? [];
    list.push(value);
    map.set(id, list);
  };
  const attributes = sql(store, 'SELECT id, guid, applies_to, name, value_type, choices_json FROM attributes ORDER BY applies_to, sort_order, id').all() as AttributeRow[];
  const takenNames = new Set(attributes.map((a) => a.name.toLowerCase()));
  const fieldName = (name: string) => (takenNames.has(name.toLowerCase()) ? `${name} (Activity Lens)` : name);

  const cases = sql(
    store,
    `SELECT k.id, k.label, k.role, k.job_title, o.name AS organisation, p.name AS project, o.partner_role, o.provider_type, o.region
     FROM cases k LEFT JOIN organisations o ON o.id = k.organisation_id LEFT JOIN projects p ON p.id = o.project_id ORDER BY k.id`,
  ).all() as CaseFieldRow[];
  const caseField = (row: CaseFieldRow, key: string): string | null => {
    const value = {
      label: row.label,
      role: row.role,
      'job-title': row.job_title,
      organisation: row.organisation,
      project: row.project,
      'partner-role': row.partner_role,
      'provider-type': row.provider_type,
      region: row.region,
    }[key];
    return value === undefined || value === null || value === '' ? null : value;
  };
  for (const field of CASE_FIELDS) {
    const guid = guidFor(`case-field:${field.key}`);
    let used = false;
    for (const row of cases) {
      const value = caseField(row, field.key);
      if (value === null) continue;
      used = true;
      push(caseValues, row.id, { variableGuid: guid, type: field.type, value });
    }
    if (used) variables.push({ guid, name: fieldName(field.name), type: field.type, description: withMarkers(field.help, [['case-field', field.key]]) });
  }

  const sources = sql(store, 'SELECT id, kind, round, mode, interview_date FROM sources ORDER BY id').all() as SourceFieldRow[];
  for (const field of SOURCE_FIELDS) {
    const guid = guidFor(`source-field:${field.key}`);
    let used = false;
    for (const row of sources) {
      let value: string | null = null;
      if (field.key === 'kind') value = row.kind;
      else if (field.key === 'round') value = row.round === null ? null : String(row.round);
      else if (field.key === 'mode') value = row.mode;
      else if (field.key === 'interview-date') value = row.interview_date !== null && DATE.test(row.interview_date) ? row.interview_date : null;
      else value = speakersOf(store, row.id, caseGuids);
      if (value === null || value === '') continue;
      used = true;
      push(sourceValues, row.id, { variableGuid: guid, type: field.type, value });
    }
    if (used) variables.push({ guid, name: fieldName(field.name), type: field.type, description: withMarkers(field.help, [['source-field', field.key]]) });
  }

  for (const attribute of attributes) {
    const table = attribute.applies_to === 'case' ? 'case_attribute_values' : 'source_attribute_values';
    const owner = attribute.applies_to === 'case' ? 'case_id' : 'source_id';
    const rows = sql(store, `SELECT ${owner} AS owner, value FROM ${table} WHERE attribute_id = ? ORDER BY ${owner}`).all(attribute.id) as { owner: number; value: string }[];
    const type = attributeType(attribute.value_type, rows.map((r) => r.value));
    const guid = exportGuid(attribute.guid, `${projectGuid}:attribute`);
    const markers: [string, string][] = [['attribute-of', attribute.applies_to], ['value-type', attribute.value_type]];
    if (attribute.choices_json !== '[]') markers.push(['choices', encodeURIComponent(attribute.choices_json)]);
    variables.push({ guid, name: attribute.name, type, description: withMarkers('', markers) });
    for (const r of rows) {
      if (r.value === '' && type !== 'Text') continue;
      push(attribute.applies_to === 'case' ? caseValues : sourceValues, r.owner, { variableGuid: guid, type, value: typedValue(type, r.value) });
    }
  }
  return { variables, caseValues, sourceValues };
}

