// Reshaping the codebook: moving a node (with its subtree) under another parent or to
// another place among its siblings, and merging one node into another.
import type { MergeResult } from '../../shared/model/workspace.ts';
import type { NodeRecord } from '../../shared/model/entities.ts';
import { ApiError } from '../../shared/errors.ts';
import type { Store } from '../db/store.ts';
import { runAction } from '../db/undo-log.ts';
import type { ActionRecorder } from '../db/undo-log.ts';
import { codingQueries } from '../codings/queries.ts';
import { moveMemosOn } from '../memos/memo-removal.ts';
import { notCodableMessage } from './categories.ts';
import { getNode } from './codebook.ts';
import { codebookQueries } from './queries.ts';
import type { NodePlaceRow } from './queries.ts';

function nodeRow(store: Store, id: number): NodePlaceRow {
  const row = codebookQueries(store).place.get(id);
  if (!row) throw new ApiError('NOT_FOUND', 'That node no longer exists.');
  return row;
}

function childrenOf(store: Store, parentId: number | null): NodePlaceRow[] {
  return codebookQueries(store).childPlaces.all(parentId);
}

// Tells whether `candidate` is `ancestor` or lies somewhere below it.
function isSelfOrDescendant(store: Store, candidate: number | null, ancestor: number): boolean {
  let at = candidate;
  for (let depth = 0; at !== null && depth < 10_000; depth++) {
    if (at === ancestor) return true;
    at = codebookQueries(store).parentOf.get(at) ?? null;
  }
  return false;
}

function subtreeIds(store: Store, id: number): number[] {
  const out = [id];
  const { childIds } = codebookQueries(store);
  // the list grows as it is walked: each node's children are read in turn
  for (const parent of out) {
    for (const child of childIds.all(parent)) out.push(child);
  }
  return out;
}

// Renumbers siblings so `order` is their order (only rows whose position changes are written).
function writeOrder(rec: ActionRecorder, order: readonly number[], current: ReadonlyMap<number, number>): void {
  let previous = -Infinity;
  const values: number[] = [];
  // keep existing numbers where they already ascend; give the others the next free number
  for (const id of order) {
    const now = current.get(id);
    const next = now !== undefined && now > previous ? now : previous + 1;
    values.push(next);
    previous = next;
  }
  order.forEach((id, i) => {
    const value = values[i] as number;
    if (current.get(id) !== value) rec.update('nodes', id, { sort_order: value });
  });
}

// Moves a node (and everything under it) under `parentId`, before `beforeId` or last.
export function moveNode(store: Store, id: number, parentId: number | null, beforeId: number | null = null): NodeRecord {
  const node = nodeRow(store, id);
  if (parentId !== null) nodeRow(store, parentId);
  if (isSelfOrDescendant(store, parentId, id)) throw new ApiError('BAD_INPUT', `"${node.name}" cannot go inside itself or one of its own children.`);
  if (beforeId === id) return getNode(store, id);
  const siblings = childrenOf(store, parentId).filter((s) => s.id !== id);
  if (beforeId !== null && !siblings.some((s) => s.id === beforeId)) throw new ApiError('BAD_INPUT', 'The node to place it before is not among the new siblings.');
  if (node.parent_id !== parentId && siblings.some((s) => s.name.toLowerCase() === node.name.toLowerCase())) {
    throw new ApiError('CONFLICT', `There is already a node called "${node.name}" there. Rename one of them, or merge them instead.`);
  }
  const parentName = parentId === null ? 'the top level' : nodeRow(store, parentId).name;
  runAction(store, node.parent_id === parentId ? `Reorder ${node.name}` : `Move ${node.name} to ${parentName}`, (rec) => {
    if (node.parent_id !== parentId) {
      rec.update('nodes', id, { parent_id: parentId });
      // a node takes the question of the branch it joins (none at the top level)
      const question = parentId === null ? (node.parent_id === null ? node.question : null) : nodeRow(store, parentId).question;
      for (const nodeId of subtreeIds(store, id)) rec.update('nodes', nodeId, { question });
    }
    const order = siblings.map((s) => s.id);
    const at = beforeId === null ? order.length : order.indexOf(beforeId);
    order.splice(at, 0, id);
    const current = new Map(siblings.map((s) => [s.id, s.sort_order]));
    current.set(id, node.sort_order);
    writeOrder(rec, order, current);
  });
  return getNode(store, id);
}

interface MergeCounts {
  movedCodings: number;
  collapsedDuplicates: number;
  mergedNodes: number;
}


// Merges node `fromId` into `intoId` inside an action (recursively for same-named children).
function mergeInto(rec: ActionRecorder, fromId: number, intoId: number, counts: MergeCounts): void {
  const store = rec.store;
  const from = nodeRow(store, fromId);
  const into = nodeRow(store, intoId);
  // codings: move them, collapsing any that duplicate a passage the same coder already coded
  // at the target (another coder's coding of the same passage is theirs and is kept)
  const existing = new Map<string, number>();
  const codings = codingQueries(store);
  const moving = codings.placesAtNode.all(fromId);
  if (moving.length > 0 && codebookQueries(store).codable.get(intoId) === 0) throw new ApiError('BAD_INPUT', `${notCodableMessage(into.name)} The codings of "${from.name}" cannot move into it.`);
  for (const c of codings.placesAtNode.all(intoId)) {
    existing.set(`${c.source_id}:${c.start}:${c.end}:${c.coder_id ?? ''}`, c.id);
  }
  for (const c of moving) {
    const key = `${c.source_id}:${c.start}:${c.end}:${c.coder_id ?? ''}`;
    const duplicate = existing.get(key);
    if (duplicate !== undefined) {
      moveMemosOn(rec, 'coding', c.id, duplicate);
      rec.delete('codings', c.id);
      counts.collapsedDuplicates++;
    } else {
      rec.update('codings', c.id, { node_id: intoId });
      existing.set(key, c.id);
      counts.movedCodings++;
    }
  }
  // children: same-named ones merge, the others move across
  const targetChildren = childrenOf(store, intoId);
  for (const child of childrenOf(store, fromId)) {
    const twin = targetChildren.find((t) => t.name.toLowerCase() === child.name.toLowerCase());
    if (twin) mergeInto(rec, child.id, twin.id, counts);
    else {
      rec.update('nodes', child.id, { parent_id: intoId });
      for (const nodeId of subtreeIds(store, child.id)) rec.update('nodes', nodeId, { question: into.question });
    }
  }
  // memos, components and (when the target has none) the description come along
  moveMemosOn(rec, 'node', fromId, intoId);
  const targetComponents = new Set(codebookQueries(store).components.all(intoId));
  for (const row of codebookQueries(store).componentLinks.all(fromId)) {
    rec.delete('node_components', row.rowid);
    if (!targetComponents.has(row.component)) rec.insert('node_components', { node_id: intoId, component: row.component });
  }
  if (into.description.trim() === '' && from.description.trim() !== '') rec.update('nodes', intoId, { description: from.description });
  rec.delete('nodes', fromId);
  counts.mergedNodes++;
}

// Merges one node into another: codings move (exact duplicates collapse), children move or merge by name, memos follow.
export function mergeNodes(store: Store, fromId: number, intoId: number): MergeResult {
  const from = nodeRow(store, fromId);
  const into = nodeRow(store, intoId);
  if (fromId === intoId) throw new ApiError('BAD_INPUT', 'Choose two different nodes to merge.');
  if (isSelfOrDescendant(store, intoId, fromId)) throw new ApiError('BAD_INPUT', `"${from.name}" cannot be merged into one of its own children; move the child out first.`);
  const counts: MergeCounts = { movedCodings: 0, collapsedDuplicates: 0, mergedNodes: 0 };
  runAction(store, `Merge ${from.name} into ${into.name}`, (rec) => mergeInto(rec, fromId, intoId, counts));
  return { into: getNode(store, intoId), ...counts };
}
