// What the Queries screen's pickers offer: attributes with their values, cases (by label),
// sources and coders.
import type { QueryFacets } from '../../shared/model/queries.ts';
import type { Store } from '../db/store.ts';
import { fieldFacets, loadLookups } from './lookup.ts';
import { uniqueCaseLabels } from './matrix.ts';

// Lists the fields, values, cases, sources and coders a query can be restricted to.
export function queryFacets(store: Store): QueryFacets {
  const lookups = loadLookups(store);
  const labels = uniqueCaseLabels(lookups);
  return {
    fields: fieldFacets(lookups),
    cases: [...labels.entries()].map(([id, label]) => ({ id, label })).sort((a, b) => a.label.localeCompare(b.label)),
    sources: [...lookups.sources.values()].map((s) => ({ id: s.id, name: s.name, kind: s.kind, round: s.round, mode: s.mode })).sort((a, b) => a.name.localeCompare(b.name)),
    coders: [...lookups.coders.entries()].map(([id, c]) => ({ id, name: c.name, initials: c.initials })).sort((a, b) => a.name.localeCompare(b.name)),
  };
}
