// Variables and cases of a REFI-QDA file as attributes and cases. Our own case and
// source fields come back to their columns (by their description markers); a nameless
// case that points at one source (how MAXQDA and Quirkos carry document variables)
// gives that source its attribute values.
import { INTERVIEW_MODES, PARTNER_ROLES, SOURCE_KINDS } from '../model/entities.ts';
import type { InterviewMode, PartnerRole, SourceKind } from '../model/entities.ts';
import type { AttributeValueType, PlanAttribute, PlanCase, PlanValue } from './import-plan-types.ts';
import type { KeyMaker } from './import-plan-codebook.ts';
import { markerValue, readMarkers } from './markers.ts';
import { canonicalGuid } from './refi-model.ts';
import type { RefiCase, RefiVariable, RefiVariableType, RefiVariableValue } from './refi-model.ts';

// A source's own fields read from our source-field variables.
export interface SourceFields {
  kind: SourceKind | null;
  round: number | null;
  mode: InterviewMode | null;
  interviewDate: string | null;
  // "Interviewer=interviewer; Margaret=<case guid>"
  speakers: string | null;
}

interface VariableInfo {
  variable: RefiVariable;
  caseField: string | null;
  sourceField: string | null;
  // from our own export: what the attribute applied to, its type and choices
  attributeOf: 'case' | 'source' | null;
  valueType: AttributeValueType | null;
  choicesJson: string;
}

export interface VariableBook {
  info: Map<string, VariableInfo>;
  // our field variables' GUIDs by element key ("case-field:label")
  elementGuids: Record<string, string>;
  attributes: PlanAttribute[];
  // attribute key by variable GUID and what it applies to
  attributeKey(variableGuid: string, appliesTo: 'case' | 'source'): string;
}

const VALUE_TYPES: readonly AttributeValueType[] = ['text', 'number', 'date', 'boolean', 'choice'];

function typeFor(refi: RefiVariableType): AttributeValueType {
  if (refi === 'Integer' || refi === 'Float') return 'number';
  if (refi === 'Date' || refi === 'DateTime') return 'date';
  if (refi === 'Boolean') return 'boolean';
  return 'text';
}

// Reads the variables and prepares attributes on demand (a variable used by cases and sources becomes two).
export function makeVariableBook(variables: readonly RefiVariable[], keys: KeyMaker): VariableBook {
  const info = new Map<string, VariableInfo>();
  for (const variable of variables) {
    const g = canonicalGuid(variable.guid) ?? variable.guid;
    const { markers } = readMarkers(variable.description);
    const attributeOf = markerValue(markers, 'attribute-of');
    const valueType = markerValue(markers, 'value-type');
    const choices = markerValue(markers, 'choices');
    let choicesJson = '[]';
    if (choices !== null) {
      try {
        const decoded = decodeURIComponent(choices);
        if (Array.isArray(JSON.parse(decoded))) choicesJson = decoded;
      } catch {
        choicesJson = '[]';
      }
    }
    info.set(g, {
      variable,
      caseField: markerValue(markers, 'case-field'),
      sourceField: markerValue(markers, 'source-field'),
      attributeOf: attributeOf === 'case' || attributeOf === 'source' ? attributeOf : null,
      valueType: VALUE_TYPES.find((t) => t === valueType) ?? null,
      choicesJson,
    });
  }
  const elementGuids: Record<string, string> = {};
  for (const vi of info.values()) {
    const g = canonicalGuid(vi.variable.guid);
    if (g === null) continue;
    if (vi.caseField) elementGuids[`case-field:${vi.caseField}`] ??= g;
    if (vi.sourceField) elementGuids[`source-field:${vi.sourceField}`] ??= g;
  }
  const attributes: PlanAttribute[] = [];
  const made = new Map<string, string>();
  const usedNames = new Set<string>();
  const attributeKey = (variableGuid: string, appliesTo: 'case' | 'source'): string => {
    const g = canonicalGuid(variableGuid) ?? variableGuid;
    const id = `${appliesTo}:${g}`;
    const existing = made.get(id);
    if (existing) return existing;
    const vi = info.get(g);
    const { key, guid } = keys.take('attribute', vi?.variable.guid ?? variableGuid);
    let name = (vi?.variable.name ?? 'Variable').trim().slice(0, 200) || 'Variable';
    const base = name;
    for (let n = 2; usedNames.has(`${appliesTo}:${name.toLowerCase()}`); n++) name = `${base} (${n})`;
    usedNames.add(`${appliesTo}:${name.toLowerCase()}`);
    attributes.push({ key, guid, appliesTo, name, valueType: vi?.valueType ?? typeFor(vi?.variable.type ?? 'Text'), choicesJson: vi?.choicesJson ?? '[]' });
    made.set(id, key);
    return key;
  };
  return { info, elementGuids, attributes, attributeKey };
}

function fieldValue(book: VariableBook, values: readonly RefiVariableValue[], kind: 'case' | 'source', field: string): string | null {
  for (const v of values) {
    const vi = book.info.get(canonicalGuid(v.variableGuid) ?? v.variableGuid);
    if ((kind === 'case' ? vi?.caseField : vi?.sourceField) === field) return v.value.trim() === '' ? null : v.value;
  }
  return null;
}

// The attribute values of a case or source (our field variables excluded).
export function attributeValues(book: VariableBook, values: readonly RefiVariableValue[], appliesTo: 'case' | 'source'): PlanValue[] {
  const out: PlanValue[] = [];
  const seen = new Set<string>();
  for (const v of values) {
    const g = canonicalGuid(v.variableGuid) ?? v.variableGuid;
    const vi = book.info.get(g);
    if (vi?.caseField || vi?.sourceField) continue;
    const attributeKey = book.attributeKey(v.variableGuid, appliesTo);
    if (seen.has(attributeKey)) continue;
    seen.add(attributeKey);
    out.push({ attributeKey, value: v.value.slice(0, 10_000) });
  }
  return out;
}

// Our source fields carried by a source's variable values.
export function sourceFields(book: VariableBook, values: readonly RefiVariableValue[]): SourceFields {
  const kind = fieldValue(book, values, 'source', 'kind');
  const round = Number(fieldValue(book, values, 'source', 'round'));
  const mode = fieldValue(book, values, 'source', 'mode');
  const date = fieldValue(book, values, 'source', 'interview-date');
  return {
    kind: SOURCE_KINDS.find((k) => k === kind) ?? null,
    round: Number.isInteger(round) && round >= 1 && round <= 99 ? round : null,
    mode: INTERVIEW_MODES.find((m) => m === mode) ?? null,
    interviewDate: date !== null && /^\d{4}-\d{2}-\d{2}$/.test(date.trim()) ? date.trim() : null,
    speakers: fieldValue(book, values, 'source', 'speakers'),
  };
}

// A named case as a case of ours (label, role, organisation from our fields when present).
export function planCase(book: VariableBook, c: RefiCase, key: string, guid: string | null): PlanCase {
  const field = (name: string) => fieldValue(book, c.values, 'case', name);
  const name = (c.name ?? '').trim().slice(0, 480) || 'Unnamed case';
  const organisationName = field('organisation');
  const partnerRole = field('partner-role');
  return {
    key,
    guid,
    label: (field('label') ?? name).slice(0, 480),
    realName: name,
    role: (field('role') ?? '').slice(0, 200),
    jobTitle: (field('job-title') ?? '').slice(0, 480),
    description: c.description ?? '',
    organisation:
      organisationName === null
        ? null
        : {
            name: organisationName,
            project: field('project'),
            partnerRole: PARTNER_ROLES.find((r): r is PartnerRole => r === partnerRole) ?? null,
            providerType: field('provider-type'),
            region: field('region'),
          },
    values: attributeValues(book, c.values, 'case'),
  };
}
