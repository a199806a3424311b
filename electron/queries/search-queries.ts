// The statements of text search: the full-text index's matches, and the speaker labels
// of the segments a page of results shows.
import { defineQueries, rows, values } from '../db/query-layer.ts';
import type { Store } from '../db/store.ts';
import type { SegmentRow } from '../db/table-rows.ts';

const searchQueries = defineQueries({
  matches: values<number, [match: string]>('SELECT rowid FROM segments_fts WHERE segments_fts MATCH ?'),
  speakers: rows<Pick<SegmentRow, 'id' | 'speaker_label'>, [idsJson: string]>('SELECT id, speaker_label FROM segments WHERE id IN (SELECT value FROM json_each(?))'),
});

// The ids of the segments an FTS5 MATCH expression finds.
export function ftsMatches(store: Store, match: string): number[] {
  return searchQueries(store).matches.all(match);
}

// The speaker label of each of some segments.
export function speakerLabels(store: Store, segmentIds: readonly number[]): Map<number, string | null> {
  return new Map(searchQueries(store).speakers.all(JSON.stringify(segmentIds)).map((r) => [r.id, r.speaker_label]));
}
