// The engine of text search: FTS5 finds the segments (turns and paragraphs) a query
// matches, restricted to sources, cases, attribute values or interviewer turns; the JS
// twin of the tokenizer then finds hit positions, and decides the match itself where
// FTS5 cannot: when only text coded at a node counts, or when speaker labels (which the
// index holds) must not count and the query names a word that is in a label.
import { mergeRanges } from '../../shared/analysis/ranges.ts';
import type { Span } from '../../shared/analysis/ranges.ts';
import { ApiError } from '../../shared/errors.ts';
import type { QueryScope } from '../../shared/model/queries.ts';
import { compileToFts } from '../../shared/search/fts-compile.ts';
import type { FtsPlan } from '../../shared/search/fts-compile.ts';
import { leavesOf } from '../../shared/search/query-ast.ts';
import type { QueryNode } from '../../shared/search/query-ast.ts';
import { matchTokens } from '../../shared/search/match-tokens.ts';
import type { TextMatch } from '../../shared/search/match-tokens.ts';
import { parseQuery } from '../../shared/search/query-parser.ts';
import { tokenize } from '../../shared/search/tokenizer.ts';
import type { OffsetIndex } from '../../shared/text/code-points.ts';
import type { Store } from '../db/store.ts';
import { projectIndex } from './index-cache.ts';
import type { ProjectIndex } from './index-cache.ts';
import { caseInScope, nodeWithDescendants, scopeHasCaseParts, sourcesInScope } from './lookup.ts';
import type { Lookups } from './lookup.ts';
import { loadSourceTexts, sliceText } from './references.ts';
import { cachedFtsMatches } from './search-queries.ts';

export interface SearchInput {
  query: string;
  scope?: QueryScope;
  // only text coded at this node (and its descendants) counts
  codedAt?: { nodeId: number; includeDescendants: boolean };
  // let words in speaker labels ("Margaret:") match (default: they do not)
  includeLabels?: boolean;
}

export interface CandidateSegment {
  id: number;
  sourceId: number;
  start: number;
  end: number;
  caseId: number | null;
  interviewer: boolean;
  // where the words after the speaker label start
  textStart: number;
}

export interface PreparedSearch {
  query: QueryNode;
  plan: FtsPlan;
  lookups: Lookups;
  // how many segments match, and in how many sources
  count: number;
  totalSources: number;
  // the matching segments from `offset` on, in source-name and text order
  page(offset: number, limit: number): CandidateSegment[];
  // every matching segment, in source-name and text order
  readonly segments: CandidateSegment[];
  // matches a segment's text in JS (hits relative to the source)
  match(segment: CandidateSegment, text: OffsetIndex | undefined): TextMatch;
}

// Tells whether some word of the query could match inside a speaker label.
function touchesLabels(query: QueryNode, labels: { terms: Set<string>; timestamps: boolean }): boolean {
  for (const leaf of leavesOf(query)) {
    for (let i = 0; i < leaf.terms.length; i++) {
      const term = leaf.terms[i] as string;
      const prefix = leaf.prefix && i === leaf.terms.length - 1;
      if (labels.timestamps && /^\d+$/.test(term)) return true;
      if (labels.terms.has(term)) return true;
      if (prefix) for (const t of labels.terms) if (t.startsWith(term)) return true;
    }
  }
  return false;
}

// Parses a search and throws a message the researcher can act on when it cannot be read.
export function parseOrThrow(text: string): QueryNode {
  const parsed = parseQuery(text);
  if (!parsed.ok) throw new ApiError('BAD_INPUT', parsed.message);
  return parsed.query;
}

// The coded ranges per source (merged) when only text coded at a node counts.
function codedRanges(index: ProjectIndex, codedAt: SearchInput['codedAt']): Map<number, Span[]> | null {
  if (!codedAt) return null;
  const nodeIds = new Set(nodeWithDescendants(index.lookups, codedAt.nodeId, codedAt.includeDescendants));
  const codings = index.codings;
  const coded = new Map<number, Span[]>();
  for (let i = 0; i < codings.count; i++) {
    if (!nodeIds.has(codings.nodeId[i] as number)) continue;
    const sourceId = codings.sourceId[i] as number;
    const range = { start: codings.start[i] as number, end: codings.end[i] as number };
    const list = coded.get(sourceId);
    if (list) list.push(range);
    else coded.set(sourceId, [range]);
  }
  for (const [sourceId, list] of coded) coded.set(sourceId, mergeRanges(list));
  return coded;
}

// The rows of the segment table FTS5 says match (1), as flags by row.
function ftsRowFlags(store: Store, index: ProjectIndex, plan: FtsPlan): Uint8Array {
  let ids: readonly number[];
  try {
    ids = cachedFtsMatches(store, index.textVersion, plan.match);
  } catch (error) {
    if (error instanceof Error && /fts5/i.test(error.message)) throw new ApiError('BAD_INPUT', `The search could not be run: ${error.message}`);
    throw error;
  }
  const seg = index.segments;
  const hit = new Uint8Array(seg.count);
  for (const id of ids) {
    const row = id < seg.rowOf.length ? (seg.rowOf[id] as number) : -1;
    if (row >= 0) hit[row] = 1;
  }
  return hit;
}

const rankedCache = new WeakMap<Map<number, number>, number[]>();

// Every source with segments, in source-name order.
function sourcesInRankOrder(index: ProjectIndex): number[] {
  let ranked = rankedCache.get(index.sourceRank);
  if (!ranked) {
    ranked = [...index.sourceRank.keys()].sort((x, y) => (index.sourceRank.get(x) ?? 0) - (index.sourceRank.get(y) ?? 0));
    rankedCache.set(index.sourceRank, ranked);
  }
  return ranked;
}

interface Candidates {
  // segment-table rows of the candidates, in source-name and text order
  rows: number[];
  // the case each row's segment belongs to (-1: none), by row
  owner: Int32Array;
}

// The candidate segments that pass FTS5 (flags: `want` in them; null: every row), the scope and the coded ranges.
function candidateRows(index: ProjectIndex, flags: Uint8Array | null, want: number, scope: QueryScope | undefined, coded: Map<number, Span[]> | null): Candidates {
  const { lookups, segments: seg } = index;
  const allowedSources = sourcesInScope(lookups, scope);
  const checkCases = scopeHasCaseParts(scope);
  const excludeInterviewer = scope?.excludeInterviewer === true;
  const caseVerdict = new Map<number, boolean>();
  const out: Candidates = { rows: [], owner: new Int32Array(seg.count) };
  for (const sourceId of sourcesInRankOrder(index)) {
    if (allowedSources && !allowedSources.has(sourceId)) continue;
    const ranges = coded ? coded.get(sourceId) : undefined;
    if (coded && !ranges) continue;
    const single = lookups.sources.get(sourceId)?.singleCaseId ?? null;
    for (const r of seg.bySource.get(sourceId) ?? []) {
      if (flags && flags[r] !== want) continue;
      const interviewer = seg.interviewer[r] === 1;
      if (excludeInterviewer && interviewer) continue;
      const start = seg.start[r] as number;
      const end = seg.end[r] as number;
      if (ranges && !ranges.some((c) => c.start < end && start < c.end)) continue;
      // an interviewer turn belongs to no case; an unlabelled paragraph to the source's only case
      const turnCase = seg.caseId[r] as number;
      const owner = interviewer ? null : turnCase >= 0 ? turnCase : single;
      if (checkCases) {
        const key = owner ?? -1;
        let ok = caseVerdict.get(key);
        if (ok === undefined) caseVerdict.set(key, (ok = caseInScope(lookups, scope, owner)));
        if (!ok) continue;
      }
      out.owner[r] = owner ?? -1;
      out.rows.push(r);
    }
  }
  return out;
}

// Finds the segments a search matches (all of them, sorted), ready for paging or coding.
export function prepareSearch(store: Store, input: SearchInput): PreparedSearch {
  const query = parseOrThrow(input.query);
  const plan = compileToFts(query);
  const index = projectIndex(store);
  const seg = index.segments;
  const labels = input.includeLabels ? null : { terms: index.labelTerms, timestamps: index.labelTimestamps };
  const labelSensitive = labels !== null && touchesLabels(query, labels);
  const coded = codedRanges(index, input.codedAt);

  // FTS5 narrows the candidates whenever its answer holds the real one
  const jsDecides = coded !== null || labelSensitive;
  const ftsNarrows = !jsDecides || (plan.mode === 'include' && !labelSensitive);
  const flags = ftsNarrows ? ftsRowFlags(store, index, plan) : null;
  const found = candidateRows(index, flags, plan.mode === 'include' ? 1 : 0, input.scope, coded);

  const candidate = (r: number): CandidateSegment => {
    const owner = found.owner[r] as number;
    return { id: seg.id[r] as number, sourceId: seg.sourceId[r] as number, start: seg.start[r] as number, end: seg.end[r] as number, caseId: owner < 0 ? null : owner, interviewer: seg.interviewer[r] === 1, textStart: seg.textStart[r] as number };
  };
  const match = (segment: CandidateSegment, text: OffsetIndex | undefined): TextMatch => {
    const body = sliceText(text, segment.start, segment.end);
    let tokens = tokenize(body).map((t) => ({ term: t.term, start: t.start + segment.start, end: t.end + segment.start }));
    if (labels) tokens = tokens.filter((t) => t.start >= segment.textStart);
    const ranges = coded?.get(segment.sourceId);
    if (ranges) tokens = tokens.filter((t) => ranges.some((r) => t.start >= r.start && t.end <= r.end));
    return matchTokens(query, tokens);
  };

  let rows = found.rows;
  if (jsDecides) {
    // decide in JS, reading each source's text once
    rows = [];
    let k = 0;
    while (k < found.rows.length) {
      const sourceId = seg.sourceId[found.rows[k] as number] as number;
      const text = loadSourceTexts(store, [sourceId]).get(sourceId);
      for (; k < found.rows.length && seg.sourceId[found.rows[k] as number] === sourceId; k++) {
        const r = found.rows[k] as number;
        if (match(candidate(r), text).matched) rows.push(r);
      }
    }
  }
  let totalSources = 0;
  for (let k = 0; k < rows.length; k++) if (k === 0 || seg.sourceId[rows[k] as number] !== seg.sourceId[rows[k - 1] as number]) totalSources++;
  return {
    query,
    plan,
    lookups: index.lookups,
    count: rows.length,
    totalSources,
    page: (offset, limit) => rows.slice(offset, offset + limit).map(candidate),
    get segments() {
      return rows.map(candidate);
    },
    match,
  };
}
