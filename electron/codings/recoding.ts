// Coding a passage that overlaps or touches one the same coder already coded at the same
// node: the codings become one, covering both (as NVivo does), so a passage is never counted
// twice. Memos and diagram evidence on the codings folded in move to the one that stays.
import type { ActionRecorder } from '../db/undo-log.ts';
import type { CodingRow } from '../db/table-rows.ts';
import { diagramQueries } from '../diagrams/queries.ts';
import { moveMemosOn } from '../memos/memo-removal.ts';
import type { NewCoding } from './codings.ts';
import { codingQueries } from './queries.ts';

// Folds `other` into `kept` inside the caller's action: its memos and evidence links move to `kept`.
function foldInto(rec: ActionRecorder, kept: CodingRow, other: CodingRow): void {
  moveMemosOn(rec, 'coding', other.id, kept.id);
  const diagrams = diagramQueries(rec.store);
  const keptLinks = diagrams.evidenceOfCoding.all(kept.guid);
  for (const link of diagrams.evidenceOfCoding.all(other.guid)) {
    const twin = keptLinks.some((k) => (link.component_id !== null && k.component_id === link.component_id) || (link.tension_id !== null && k.tension_id === link.tension_id));
    if (twin) rec.delete('diagram_evidence', link.id);
    else rec.update('diagram_evidence', link.id, { coding_guid: kept.guid });
  }
  rec.delete('codings', other.id);
}

// The coding that a new one joins, widened to cover it and every other coding it touches,
// or null when it touches none (then the caller inserts it). Inside the caller's action.
export function joinTouchingCoding(rec: ActionRecorder, input: NewCoding): number | null {
  const touching = codingQueries(rec.store).touchingSameCoder.all({ sourceId: input.sourceId, nodeId: input.nodeId, coderId: input.coderId ?? null, start: input.start, end: input.end });
  const [kept, ...others] = touching;
  if (kept === undefined) return null;
  const start = Math.min(input.start, ...touching.map((c) => c.start));
  const end = Math.max(input.end, ...touching.map((c) => c.end));
  for (const other of others) foldInto(rec, kept, other);
  if (start !== kept.start || end !== kept.end) rec.update('codings', kept.id, { start, end });
  return kept.id;
}
