// Pure edits of a query scope (the Filters panel), kept apart from the React component.
import type { AttributeField, QueryScope } from '../../../shared/model/queries.ts';

// Adds or removes one value of a field's filter; an empty filter disappears.
export function toggleFilterValue(scope: QueryScope, field: AttributeField, value: string, on: boolean): QueryScope {
  const filters = [...(scope.filters ?? [])];
  const at = filters.findIndex((f) => f.field === field);
  const values = new Set(at >= 0 ? filters[at]?.values : []);
  if (on) values.add(value);
  else values.delete(value);
  const next = { field, values: [...values] };
  if (at >= 0) filters.splice(at, 1, next);
  else filters.push(next);
  return withoutEmpty({ ...scope, filters: filters.filter((f) => f.values.length > 0) });
}

// Sets a list part of the scope (sources, cases, coders); an empty list means "all".
export function setIdList(scope: QueryScope, key: 'sourceIds' | 'caseIds' | 'coderIds', ids: number[]): QueryScope {
  return withoutEmpty({ ...scope, [key]: ids.length > 0 ? ids : undefined });
}

// Drops parts of a scope that restrict nothing, so saved queries stay small.
export function withoutEmpty(scope: QueryScope): QueryScope {
  const out: QueryScope = {};
  if (scope.sourceIds && scope.sourceIds.length > 0) out.sourceIds = scope.sourceIds;
  if (scope.caseIds && scope.caseIds.length > 0) out.caseIds = scope.caseIds;
  if (scope.coderIds && scope.coderIds.length > 0) out.coderIds = scope.coderIds;
  if (scope.filters && scope.filters.length > 0) out.filters = scope.filters;
  if (scope.dateFrom) out.dateFrom = scope.dateFrom;
  if (scope.dateTo) out.dateTo = scope.dateTo;
  if (scope.excludeInterviewer) out.excludeInterviewer = true;
  return out;
}

// How many restrictions a scope holds (shown on the Filters button).
export function countRestrictions(scope: QueryScope): number {
  return (
    (scope.filters ?? []).length +
    (scope.sourceIds?.length ? 1 : 0) +
    (scope.caseIds?.length ? 1 : 0) +
    (scope.coderIds?.length ? 1 : 0) +
    (scope.dateFrom || scope.dateTo ? 1 : 0) +
    (scope.excludeInterviewer ? 1 : 0)
  );
}
