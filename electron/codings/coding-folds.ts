// Folding one coding into another of the same node and coder, inside the caller's action:
// whatever named the folded coding (memos on it, diagram and tension evidence, the
// references a framework-matrix cell is linked to) names the kept coding after.
import type { ActionRecorder } from '../db/undo-log.ts';
import type { CodingRow } from '../db/table-rows.ts';
import { diagramQueries } from '../diagrams/queries.ts';
import { moveMemosOn } from '../memos/memo-removal.ts';
import { queryQueries } from '../queries/queries.ts';

// What one or more folds moved onto the kept codings.
export interface FoldCounts {
  memosMoved: number;
  evidenceMoved: number;
  // evidence links dropped because the kept coding already had the same one
  evidenceAlreadyThere: number;
}

// Counts with nothing moved yet.
export function noFolds(): FoldCounts {
  return { memosMoved: 0, evidenceMoved: 0, evidenceAlreadyThere: 0 };
}

// Folds `other` into `kept`: its memos and evidence links move to `kept`, and `other` is deleted.
export function foldCodingInto(rec: ActionRecorder, kept: Pick<CodingRow, 'id' | 'guid'>, other: Pick<CodingRow, 'id' | 'guid'>, counts: FoldCounts = noFolds()): FoldCounts {
  counts.memosMoved += moveMemosOn(rec, 'coding', other.id, kept.id);
  const diagrams = diagramQueries(rec.store);
  const keptLinks = diagrams.evidenceOfCoding.all(kept.guid);
  for (const link of diagrams.evidenceOfCoding.all(other.guid)) {
    const twin = keptLinks.some((k) => (link.component_id !== null && k.component_id === link.component_id) || (link.tension_id !== null && k.tension_id === link.tension_id));
    if (twin) {
      rec.delete('diagram_evidence', link.id);
      counts.evidenceAlreadyThere++;
    } else {
      rec.update('diagram_evidence', link.id, { coding_guid: kept.guid });
      counts.evidenceMoved++;
    }
  }
  rec.delete('codings', other.id);
  return counts;
}

// The ids of a cell's linked references, or null when its JSON is not a list.
function linkedIds(json: string): unknown[] | null {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value : null;
  } catch {
    return null;
  }
}

// Rewrites the framework-matrix cells that link a folded coding to link the coding it was
// folded into (once each). `keptFor` maps a folded coding's id to the kept one's. Returns
// how many cells changed.
export function relinkFrameworkCells(rec: ActionRecorder, keptFor: ReadonlyMap<number, number>): number {
  if (keptFor.size === 0) return 0;
  let changed = 0;
  for (const cell of queryQueries(rec.store).linkedCells.all()) {
    const linked = linkedIds(cell.coding_ids_json);
    if (!linked?.some((v) => typeof v === 'number' && keptFor.has(v))) continue;
    const relinked = [...new Set(linked.map((v) => (typeof v === 'number' ? (keptFor.get(v) ?? v) : v)))];
    rec.update('framework_cells', cell.id, { coding_ids_json: JSON.stringify(relinked) });
    changed++;
  }
  return changed;
}
