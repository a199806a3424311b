// REFI-QDA variables for a project: our case fields (label, role, organisation...),
// source fields (kind, round, mode, date, speakers) and the researcher's attributes,
// each with a marker in its description so our importer puts it back where it was.
import { withMarkers } from '../../shared/exchange/markers.ts';
import type { RefiVariable, RefiVariableType, RefiVariableValue } from '../../shared/exchange/refi-model.ts';
import type { Store } from '../db/store.ts';
import type { SourceRow } from '../db/table-rows.ts';
import { exportGuid } from './qdpx-guids.ts';
import { exchangeQueries } from './queries.ts';
import type { CaseFieldRow } from './queries.ts';

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
  const parts: string[] = [];
  const seen = new Set<string>();
  for (const r of exchangeQueries(store).speakers.all(sourceId)) {
    if (seen.has(r.speaker_label)) continue;
    const who = r.is_interviewer === 1 ? 'interviewer' : r.case_id !== null ? caseGuids.get(r.case_id) : undefined;
    if (!who) continue;
    seen.add(r.speaker_label);
    parts.push(`${r.speaker_label.replace(/[=;]/g, ' ')}=${who}`);
  }
  return parts.length > 0 ? parts.join('; ') : null;
}

// What a plan is built into, and how a variable's name avoids the researcher's attribute names.
interface Building extends VariablePlan {
  guidFor: (key: string) => string;
  fieldName: (name: string) => string;
}

function push(map: Map<number, RefiVariableValue[]>, id: number, value: RefiVariableValue): void {
  const list = map.get(id) ?? [];
  list.push(value);
  map.set(id, list);
}

function caseField(row: CaseFieldRow, key: string): string | null {
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
}

// Our case fields (label, role, organisation...) as variables, each used by at least one case.
function addCaseFields(store: Store, plan: Building): void {
  const cases = exchangeQueries(store).caseFields.all();
  for (const field of CASE_FIELDS) {
    const guid = plan.guidFor(`case-field:${field.key}`);
    let used = false;
    for (const row of cases) {
      const value = caseField(row, field.key);
      if (value === null) continue;
      used = true;
      push(plan.caseValues, row.id, { variableGuid: guid, type: field.type, value });
    }
    if (used) plan.variables.push({ guid, name: plan.fieldName(field.name), type: field.type, description: withMarkers(field.help, [['case-field', field.key]]) });
  }
}

function sourceField(store: Store, row: Pick<SourceRow, 'id' | 'kind' | 'round' | 'mode' | 'interview_date'>, key: string, caseGuids: Map<number, string>): string | null {
  if (key === 'kind') return row.kind;
  if (key === 'round') return row.round === null ? null : String(row.round);
  if (key === 'mode') return row.mode;
  if (key === 'interview-date') return row.interview_date !== null && DATE.test(row.interview_date) ? row.interview_date : null;
  return speakersOf(store, row.id, caseGuids);
}

// Our source fields (kind, round, mode, date, speakers) as variables, each used by at least one source.
function addSourceFields(store: Store, plan: Building, caseGuids: Map<number, string>): void {
  const sources = exchangeQueries(store).sourceFields.all();
  for (const field of SOURCE_FIELDS) {
    const guid = plan.guidFor(`source-field:${field.key}`);
    let used = false;
    for (const row of sources) {
      const value = sourceField(store, row, field.key, caseGuids);
      if (value === null || value === '') continue;
      used = true;
      push(plan.sourceValues, row.id, { variableGuid: guid, type: field.type, value });
    }
    if (used) plan.variables.push({ guid, name: plan.fieldName(field.name), type: field.type, description: withMarkers(field.help, [['source-field', field.key]]) });
  }
}

// Builds every variable of the project and each case's and source's values.
export function collectVariables(store: Store, guidFor: (key: string) => string, projectGuid: string, caseGuids: Map<number, string>): VariablePlan {
  const q = exchangeQueries(store);
  const attributes = q.attributes.all();
  const takenNames = new Set(attributes.map((a) => a.name.toLowerCase()));
  const plan: Building = {
    variables: [],
    caseValues: new Map(),
    sourceValues: new Map(),
    guidFor,
    fieldName: (name) => (takenNames.has(name.toLowerCase()) ? `${name} (Activity Lens)` : name),
  };
  addCaseFields(store, plan);
  addSourceFields(store, plan, caseGuids);
  for (const attribute of attributes) {
    const ofCase = attribute.applies_to === 'case';
    const rows = (ofCase ? q.caseAttributeValues : q.sourceAttributeValues).all(attribute.id);
    const type = attributeType(attribute.value_type, rows.map((r) => r.value));
    const guid = exportGuid(attribute.guid, `${projectGuid}:attribute`);
    const markers: [string, string][] = [['attribute-of', attribute.applies_to], ['value-type', attribute.value_type]];
    if (attribute.choices_json !== '[]') markers.push(['choices', encodeURIComponent(attribute.choices_json)]);
    plan.variables.push({ guid, name: attribute.name, type, description: withMarkers('', markers) });
    for (const r of rows) {
      if (r.value === '' && type !== 'Text') continue;
      push(ofCase ? plan.caseValues : plan.sourceValues, r.owner, { variableGuid: guid, type, value: typedValue(type, r.value) });
    }
  }
  return { variables: plan.variables, caseValues: plan.caseValues, sourceValues: plan.sourceValues };
}
