// The statements of text search: the full-text index's matches (the answers to the last
// few MATCH expressions are kept per connection until a segment or source changes, so
// paging through results or narrowing the scope does not ask FTS5 again), and the speaker
// labels of the segments a page of results shows.
import { defineQueries, rows, values } from '../db/query-layer.ts';
import type { Store } from '../db/store.ts';
import type { SegmentRow } from '../db/table-rows.ts';

const searchQueries = defineQueries({
  // one JSON array instead of a row per match: FTS5 answers with up to every segment
  matches: values<string, [match: string]>('SELECT json_group_array(rowid) FROM segments_fts WHERE segments_fts MATCH ?'),
  speakers: rows<Pick<SegmentRow, 'id' | 'speaker_label'>, [idsJson: string]>('SELECT id, speaker_label FROM segments WHERE id IN (SELECT value FROM json_each(?))'),
});

// The ids of the segments an FTS5 MATCH expression finds.
export function ftsMatches(store: Store, match: string): number[] {
  const json = searchQueries(store).matches.get(match);
  return json ? (JSON.parse(json) as number[]) : [];
}

// Answers kept per connection, most recently used last, up to this many ids in all.
const KEPT_IDS = 4_000_000;
const kept = new WeakMap<object, { textVersion: number; answers: Map<string, number[]>; ids: number }>();

// The ids FTS5 finds for a MATCH expression, kept while no segment or source changes (textVersion).
export function cachedFtsMatches(store: Store, textVersion: number, match: string): number[] {
  let entry = kept.get(store.db);
  if (!entry || entry.textVersion !== textVersion) {
    entry = { textVersion, answers: new Map(), ids: 0 };
    kept.set(store.db, entry);
  }
  const known = entry.answers.get(match);
  if (known) {
    entry.answers.delete(match);
    entry.answers.set(match, known);
    return known;
  }
  const ids = ftsMatches(store, match);
  // a search inside a transaction may see rows that are rolled back: not kept
  if (store.db.inTransaction) return ids;
  entry.answers.set(match, ids);
  entry.ids += ids.length;
  for (const [key, list] of entry.answers) {
    if (entry.ids <= KEPT_IDS || key === match) break;
    entry.answers.delete(key);
    entry.ids -= list.length;
  }
  return ids;
}

// The speaker label of each of some segments.
export function speakerLabels(store: Store, segmentIds: readonly number[]): Map<number, string | null> {
  return new Map(searchQueries(store).speakers.all(JSON.stringify(segmentIds)).map((r) => [r.id, r.speaker_label]));
}
