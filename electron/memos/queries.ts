// Every SQL statement on the memos table.
import type { MemoTarget } from '../../shared/model/entities.ts';
import { defineQueries, rows, shapedStatement, values } from '../db/query-layer.ts';
import type { Store } from '../db/store.ts';
import type { MemoRow } from '../db/table-rows.ts';

// The statements, prepared once per connection.
export const memoQueries = defineQueries({
  idsOnTarget: values<number, [kind: MemoTarget, targetId: number]>('SELECT id FROM memos WHERE target_kind = ? AND target_id = ?'),
  byId: rows<MemoRow, [id: number]>('SELECT * FROM memos WHERE id = ?'),
  exists: values<1, [id: number]>('SELECT 1 FROM memos WHERE id = ?'),
  newestFirst: rows<MemoRow>('SELECT * FROM memos ORDER BY updated_at DESC, id DESC'),
  // on one kind of thing and/or one thing (null: any), newest first
  filtered: rows<MemoRow, { kind: MemoTarget | null; target: number | null }>(
    'SELECT * FROM memos WHERE (@kind IS NULL OR target_kind = @kind) AND (@target IS NULL OR target_id = @target) ORDER BY updated_at DESC, id DESC',
  ),
  // every memo's texts and target, oldest first (to scan them for a name)
  textsById: rows<Pick<MemoRow, 'id' | 'target_kind' | 'target_id' | 'title' | 'plain_text'>>('SELECT id, target_kind, target_id, title, plain_text FROM memos ORDER BY id'),
  // the memos anchored to a passage of one source (annotations), to map through corrections of its text
  rangesOnSource: rows<Pick<MemoRow, 'id' | 'range_start' | 'range_end'>, [sourceId: number]>(
    "SELECT id, range_start, range_end FROM memos WHERE target_kind = 'source' AND target_id = ? AND range_start IS NOT NULL AND range_end IS NOT NULL",
  ),
  // the start of the text of each memo's passage (at most @chars characters), for the memos on a source or on every source (null)
  passageExcerpts: rows<{ id: number; excerpt: string }, { target: number | null; chars: number }>(
    "SELECT m.id AS id, substr(s.text, m.range_start + 1, min(m.range_end - m.range_start, @chars)) AS excerpt FROM memos m JOIN sources s ON s.id = m.target_id WHERE m.target_kind = 'source' AND (@target IS NULL OR m.target_id = @target) AND m.range_start IS NOT NULL AND m.range_end IS NOT NULL",
  ),
});

// The table of each kind of thing a memo can be written on (the project is none).
const TARGET_TABLE: Readonly<Record<Exclude<MemoTarget, 'project'>, string>> = {
  source: 'sources',
  node: 'nodes',
  coding: 'codings',
  case: 'cases',
  diagram: 'diagrams',
};

// Whether the source, node, coding, case or diagram a memo is to be written on exists.
export function memoTargetExists(store: Store, kind: Exclude<MemoTarget, 'project'>, targetId: number): boolean {
  return shapedStatement(store, values<1, [id: number]>(`SELECT 1 FROM ${TARGET_TABLE[kind]} WHERE id = ?`)).get(targetId) !== undefined;
}
