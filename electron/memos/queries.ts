// Every SQL statement on the memos table.
import type { MemoTarget } from '../../shared/model/entities.ts';
import { defineQueries, values } from '../db/query-layer.ts';

// The statements, prepared once per connection.
export const memoQueries = defineQueries({
  idsOnTarget: values<number, [kind: MemoTarget, targetId: number]>('SELECT id FROM memos WHERE target_kind = ? AND target_id = ?'),
});
