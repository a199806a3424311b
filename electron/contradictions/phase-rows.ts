// Unlinking a tension from the contradiction it shows, inside an action (a tension being
// deleted takes its link along; a contradiction left with no tension goes too).
import type { ActionRecorder } from '../db/undo-log.ts';
import { contradictionQueries } from './queries.ts';

// Deletes a tension's phase of a contradiction, and the contradiction when nothing else shows it.
export function unlinkTensionRows(rec: ActionRecorder, tensionId: number): void {
  const q = contradictionQueries(rec.store);
  const phase = q.phaseOfTension.get(tensionId);
  if (!phase) return;
  rec.delete('contradiction_phases', phase.id);
  if ((q.phaseCount.get(phase.contradiction_id) ?? 0) === 0) rec.delete('contradictions', phase.contradiction_id);
}
