// Where a node goes when it is dropped on another in the codebook tree, and which moves
// are allowed (never into itself or its own children).
import type { NodeRecord } from '../../../shared/model/entities.ts';

export type DropZone = 'before' | 'inside' | 'after';

export interface MovePlan {
  parentId: number | null;
  beforeId: number | null;
}

// The zone of a row a pointer is over: the top quarter places before, the bottom quarter after, the rest inside.
export function dropZone(offsetY: number, height: number): DropZone {
  if (offsetY < height * 0.25) return 'before';
  if (offsetY > height * 0.75) return 'after';
  return 'inside';
}

// Every node below `id` (children, their children, ...).
export function descendantIds(nodes: readonly NodeRecord[], id: number): Set<number> {
  const out = new Set<number>();
  const queue = [id];
  while (queue.length > 0) {
    const at = queue.shift() as number;
    for (const n of nodes) {
      if (n.parentId === at && !out.has(n.id)) {
        out.add(n.id);
        queue.push(n.id);
      }
    }
  }
  return out;
}

function siblingsOf(nodes: readonly NodeRecord[], parentId: number | null): NodeRecord[] {
  return nodes.filter((n) => n.parentId === parentId).sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id);
}

// The move for dropping `dragged` on `target` in `zone`, or null when it is not allowed or changes nothing.
export function planDrop(nodes: readonly NodeRecord[], dragged: number, target: number | null, zone: DropZone): MovePlan | null {
  const node = nodes.find((n) => n.id === dragged);
  if (!node) return null;
  if (target === null) return node.parentId === null && siblingsOf(nodes, null).at(-1)?.id === dragged ? null : { parentId: null, beforeId: null };
  if (target === dragged || descendantIds(nodes, dragged).has(target)) return null;
  const over = nodes.find((n) => n.id === target);
  if (!over) return null;
  if (zone === 'inside') return node.parentId === target && siblingsOf(nodes, target).at(-1)?.id === dragged ? null : { parentId: target, beforeId: null };
  const siblings = siblingsOf(nodes, over.parentId).filter((s) => s.id !== dragged);
  const at = siblings.findIndex((s) => s.id === target);
  const beforeId = zone === 'before' ? target : (siblings[at + 1]?.id ?? null);
  const current = siblingsOf(nodes, node.parentId);
  const currentNext = current[current.findIndex((s) => s.id === dragged) + 1]?.id ?? null;
  if (node.parentId === over.parentId && currentNext === beforeId) return null;
  return { parentId: over.parentId, beforeId };
}

// The nodes a node may be merged into: all but itself and its descendants.
export function mergeTargets(nodes: readonly NodeRecord[], id: number): NodeRecord[] {
  const below = descendantIds(nodes, id);
  return nodes.filter((n) => n.id !== id && !below.has(n.id));
}

// How many codings deleting a node removes: its own and every descendant's.
export function codingsRemovedByDelete(nodes: readonly NodeRecord[], id: number): { codings: number; nodes: number } {
  const below = descendantIds(nodes, id);
  let codings = 0;
  for (const n of nodes) if (n.id === id || below.has(n.id)) codings += n.codingCount;
  return { codings, nodes: below.size + 1 };
}
