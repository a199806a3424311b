// Merging duplicate codings: in projects coded before re-coding joined codings (or with
// codings brought in from a .qdpx or another coder's file), one coder may have coded the
// same or overlapping text of a source at a node more than once. Each group of one coder's
// codings at one node that overlap or touch becomes one coding over their union, keeping
// the earliest coding's id and guid; memos, diagram and tension evidence and framework-cell
// links move onto it. Codings by different coders are never joined (team coding).
import type { DuplicateExample, DuplicateMergeResult, DuplicateNodeCount, DuplicatePreview } from '../../shared/model/duplicate-codings.ts';
import { nodePaths } from '../codebook/codebook.ts';
import type { Store } from '../db/store.ts';
import { runAction } from '../db/undo-log.ts';
import { projectQueries } from '../projects/queries.ts';
import { sourceQueries } from '../sources/queries.ts';
import { foldCodingInto, noFolds, relinkFrameworkCells } from './coding-folds.ts';
import { codingQueries } from './queries.ts';
import type { DuplicateScanRow } from './queries.ts';

// One coder's codings of one source at one node that overlap or touch, and their union.
export interface DuplicateGroup {
  sourceId: number;
  nodeId: number;
  coderId: number | null;
  start: number;
  end: number;
  // the coding that stays (the earliest made) first, then the ones folded into it
  codings: DuplicateScanRow[];
}

const EXAMPLES = 5;
const EXAMPLE_LENGTH = 160;

// When a coding was made, for choosing the earliest (unreadable times count as latest).
function madeAt(c: DuplicateScanRow): number {
  const t = Date.parse(c.created_at);
  return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t;
}

// The group with its earliest coding (then the lowest id) first.
function finished(members: DuplicateScanRow[], end: number): DuplicateGroup {
  const ordered = [...members].sort((a, b) => madeAt(a) - madeAt(b) || a.id - b.id);
  const first = members[0] as DuplicateScanRow;
  return { sourceId: first.source_id, nodeId: first.node_id, coderId: first.coder_id, start: first.start, end, codings: ordered };
}

// Groups codings read in source, node, coder and text order: a coding joins the group before
// it when it has the same source, node and coder and starts at or before the group's end.
export function* duplicateGroups(codings: Iterable<DuplicateScanRow>): Generator<DuplicateGroup> {
  let members: DuplicateScanRow[] = [];
  let end = 0;
  for (const c of codings) {
    const first = members[0];
    if (first && first.source_id === c.source_id && first.node_id === c.node_id && first.coder_id === c.coder_id && c.start <= end) {
      members.push(c);
      end = Math.max(end, c.end);
      continue;
    }
    if (members.length > 1) yield finished(members, end);
    members = [c];
    end = c.end;
  }
  if (members.length > 1) yield finished(members, end);
}

// Every group of duplicates in the project, in source, node, coder and text order.
export function findDuplicateGroups(store: Store): DuplicateGroup[] {
  return [...duplicateGroups(codingQueries(store).inDuplicateOrder.iterate())];
}

// A stretch's words for the preview, shortened when long.
function exampleText(store: Store, group: DuplicateGroup): string {
  const length = Math.min(group.end - group.start, EXAMPLE_LENGTH);
  const words = sourceQueries(store).textSlice.get({ id: group.sourceId, start: group.start, end: group.start + length }) ?? '';
  return length < group.end - group.start ? `${words.trimEnd()}…` : words;
}

// What merging the duplicates would do: how many groups and codings, by node, and a few examples.
export function previewDuplicateMerge(store: Store): DuplicatePreview {
  const groups = findDuplicateGroups(store);
  const paths = nodePaths(store);
  const initials = new Map(projectQueries(store).coders.all().map((c) => [c.id, c.initials]));
  const byNode = new Map<number, DuplicateNodeCount>();
  for (const g of groups) {
    const count = byNode.get(g.nodeId) ?? { nodeId: g.nodeId, nodePath: paths.get(g.nodeId) ?? '(a deleted node)', groups: 0, folded: 0 };
    count.groups++;
    count.folded += g.codings.length - 1;
    byNode.set(g.nodeId, count);
  }
  const examples: DuplicateExample[] = groups.slice(0, EXAMPLES).map((g) => ({
    sourceId: g.sourceId,
    sourceName: sourceQueries(store).name.get(g.sourceId) ?? '(a deleted source)',
    nodePath: paths.get(g.nodeId) ?? '(a deleted node)',
    coder: g.coderId === null ? null : (initials.get(g.coderId) ?? null),
    start: g.start,
    end: g.end,
    text: exampleText(store, g),
    codings: g.codings.length,
  }));
  const folded = groups.reduce((n, g) => n + g.codings.length - 1, 0);
  const before = codingQueries(store).count.get() ?? 0;
  return {
    groups: groups.length,
    folded,
    codingsBefore: before,
    codingsAfter: before - folded,
    nodes: [...byNode.values()].sort((a, b) => b.folded - a.folded || a.nodePath.localeCompare(b.nodePath)),
    examples,
  };
}

// Joins every group of duplicates into one coding over its union, as one undo step; with
// none, changes nothing and records no step.
export function mergeDuplicateCodings(store: Store): DuplicateMergeResult {
  return runAction(store, 'Merge duplicate codings', (rec) => {
    const groups = findDuplicateGroups(rec.store);
    const counts = noFolds();
    const keptFor = new Map<number, number>();
    for (const g of groups) {
      const [kept, ...others] = g.codings;
      if (!kept) continue;
      for (const other of others) {
        foldCodingInto(rec, kept, other, counts);
        keptFor.set(other.id, kept.id);
      }
      if (kept.start !== g.start || kept.end !== g.end) rec.update('codings', kept.id, { start: g.start, end: g.end });
    }
    return { groups: groups.length, folded: keptFor.size, ...counts, frameworkCellsRelinked: relinkFrameworkCells(rec, keptFor) };
  });
}
