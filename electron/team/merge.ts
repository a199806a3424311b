// Merging another coder's work into the open project: a preview first (nothing written),
// then the merge as one action that Undo takes back. The same file merged a second time
// changes nothing (it is known by its hash, and every coding already here is skipped).
import { ApiError } from '../../shared/errors.ts';
import type { MergePreview, MergeReport } from '../../shared/model/team.ts';
import { passphraseOf } from '../db/connection.ts';
import type { Store } from '../db/store.ts';
import { runAction } from '../db/undo-log.ts';
import type { ReadOptions } from '../exchange/qdpx-import.ts';
import { addLogEntry, openCycleId } from './logbook.ts';
import { planMerge } from './merge-plan.ts';
import type { MergePlan } from './merge-plan.ts';
import { readIncoming } from './merge-read.ts';
import { writeMerge } from './merge-write.ts';
import { teamQueries } from './queries.ts';

export interface MergeOptions extends ReadOptions {
  cycleId?: number;
}

// Reads and plans a merge, then hands the plan to `use` while the file is still open.
async function withPlan<T>(store: Store, bytes: Uint8Array, fileName: string, options: MergeOptions, use: (plan: MergePlan) => T): Promise<T> {
  const opened = await readIncoming(bytes, fileName, options, passphraseOf(store.db));
  try {
    if (options.signal?.aborted) throw new ApiError('CANCELLED', 'The merge was cancelled. Nothing was changed.');
    return use(planMerge(store, opened.incoming, options.onProgress));
  } finally {
    opened.close();
  }
}

// What merging the file would bring in, match, leave out and find in conflict; writes nothing.
export function previewMerge(store: Store, bytes: Uint8Array, fileName: string, options: MergeOptions = {}): Promise<MergePreview> {
  return withPlan(store, bytes, fileName, options, (plan) => plan.preview);
}

function summaryOf(plan: MergePlan): string {
  const a = plan.preview.added;
  const coders = plan.preview.coders.map((c) => c.initials || c.name).join(', ');
  return `Merged ${plan.incoming.fileName}${coders ? ` (coders ${coders})` : ''}: ${a.codings} codings, ${a.sources} new sources, ${a.nodes} new nodes, ${a.cases} new cases, ${a.memos} memos; ${plan.preview.alreadyPresent} codings already here; ${plan.preview.unplaced.length} could not be placed`;
}

function detailOf(plan: MergePlan): string {
  const lines = plan.preview.sources.filter((s) => s.codingsIn > 0 || s.unplaced > 0).map((s) => `${s.name}: ${s.codingsIn} codings in (matched by ${s.matchedBy}${s.textDiffers ? ', text differs: positions mapped through a diff' : ''})${s.unplaced > 0 ? `, ${s.unplaced} not placed` : ''}`);
  const unplaced = plan.preview.unplaced.map((u) => `Not placed: ${u.source}, ${u.node}, ${u.coder ?? 'no coder'}, ${u.start}-${u.end}: "${u.text.slice(0, 120)}"`);
  return [...lines, ...unplaced, ...plan.preview.conflicts].join('\n');
}

// Merges the file as one action (nothing when this very file was merged before).
export function mergeFile(store: Store, bytes: Uint8Array, fileName: string, options: MergeOptions = {}): Promise<MergeReport> {
  return withPlan(store, bytes, fileName, options, (plan): MergeReport => {
    if (plan.preview.mergedBefore !== null) return { ...plan.preview, mergeId: null };
    const cycleId = openCycleId(store, options.cycleId);
    const mergeId = runAction(store, `Merge ${fileName}`, (rec) => {
      writeMerge(rec, plan, options.onProgress);
      const packageRow = plan.incoming.packageGuid === null ? undefined : teamQueries(store).packageByGuid.get(plan.incoming.packageGuid);
      if (packageRow && packageRow.returned_at === null) rec.update('team_packages', packageRow.id, { returned_at: store.now().toISOString() });
      const id = rec.insert('team_merges', {
        guid: store.newGuid(),
        cycle_id: packageRow?.cycle_id ?? cycleId,
        package_id: packageRow?.id ?? null,
        file_name: fileName,
        file_hash: plan.incoming.hash,
        format: plan.incoming.format,
        counts_json: JSON.stringify({ ...plan.preview.added, alreadyPresent: plan.preview.alreadyPresent }),
        unplaced_json: JSON.stringify(plan.preview.unplaced),
        created_at: store.now().toISOString(),
      });
      addLogEntry(rec, { kind: 'merge', cycleId: packageRow?.cycle_id ?? cycleId, summary: summaryOf(plan), detail: detailOf(plan) });
      return id;
    });
    return { ...plan.preview, mergeId };
  });
}
