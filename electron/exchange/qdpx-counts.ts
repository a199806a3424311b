// Counts of what a full .qdpx export of the open project holds (shown before writing).
import type { ExchangeCounts } from '../../shared/model/exchange.ts';
import { sql } from '../db/statements.ts';
import type { Store } from '../db/store.ts';

function count(store: Store, table: string): number {
  const exists = sql(store, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) !== undefined;
  return exists ? Number(sql(store, `SELECT count(*) FROM ${table}`).pluck().get()) : 0;
}

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
