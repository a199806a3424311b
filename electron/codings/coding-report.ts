// Every coding with what a reader needs to check it: node path, source, the speaker's
// case and the coded text (what `codings --json` prints and later queries start from).
import type { Store } from '../db/store.ts';
import { nodePaths } from '../codebook/codebook.ts';
import { caseQueries } from '../cases/queries.ts';
import { sourceQueries } from '../sources/queries.ts';
import { createOffsetIndex } from '../../shared/text/code-points.ts';
import type { OffsetIndex } from '../../shared/text/code-points.ts';
import { codingQueries } from './queries.ts';

export interface CodingDetail {
  id: number;
  guid: string;
  nodeId: number;
  nodePath: string;
  sourceId: number;
  sourceName: string;
  caseId: number | null;
  caseLabel: string | null;
  caseRealName: string | null;
  start: number;
  end: number;
  text: string;
  coder: string | null;
}

interface SourceLookup {
  index: OffsetIndex;
  // the source's segments that name a case, by start
  segments: { start: number; end: number; case_id: number }[];
  // the source's case when it has exactly one
  onlyCase: number | null;
}

function lookupFor(store: Store, sourceId: number): SourceLookup {
  const sources = sourceQueries(store);
  const text = sources.text.get(sourceId)?.text ?? '';
  const segments = sources.caseSegments.all(sourceId);
  const cases = sources.linkedCaseIds.all(sourceId);
  return { index: createOffsetIndex(text), segments, onlyCase: cases.length === 1 ? (cases[0] ?? null) : null };
}

// The case of the turn a coding starts in (the latest-starting one that contains its start), else the source's only case.
function caseAt(lookup: SourceLookup, at: number): number | null {
  const { segments } = lookup;
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((segments[mid]?.start ?? 0) <= at) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0; i--) {
    const segment = segments[i];
    if (segment && segment.end >= at) return segment.case_id;
  }
  return lookup.onlyCase;
}

// Every coding with node path, source, case and text, in source and text order, one at a
// time: each source's text is read once (not once per coding) and let go after its codings,
// so this stays linear in the project and holds one source at a time.
export function* eachCodingDetail(store: Store): Generator<CodingDetail> {
  const paths = nodePaths(store);
  const cases = new Map(caseQueries(store).names.all().map((c) => [c.id, c]));
  // sources come grouped by name, so only the sources of the current name are kept
  const lookups = new Map<number, SourceLookup>();
  let currentName: string | null = null;
  for (const r of codingQueries(store).details.iterate()) {
    if (r.source_name !== currentName) {
      lookups.clear();
      currentName = r.source_name;
    }
    let lookup = lookups.get(r.source_id);
    if (!lookup) {
      lookup = lookupFor(store, r.source_id);
      lookups.set(r.source_id, lookup);
    }
    const length = lookup.index.codePointLength;
    const caseId = caseAt(lookup, r.start);
    const k = caseId === null ? undefined : cases.get(caseId);
    yield {
      id: r.id,
      guid: r.guid,
      nodeId: r.node_id,
      nodePath: paths.get(r.node_id) ?? '',
      sourceId: r.source_id,
      sourceName: r.source_name,
      caseId,
      caseLabel: k?.label ?? null,
      caseRealName: k?.real_name ?? null,
      start: r.start,
      end: r.end,
      text: lookup.index.slice(Math.min(Math.max(r.start, 0), length), Math.min(Math.max(r.end, r.start, 0), length)),
      coder: r.coder,
    };
  }
}

// Lists every coding with node path, source, case and text, in source and text order.
export function listCodingDetails(store: Store): CodingDetail[] {
  return [...eachCodingDetail(store)];
}
