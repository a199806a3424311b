// Counts of what a full .qdpx export of the open project holds (shown before writing).
import type { ExchangeCounts } from '../../shared/model/exchange.ts';
import type { Store } from '../db/store.ts';
import { countRows as count } from './queries.ts';

// How many of each kind of thing the open project would export.
export function exportCounts(store: Store): ExchangeCounts {
  return {
    coders: count(store, 'coders'),
    nodes: count(store, 'nodes'),
    cases: count(store, 'cases'),
    attributes: count(store, 'attributes'),
    sources: count(store, 'sources'),
    codings: count(store, 'codings'),
    memos: count(store, 'memos'),
    diagrams: count(store, 'diagrams'),
    references: count(store, 'exchange_references'),
  };
}
