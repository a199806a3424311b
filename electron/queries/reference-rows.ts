// The references a selection covers as rows of the project index's coding table (no
// object per reference; in table order, that is source by source): picked with the scope
// applied, put in the order lists show (source name, then position), and counted (sources,
// cases) without building them.
import type { QueryScope } from '../../shared/model/queries.ts';
import type { Store } from '../db/store.ts';
import { rowOfCoding } from './coding-table.ts';
import type { CodingTable } from './coding-table.ts';
import { projectIndex } from './index-cache.ts';
import { caseInScope, scopeHasCaseParts, sourcesInScope } from './lookup.ts';
import type { Lookups } from './lookup.ts';

export interface ReferenceSelection {
  // codings at these nodes (null = every node)
  nodeIds: number[] | null;
  scope?: QueryScope;
  // only these codings
  codingIds?: number[];
}

function idFlags(ids: readonly number[]): Uint8Array {
  let max = 0;
  for (const id of ids) if (id > max) max = id;
  const flags = new Uint8Array(max + 1);
  for (const id of ids) if (id >= 0) flags[id] = 1;
  return flags;
}

// Rows of some coding ids, in table order (ids not in the table are left out).
function rowsOfIds(c: CodingTable, ids: readonly number[]): Int32Array {
  const rows: number[] = [];
  for (const id of new Set(ids)) {
    const row = rowOfCoding(c, id);
    if (row >= 0) rows.push(row);
  }
  return Int32Array.from(rows).sort();
}

// The rows (in the coding table, in table order) of every reference a selection covers, scope applied.
export function referenceRows(store: Store, lookups: Lookups, selection: ReferenceSelection): Int32Array {
  const { codings: c } = projectIndex(store);
  const scope = selection.scope;
  const allowedSources = sourcesInScope(lookups, scope);
  const nodes = selection.nodeIds ? idFlags(selection.nodeIds) : null;
  const coders = scope?.coderIds ? new Set(scope.coderIds) : null;
  const checkCases = scopeHasCaseParts(scope);
  const excludeInterviewer = scope?.excludeInterviewer === true;
  // a case passes or fails the scope once, not once per reference
  const caseVerdict = new Map<number, boolean>();
  const candidates = selection.codingIds ? rowsOfIds(c, selection.codingIds) : null;
  const n = candidates ? candidates.length : c.count;
  const out = new Int32Array(n);
  let k = 0;
  for (let j = 0; j < n; j++) {
    const i = candidates ? (candidates[j] as number) : j;
    if (nodes && nodes[c.nodeId[i] as number] !== 1) continue;
    if (allowedSources && !allowedSources.has(c.sourceId[i] as number)) continue;
    if (excludeInterviewer && c.interviewer[i] === 1) continue;
    const coderId = c.coderId[i] as number;
    if (coders && (coderId < 0 || !coders.has(coderId))) continue;
    if (checkCases) {
      const raw = c.caseId[i] as number;
      let ok = caseVerdict.get(raw);
      if (ok === undefined) caseVerdict.set(raw, (ok = caseInScope(lookups, scope, raw < 0 ? null : raw)));
      if (!ok) continue;
    }
    out[k++] = i;
  }
  return out.subarray(0, k);
}

// Sorts coding rows by source name, then start, end and id (the order lists show).
export function sortRowsBySourceName(store: Store, rows: Int32Array): Int32Array {
  const { codings: c, sourceRank } = projectIndex(store);
  if (rows.length < 2) return rows;
  // bucket by source rank (counting sort), then sort each source's few rows by position
  const rankOf = (i: number) => sourceRank.get(c.sourceId[i] as number) ?? 0;
  let maxRank = 0;
  const ranks = Int32Array.from(rows, (i) => {
    const r = rankOf(i);
    if (r > maxRank) maxRank = r;
    return r;
  });
  const starts = new Int32Array(maxRank + 2);
  for (const r of ranks) starts[r + 1] = (starts[r + 1] as number) + 1;
  for (let r = 0; r <= maxRank; r++) starts[r + 1] = (starts[r + 1] as number) + (starts[r] as number);
  const out = new Int32Array(rows.length);
  const fill = starts.slice();
  rows.forEach((i, k) => (out[(fill[ranks[k] as number] as number)++] = i));
  const byPosition = (x: number, y: number) => (c.start[x] as number) - (c.start[y] as number) || (c.end[x] as number) - (c.end[y] as number) || (c.id[x] as number) - (c.id[y] as number);
  for (let r = 0; r <= maxRank; r++) {
    const from = starts[r] as number;
    const to = starts[r + 1] as number;
    if (to - from > 1) out.subarray(from, to).sort(byPosition);
  }
  return out;
}

// How many distinct sources and (known) cases some coding rows come from.
export function countSourcesAndCases(c: CodingTable, rows: Int32Array): { sources: number; cases: number } {
  const sources = new Set<number>();
  const cases = new Set<number>();
  for (const i of rows) {
    sources.add(c.sourceId[i] as number);
    const caseId = c.caseId[i] as number;
    if (caseId >= 0) cases.add(caseId);
  }
  return { sources: sources.size, cases: cases.size };
}
