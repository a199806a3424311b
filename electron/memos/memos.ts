// Memos: rich text (tiptap JSON) with its plain text, on the project or on one thing in it.
import type { MemoRecord, MemoTarget } from '../../shared/model/entities.ts';
import { ApiError } from '../../shared/errors.ts';
import { sql } from '../db/statements.ts';
import type { Store } from '../db/store.ts';
import { runAction } from '../db/undo-log.ts';

interface MemoRow {
  id: number;
  guid: string;
  target_kind: MemoTarget;
  target_id: number | null;
  title: string;
  content_json: string;
  plain_text: string;
  created_at: string;
  updated_at: string;
}

const TARGET_TABLE: Record<MemoTarget, string | null> = {
  project: null,
  source: 'sources',
  node: 'nodes',
  coding: 'codings',
  case: 'cases',
  diagram: 'diagrams',
};

function toRecord(r: MemoRow): MemoRecord {
  return { id: r.id, guid: r.guid, targetKind: r.target_kind, targetId: r.target_id, title: r.title, contentJson: r.content_json, plainText: r.plain_text, createdAt: r.created_at, updatedAt: r.updated_at };
}

// Memos, optionally those on one kind of thing or one thing.
export function listMemos(store: Store, filter: { targetKind?: MemoTarget; targetId?: number | null } = {}): MemoRecord[] {
  const rows = sql(store, 'SELECT * FROM memos WHERE (@kind IS NULL OR target_kind = @kind) AND (@target IS NULL OR target_id = @target) ORDER BY updated_at DESC, id DESC').all({
    kind: filter.targetKind ?? null,
    target: filter.targetId ?? null,
  }) as MemoRow[];
  return rows.map(toRecord);
}

export interface MemoInput {
  id?: number;
  targetKind: MemoTarget;
  targetId: number | null;
  title: string;
  contentJson: string;
  plainText: string;
}

// Creates a memo or saves a new version of one.
export function saveMemo(store: Store, input: MemoInput): MemoRecord {
  try {
    JSON.parse(input.contentJson);
  } catch {
    throw new ApiError('BAD_INPUT', 'The memo content is not valid JSON.');
  }
  const table = TARGET_TABLE[input.targetKind];
  if (table === null ? input.targetId !== null : input.targetId === null) throw new ApiError('BAD_INPUT', `A ${input.targetKind} memo needs ${table === null ? 'no' : 'a'} target.`);
  if (table !== null && !sql(store, `SELECT 1 FROM ${table} WHERE id = ?`).get(input.targetId)) throw new ApiError('NOT_FOUND', `That ${input.targetKind} no longer exists.`);
  const now = store.now().toISOString();
  const id = runAction(store, input.id ? 'Edit memo' : 'New memo', (rec) => {
    if (input.id) {
      const existing = sql(store, 'SELECT * FROM memos WHERE id = ?').get(input.id) as MemoRow | undefined;
      if (!existing) throw new ApiError('NOT_FOUND', 'That memo no longer exists.');
      rec.update('memos', input.id, { title: input.title, content_json: input.contentJson, plain_text: input.plainText, updated_at: now });
      return input.id;
    }
    return rec.insert('memos', {
      guid: store.newGuid(),
      target_kind: input.targetKind,
      target_id: input.targetId,
      title: input.title,
      content_json: input.contentJson,
      plain_text: input.plainText,
      created_at: now,
      updated_at: now,
    });
  });
  return toRecord(sql(store, 'SELECT * FROM memos WHERE id = ?').get(id) as MemoRow);
}

// Deletes a memo.
export function deleteMemo(store: Store, id: number): void {
  if (!sql(store, 'SELECT 1 FROM memos WHERE id = ?').get(id)) throw new ApiError('NOT_FOUND', 'That memo no longer exists.');
  runAction(store, 'Delete memo', (rec) => rec.delete('memos', id));
}
