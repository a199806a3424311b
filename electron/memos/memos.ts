// Memos: rich text (tiptap JSON) with its plain text, on the project or on one thing in it.
import type { MemoRecord, MemoTarget } from '../../shared/model/entities.ts';
import { ApiError } from '../../shared/errors.ts';
import type { Store } from '../db/store.ts';
import type { MemoRow } from '../db/table-rows.ts';
import { runAction } from '../db/undo-log.ts';
import { sourceQueries } from '../sources/queries.ts';
import { currentCoder } from '../team/current-coder.ts';
import { memoQueries, memoTargetExists } from './queries.ts';

// A memo row as the contract gives it.
export function toMemoRecord(r: MemoRow): MemoRecord {
  return { id: r.id, guid: r.guid, targetKind: r.target_kind, targetId: r.target_id, title: r.title, contentJson: r.content_json, plainText: r.plain_text, createdAt: r.created_at, updatedAt: r.updated_at, coderId: r.coder_id, range: r.range_start === null || r.range_end === null ? null : { start: r.range_start, end: r.range_end } };
}

// How much of a passage's text a memo list shows (characters).
const EXCERPT_CHARS = 200;

// Memos, optionally those on one kind of thing or one thing; a memo on a passage comes with the start of its text.
export function listMemos(store: Store, filter: { targetKind?: MemoTarget; targetId?: number | null } = {}): MemoRecord[] {
  const memos = memoQueries(store)
    .filtered.all({ kind: filter.targetKind ?? null, target: filter.targetId ?? null })
    .map(toMemoRecord);
  if (!memos.some((m) => m.range)) return memos;
  const onSource = filter.targetKind === 'source' ? (filter.targetId ?? null) : null;
  const excerpts = new Map(memoQueries(store).passageExcerpts.all({ target: onSource, chars: EXCERPT_CHARS }).map((r) => [r.id, r.excerpt]));
  return memos.map((m) => (m.range ? { ...m, excerpt: excerpts.get(m.id) ?? '' } : m));
}

export interface MemoInput {
  id?: number;
  targetKind: MemoTarget;
  targetId: number | null;
  title: string;
  contentJson: string;
  plainText: string;
  // the passage of the source it is anchored to (code points, end exclusive); null: none; left out: unchanged
  range?: { start: number; end: number } | null;
}

// Refuses a passage on anything but a source, or one that does not lie inside the source's text.
function checkRange(store: Store, input: MemoInput): void {
  const range = input.range;
  if (!range) return;
  if (input.targetKind !== 'source' || input.targetId === null) throw new ApiError('BAD_INPUT', 'Only a memo on a source can be anchored to a passage.');
  const length = sourceQueries(store).textLength.get(input.targetId) ?? 0;
  if (range.start < 0 || range.start > range.end || range.end > length) {
    throw new ApiError('BAD_INPUT', `The passage [${range.start}, ${range.end}) is not inside the source (${length} characters), so the memo was not saved.`);
  }
}

// The columns of the passage a memo is anchored to, when the input says one.
function rangeColumns(input: MemoInput): { range_start?: number | null; range_end?: number | null } {
  if (input.range === undefined) return {};
  return { range_start: input.range?.start ?? null, range_end: input.range?.end ?? null };
}

// Refuses a target that does not fit the kind (the project has none, anything else one) or no longer exists.
function checkTarget(store: Store, kind: MemoTarget, targetId: number | null): void {
  if (kind === 'project') {
    if (targetId !== null) throw new ApiError('BAD_INPUT', `A ${kind} memo needs no target.`);
    return;
  }
  if (targetId === null) throw new ApiError('BAD_INPUT', `A ${kind} memo needs a target.`);
  if (!memoTargetExists(store, kind, targetId)) throw new ApiError('NOT_FOUND', `That ${kind} no longer exists.`);
}

// Creates a memo or saves a new version of one.
export function saveMemo(store: Store, input: MemoInput): MemoRecord {
  try {
    JSON.parse(input.contentJson);
  } catch {
    throw new ApiError('BAD_INPUT', 'The memo content is not valid JSON.');
  }
  checkTarget(store, input.targetKind, input.targetId);
  checkRange(store, input);
  const now = store.now().toISOString();
  const id = runAction(store, input.id ? 'Edit memo' : 'New memo', (rec) => {
    if (input.id) {
      if (memoQueries(store).exists.get(input.id) === undefined) throw new ApiError('NOT_FOUND', 'That memo no longer exists.');
      rec.update('memos', input.id, { title: input.title, content_json: input.contentJson, plain_text: input.plainText, updated_at: now, modified_by: currentCoder(store), ...rangeColumns(input) });
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
      coder_id: currentCoder(store),
      ...rangeColumns(input),
    });
  });
  const row = memoQueries(store).byId.get(id);
  if (!row) throw new Error('the saved memo vanished');
  return toMemoRecord(row);
}

// Deletes a memo.
export function deleteMemo(store: Store, id: number): void {
  if (memoQueries(store).exists.get(id) === undefined) throw new ApiError('NOT_FOUND', 'That memo no longer exists.');
  runAction(store, 'Delete memo', (rec) => rec.delete('memos', id));
}
