// Coding actions beyond "code this passage at that node": coding in vivo (a new node
// named by the selected words), uncoding part of a passage (trimming or splitting the
// codings it touches) and adding a coder.
import type { CoderRecord } from '../../shared/model/entities.ts';
import type { InVivoResult, UncodeResult } from '../../shared/model/workspace.ts';
import { ApiError } from '../../shared/errors.ts';
import type { Store } from '../db/store.ts';
import { runAction } from '../db/undo-log.ts';
import { getNode, insertNode } from '../codebook/codebook.ts';
import { codebookQueries } from '../codebook/queries.ts';
import { deleteMemosOn } from '../memos/memo-removal.ts';
import { projectQueries } from '../projects/queries.ts';
import { sourceQueries } from '../sources/queries.ts';
import { insertCoding, listCodings } from './codings.ts';
import { codingQueries } from './queries.ts';

const IN_VIVO_MAX = 80;

// The node name in-vivo coding gives a passage: its words on one line, shortened at a word break.
export function inVivoName(text: string): string {
  const words = text.replace(/\s+/gu, ' ').trim().replace(/^[\p{P}\s]+|[\p{P}\s]+$/gu, '');
  if (words.length <= IN_VIVO_MAX) return words;
  const cut = words.slice(0, IN_VIVO_MAX);
  const space = cut.lastIndexOf(' ');
  return `${(space > 20 ? cut.slice(0, space) : cut).trim()}…`;
}

// Codes a passage at a new node named by its words, or by `name` (or at the same-named node already there), as one action.
export function codeInVivo(store: Store, input: { sourceId: number; start: number; end: number; parentId?: number | null; coderId?: number | null; name?: string }): InVivoResult {
  const words = sourceQueries(store).textSlice.get({ id: input.sourceId, start: input.start, end: input.end });
  if (words === undefined) throw new ApiError('NOT_FOUND', 'That source no longer exists.');
  const name = input.name?.trim() || inVivoName(words);
  if (name === '') throw new ApiError('BAD_INPUT', 'The selection has no words to name a node by. Select some words and try again.');
  const parentId = input.parentId ?? null;
  const existing = codebookQueries(store).childNamed.get(parentId, name);
  const result = runAction(store, input.name ? `Code at new node ${name}` : `Code in vivo "${name}"`, (rec) => {
    const nodeId = existing ?? insertNode(rec, { name, parentId });
    const codingId = insertCoding(rec, { sourceId: input.sourceId, nodeId, start: input.start, end: input.end, coderId: input.coderId ?? null });
    return { nodeId, codingId };
  });
  const coding = listCodings(store, { sourceId: input.sourceId, nodeId: result.nodeId }).find((c) => c.id === result.codingId);
  if (!coding) throw new Error('the new coding vanished');
  return { node: getNode(store, result.nodeId), coding, createdNode: existing === undefined };
}

// Removes several codings (and memos on them) as one action.
export function deleteCodings(store: Store, ids: readonly number[]): { removed: number } {
  const unique = [...new Set(ids)];
  for (const id of unique) if (codingQueries(store).exists.get(id) === undefined) throw new ApiError('NOT_FOUND', 'A coding to remove no longer exists; reload and try again.');
  runAction(store, unique.length === 1 ? 'Uncode' : `Uncode ${unique.length} references`, (rec) => {
    for (const id of unique) {
      deleteMemosOn(rec, 'coding', id);
      rec.delete('codings', id);
    }
  });
  return { removed: unique.length };
}

// Uncodes [start, end) of a source (at one node, or at every node): codings inside go, codings across an edge are trimmed, codings around it are split.
export function uncodeRange(store: Store, input: { sourceId: number; start: number; end: number; nodeId?: number }): UncodeResult {
  const { start, end } = input;
  const rows = codingQueries(store).overlapping.all({ sourceId: input.sourceId, nodeId: input.nodeId ?? null, start, end });
  const result: UncodeResult = { removed: 0, trimmed: 0, split: 0 };
  if (rows.length === 0) return result;
  const label = input.nodeId === undefined ? 'Uncode selection' : `Uncode selection at ${getNode(store, input.nodeId).name}`;
  runAction(store, label, (rec) => {
    for (const c of rows) {
      if (c.start >= start && c.end <= end) {
        deleteMemosOn(rec, 'coding', c.id);
        rec.delete('codings', c.id);
        result.removed++;
      } else if (c.start < start && c.end > end) {
        // the selection lies inside: keep the part before here, and a new coding for the part after
        rec.update('codings', c.id, { end: start });
        rec.insert('codings', { guid: store.newGuid(), source_id: c.source_id, node_id: c.node_id, start: end, end: c.end, coder_id: c.coder_id, created_at: c.created_at });
        result.split++;
      } else if (c.start < start) {
        rec.update('codings', c.id, { end: start });
        result.trimmed++;
      } else {
        rec.update('codings', c.id, { start: end });
        result.trimmed++;
      }
    }
  });
  return result;
}

// Adds a coder to the project (or returns the one with the same name and initials).
export function createCoder(store: Store, input: { name: string; initials: string }): CoderRecord {
  const initials = input.initials.toUpperCase();
  const coders = projectQueries(store);
  const same = coders.coderNamed.get(input.name, initials);
  if (same) return same;
  if (coders.initialsTaken.get(initials) !== undefined) {
    throw new ApiError('CONFLICT', `Another coder already uses the initials ${initials}. Choose different initials so every coding can be told apart.`);
  }
  const id = runAction(store, `Add coder ${input.name}`, (rec) => rec.insert('coders', { guid: store.newGuid(), name: input.name, initials, created_at: store.now().toISOString() }));
  const coder = coders.coder.get(id);
  if (!coder) throw new Error('the new coder vanished');
  return coder;
}
