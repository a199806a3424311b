// The plan of a merge, before anything is written: what comes in, what is matched how, the
// conflicts (values the two sides give differently: the project's are kept) and what
// cannot be placed. The preview is this plan; the merge writes exactly it.
import type { MergeCounts, MergePreview } from '../../shared/model/team.ts';
import type { Store } from '../db/store.ts';
import { listCoders } from '../projects/project-info.ts';
import { matchParts } from './merge-match.ts';
import type { MatchedParts } from './merge-match.ts';
import type { IncomingMemo, IncomingProject } from './merge-model.ts';
import { mergeQueries } from './merge-queries.ts';
import { planSources } from './merge-sources.ts';
import type { SourcePlan } from './merge-sources.ts';
import { teamQueries } from './queries.ts';

export interface MergePlan {
  incoming: IncomingProject;
  parts: MatchedParts;
  sources: SourcePlan[];
  memos: IncomingMemo[];
  preview: MergePreview;
}

type Progress = (done: number, total: number, message: string) => void;

const MAX_LISTED = 1000;

// Values the two sides give differently for the same case or source (the project's are kept).
function valueConflicts(store: Store, incoming: IncomingProject, parts: MatchedParts, sources: readonly SourcePlan[]): string[] {
  const q = mergeQueries(store);
  const names = new Map(incoming.attributes.map((a) => [a.key, a.name]));
  const conflicts: string[] = [];
  const check = (owner: string, attributeKey: string, theirs: string, ours: string | undefined) => {
    if (ours !== undefined && ours !== theirs) conflicts.push(`${owner}: ${names.get(attributeKey) ?? 'an attribute'} is "${ours}" here and "${theirs}" in the file; "${ours}" is kept.`);
  };
  for (const c of incoming.cases) {
    const caseId = parts.cases.get(c.key)?.id ?? null;
    if (caseId === null) continue;
    for (const v of c.values) {
      const attributeId = parts.attributes.get(v.attributeKey)?.id ?? null;
      if (attributeId !== null) check(c.label, v.attributeKey, v.value, q.caseValueOf.get(caseId, attributeId));
    }
  }
  for (const s of sources) {
    if (s.targetId === null) continue;
    for (const v of s.incoming.values) {
      const attributeId = parts.attributes.get(v.attributeKey)?.id ?? null;
      if (attributeId !== null) check(s.incoming.name, v.attributeKey, v.value, q.sourceValueOf.get(s.targetId, attributeId));
    }
  }
  return conflicts;
}

// Plans a merge of an incoming project into the open one.
export function planMerge(store: Store, incoming: IncomingProject, onProgress?: Progress): MergePlan {
  const parts = matchParts(store, incoming);
  const sources = planSources(store, incoming, parts, onProgress);
  const leadMemos = new Set(mergeQueries(store).memoGuids.all());
  const memos = incoming.memos.filter((m) => m.guid === null || !leadMemos.has(m.guid));
  const mergedBefore = teamQueries(store).mergeByHash.get(incoming.hash)?.created_at ?? null;
  const added: MergeCounts = {
    sources: sources.filter((s) => s.targetId === null).length,
    nodes: parts.newNodes.length,
    coders: parts.newCoders.length,
    cases: parts.newCases.length,
    attributes: parts.newAttributes.length,
    codings: sources.reduce((n, s) => n + s.place.length, 0),
    memos: memos.length,
  };
  const coderName = new Map(incoming.coders.map((c) => [c.key, c]));
  const leadCoders = new Map(listCoders(store).map((c) => [c.id, c]));
  const preview: MergePreview = {
    fileName: incoming.fileName,
    format: incoming.format,
    mergedBefore,
    sources: sources.map((s) => ({ name: s.incoming.name, matchedBy: s.by, textDiffers: s.textDiffers, codingsIn: s.place.length, unplaced: s.unplaced.length })),
    // a matched coder as the project names them (a package may have anonymised the name)
    coders: [...parts.coders].map(([key, m]) => {
      const here = m.id === null ? undefined : leadCoders.get(m.id);
      return { name: here?.name ?? coderName.get(key)?.name ?? '', initials: here?.initials ?? coderName.get(key)?.initials ?? '', matchedBy: m.by };
    }),
    nodes: [...parts.nodes].filter(([, m]) => m.by !== 'guid').map(([key, m]) => ({ path: parts.nodePaths.get(key) ?? '', matchedBy: m.by })).slice(0, MAX_LISTED),
    added,
    alreadyPresent: sources.reduce((n, s) => n + s.present, 0),
    unplaced: sources.flatMap((s) => s.unplaced).slice(0, MAX_LISTED),
    conflicts: valueConflicts(store, incoming, parts, sources).slice(0, MAX_LISTED),
  };
  return { incoming, parts, sources, memos, preview };
}
