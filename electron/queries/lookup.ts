// Helpers over what queries know about the project: nodes with their descendants, the
// fields (attributes) a query can filter on or spread over columns, and scope checks.
import { CASE_FIELDS, NO_VALUE, SOURCE_FIELDS } from '../../shared/model/queries.ts';
import type { AttributeField, FieldFacet, QueryScope } from '../../shared/model/queries.ts';
import { ApiError } from '../../shared/errors.ts';
import type { Store } from '../db/store.ts';
import { projectIndex } from './index-cache.ts';
import type { CaseInfo, Lookups, SourceInfo } from './lookup-read.ts';

export type { CaseInfo, Lookups, SourceInfo } from './lookup-read.ts';

// Nodes, cases, sources and coders as the project holds them now (shared, read-only).
export function loadLookups(store: Store): Lookups {
  return projectIndex(store).lookups;
}

// A node and (when asked) every node below it.
export function nodeWithDescendants(lookups: Lookups, nodeId: number, include: boolean): number[] {
  const root = lookups.nodes.get(nodeId);
  if (!root) throw new ApiError('NOT_FOUND', 'That node no longer exists.');
  if (!include) return [nodeId];
  const out: number[] = [];
  const stack = [nodeId];
  while (stack.length > 0) {
    const id = stack.pop() as number;
    out.push(id);
    for (const child of lookups.nodes.get(id)?.children ?? []) stack.push(child);
  }
  return out;
}

const BUILT_IN_LABELS: Record<string, string> = {
  role: 'Role',
  project: 'Project',
  partnerRole: 'Lead or partner',
  region: 'Region',
  providerType: 'Provider type',
  round: 'Round',
  mode: 'Interview mode',
  kind: 'Source kind',
};

// The name a field is shown under ("Role", "Round", or the attribute's own name).
export function fieldLabel(field: string): string {
  if (field === 'case') return 'Case';
  if (field.startsWith('case:')) return field.slice(5);
  if (field.startsWith('source:')) return field.slice(7);
  return BUILT_IN_LABELS[field] ?? field;
}

// Tells whether a field is about the source (else about the case).
export function isSourceField(field: AttributeField): boolean {
  return field.startsWith('source:') || (SOURCE_FIELDS as readonly string[]).includes(field);
}

function blankToNull(value: string | null | undefined): string | null {
  return value === undefined || value === null || value.trim() === '' ? null : value;
}

// The value of a field for a reference's case and source (null when missing).
export function fieldValue(field: AttributeField, caseInfo: CaseInfo | undefined, source: SourceInfo | undefined): string | null {
  switch (field) {
    case 'role':
      return blankToNull(caseInfo?.role);
    case 'project':
      return blankToNull(caseInfo?.project);
    case 'partnerRole':
      return blankToNull(caseInfo?.partnerRole);
    case 'region':
      return blankToNull(caseInfo?.region);
    case 'providerType':
      return blankToNull(caseInfo?.providerType);
    case 'round':
      return source?.round === null || source?.round === undefined ? null : String(source.round);
    case 'mode':
      return blankToNull(source?.mode);
    case 'kind':
      return blankToNull(source?.kind);
    default:
      if (field.startsWith('case:')) return blankToNull(caseInfo?.attributes.get(field.slice(5)));
      if (field.startsWith('source:')) return blankToNull(source?.attributes.get(field.slice(7)));
      return null;
  }
}

// Sorts attribute values for display: numbers by value, text alphabetically, missing last.
export function sortValues(values: Iterable<string>): string[] {
  return [...new Set(values)].sort((a, b) => {
    if (a === NO_VALUE || b === NO_VALUE) return a === NO_VALUE ? (b === NO_VALUE ? 0 : 1) : -1;
    const na = Number(a);
    const nb = Number(b);
    if (a.trim() !== '' && b.trim() !== '' && Number.isFinite(na) && Number.isFinite(nb)) return na - nb;
    return a.localeCompare(b, undefined, { sensitivity: 'base' });
  });
}

// Every field a query can filter on or spread over columns, with the values it takes.
export function fieldFacets(lookups: Lookups): FieldFacet[] {
  const caseFields: AttributeField[] = [...CASE_FIELDS];
  const caseAttrNames = new Set<string>();
  for (const c of lookups.cases.values()) for (const name of c.attributes.keys()) caseAttrNames.add(name);
  for (const name of [...caseAttrNames].sort()) caseFields.push(`case:${name}`);
  const sourceFields: AttributeField[] = [...SOURCE_FIELDS];
  const sourceAttrNames = new Set<string>();
  for (const s of lookups.sources.values()) for (const name of s.attributes.keys()) sourceAttrNames.add(name);
  for (const name of [...sourceAttrNames].sort()) sourceFields.push(`source:${name}`);
  const facets: FieldFacet[] = [];
  for (const field of caseFields) {
    const values = [...lookups.cases.values()].map((c) => fieldValue(field, c, undefined) ?? NO_VALUE);
    if (values.some((v) => v !== NO_VALUE)) facets.push({ field, label: fieldLabel(field), level: 'case', values: sortValues(values) });
  }
  for (const field of sourceFields) {
    const values = [...lookups.sources.values()].map((s) => fieldValue(field, undefined, s) ?? NO_VALUE);
    if (values.some((v) => v !== NO_VALUE)) facets.push({ field, label: fieldLabel(field), level: 'source', values: sortValues(values) });
  }
  return facets;
}

// Sources that pass the scope's source-level parts (ids, source fields, dates); null = all.
export function sourcesInScope(lookups: Lookups, scope: QueryScope | undefined): Set<number> | null {
  if (!scope) return null;
  const sourceFilters = (scope.filters ?? []).filter((f) => isSourceField(f.field));
  if (!scope.sourceIds && sourceFilters.length === 0 && !scope.dateFrom && !scope.dateTo) return null;
  const ids = new Set<number>();
  const wanted = scope.sourceIds ? new Set(scope.sourceIds) : null;
  for (const s of lookups.sources.values()) {
    if (wanted && !wanted.has(s.id)) continue;
    if (scope.dateFrom && (!s.interviewDate || s.interviewDate < scope.dateFrom)) continue;
    if (scope.dateTo && (!s.interviewDate || s.interviewDate > scope.dateTo)) continue;
    if (!sourceFilters.every((f) => f.values.includes(fieldValue(f.field, undefined, s) ?? NO_VALUE))) continue;
    ids.add(s.id);
  }
  return ids;
}

// Tells whether a case passes the scope's case-level parts (ids and case fields).
export function caseInScope(lookups: Lookups, scope: QueryScope | undefined, caseId: number | null): boolean {
  if (!scope) return true;
  if (scope.caseIds && (caseId === null || !scope.caseIds.includes(caseId))) return false;
  const caseFilters = (scope.filters ?? []).filter((f) => !isSourceField(f.field));
  if (caseFilters.length === 0) return true;
  const info = caseId === null ? undefined : lookups.cases.get(caseId);
  return caseFilters.every((f) => f.values.includes(fieldValue(f.field, info, undefined) ?? NO_VALUE));
}

// Tells whether a scope filters by case at all.
export function scopeHasCaseParts(scope: QueryScope | undefined): boolean {
  return Boolean(scope?.caseIds) || (scope?.filters ?? []).some((f) => !isSourceField(f.field));
}
