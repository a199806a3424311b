// Runs any query definition (a saved query, or one built on the command line) and
// returns its result as the matching screen shows it.
import type { CooccurrenceResult, MatrixResult, NodeViewResult, QueryDefinition, SearchResult, WordFrequencyResult } from '../../shared/model/queries.ts';
import type { Store } from '../db/store.ts';
import { runCooccurrence } from './cooccurrence.ts';
import { runMatrix } from './matrix.ts';
import { nodeView } from './node-view.ts';
import { searchText } from './search.ts';
import { runWordFrequency } from './word-use.ts';

export type QueryRunResult =
  | { kind: 'node'; result: NodeViewResult }
  | { kind: 'search'; result: SearchResult }
  | { kind: 'matrix'; result: MatrixResult }
  | { kind: 'cooccurrence'; result: CooccurrenceResult }
  | { kind: 'words'; result: WordFrequencyResult };

// Runs a query definition (lists come back whole, up to `limit` rows).
export function runQueryDefinition(store: Store, def: QueryDefinition, limit = 100_000): QueryRunResult {
  switch (def.kind) {
    case 'node':
      return { kind: 'node', result: nodeView(store, { ...def, limit }) };
    case 'search':
      return { kind: 'search', result: searchText(store, { ...def, limit }) };
    case 'matrix':
      return { kind: 'matrix', result: runMatrix(store, def) };
    case 'cooccurrence':
      return { kind: 'cooccurrence', result: runCooccurrence(store, def) };
    case 'words':
      return { kind: 'words', result: runWordFrequency(store, def) };
  }
}
