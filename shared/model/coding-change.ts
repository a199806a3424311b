// What a coding action changed, sent with the action's answer and its project-changed event
// so that a window patches the codings it shows instead of reading every coding and node again.
import type { CodingRecord } from './entities.ts';

export interface CodingChange {
  // codings added or changed by the action (of any source), as they are now
  codings: CodingRecord[];
  // codings the action removed
  removedCodingIds: number[];
  // whether the action added, changed or removed a node (in vivo makes one)
  nodesChanged: boolean;
}

// The actions whose answer carries a CodingChange.
export const CODING_CHANGE_METHODS: ReadonlySet<string> = new Set(['codings.create', 'codings.delete', 'codings.inVivo', 'codings.deleteMany', 'codings.uncodeRange']);

// The codings of one source after a change: the removed and changed ones taken out, the
// changed and new ones of that source put in, in text order (start, end, id) as codings.list gives them.
export function applyCodingChange(codings: readonly CodingRecord[], change: CodingChange, sourceId: number): CodingRecord[] {
  const gone = new Set(change.removedCodingIds);
  const incoming = change.codings.filter((c) => c.sourceId === sourceId);
  for (const c of change.codings) gone.add(c.id);
  if (alreadyApplied(codings, change.removedCodingIds, incoming)) return codings as CodingRecord[];
  const kept = codings.filter((c) => !gone.has(c.id));
  return [...kept, ...incoming].sort((a, b) => a.start - b.start || a.end - b.end || a.id - b.id);
}

// Whether the codings already show the change (the window patched them from the answer; this is the host's event).
function alreadyApplied(codings: readonly CodingRecord[], removed: readonly number[], incoming: readonly CodingRecord[]): boolean {
  const byId = new Map(codings.map((c) => [c.id, c]));
  if (removed.some((id) => byId.has(id))) return false;
  return incoming.every((c) => {
    const now = byId.get(c.id);
    return now !== undefined && now.start === c.start && now.end === c.end && now.nodeId === c.nodeId && now.coderId === c.coderId;
  });
}
