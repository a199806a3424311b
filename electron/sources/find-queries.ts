// The statements of "find in every source": which sources hold every three characters of
// what is looked for (the trigram index of migration 0013), the sources in list order, and
// the texts of some of them.
import { defineQueries, rows, values } from '../db/query-layer.ts';
import type { Store } from '../db/store.ts';
import type { SourceTextRow } from './queries.ts';

const findQueries = defineQueries({
  holding: values<number, [match: string]>('SELECT rowid FROM sources_trigram_fts WHERE sources_trigram_fts MATCH ?'),
  inOrder: values<number>('SELECT id FROM sources ORDER BY name, id'),
  texts: rows<SourceTextRow, [idsJson: string]>('SELECT id, name, text, revision FROM sources WHERE id IN (SELECT value FROM json_each(?))'),
});

// The ids of the sources whose text holds every trigram of an FTS5 MATCH expression.
export function sourcesHolding(store: Store, match: string): number[] {
  return findQueries(store).holding.all(match);
}

// Every source id, in the order finds list them (name, then id).
export function sourceIdsInOrder(store: Store): number[] {
  return findQueries(store).inOrder.all();
}

// The texts of some sources (in no particular order).
export function textsOf(store: Store, ids: readonly number[]): SourceTextRow[] {
  return findQueries(store).texts.all(JSON.stringify(ids));
}
