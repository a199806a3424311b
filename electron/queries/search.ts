// Text search results as keyword-in-context lines: one page of matching segments, each
// with a line per hit (highlight = the match), and the totals of the whole result.
import { kwic, kwicLines } from '../../shared/analysis/kwic.ts';
import type { KwicLine, SearchResult, SearchSegment } from '../../shared/model/queries.ts';
import { formatQuery } from '../../shared/search/query-ast.ts';
import type { OffsetIndex } from '../../shared/text/code-points.ts';
import type { Store } from '../db/store.ts';
import { prepareSearch } from './search-core.ts';
import type { CandidateSegment, PreparedSearch, SearchInput } from './search-core.ts';
import { loadSourceTexts } from './references.ts';
import { speakerLabels } from './search-queries.ts';

export interface SearchPageInput extends SearchInput {
  offset?: number;
  limit?: number;
  // characters of context each side of a hit
  width?: number;
}

export const DEFAULT_SEARCH_PAGE = 100;

// The KWIC lines of one matching segment: nearby hits share one line, each line centred on its first hit.
export function segmentLines(prepared: PreparedSearch, segment: CandidateSegment, text: OffsetIndex | undefined, width: number): KwicLine[] {
  if (!text) return [];
  const { hits } = prepared.match(segment, text);
  // context stays inside the segment, so an answer's line does not run into the question
  const from = Math.min(segment.textStart, segment.end);
  const local = text.slice(from, Math.min(segment.end, text.codePointLength));
  if (hits.length === 0) {
    const parts = kwic(local, 0, 0, width * 2);
    return [{ start: from, end: from, matches: 0, ...parts }];
  }
  const localHits = hits.map((h) => ({ start: h.start - from, end: h.end - from }));
  return kwicLines(local, localHits, width).map((l) => ({ ...l, start: l.start + from, end: l.end + from, also: l.also.map((m) => ({ ...m, start: m.start + from, end: m.end + from })) }));
}

// Runs a text search and returns one page of KWIC results with the totals.
export function searchText(store: Store, input: SearchPageInput): SearchResult {
  const prepared = prepareSearch(store, input);
  const offset = input.offset ?? 0;
  const limit = input.limit ?? DEFAULT_SEARCH_PAGE;
  const width = input.width ?? 60;
  const page = prepared.page(offset, limit);
  const texts = loadSourceTexts(store, page.map((s) => s.sourceId));
  const { lookups } = prepared;
  const speakers = speakerLabels(store, page.map((s) => s.id));
  const segments: SearchSegment[] = page.map((s) => {
    const caseInfo = s.caseId === null ? undefined : lookups.cases.get(s.caseId);
    return {
      segmentId: s.id,
      sourceId: s.sourceId,
      sourceName: lookups.sources.get(s.sourceId)?.name ?? '',
      caseId: s.caseId,
      caseLabel: caseInfo?.label ?? null,
      role: caseInfo?.role || null,
      speakerLabel: speakers.get(s.id) ?? null,
      isInterviewer: s.interviewer,
      start: s.start,
      end: s.end,
      lines: segmentLines(prepared, s, texts.get(s.sourceId), width),
    };
  });
  return {
    understood: formatQuery(prepared.query),
    fts: prepared.plan,
    totalSegments: prepared.count,
    totalSources: prepared.totalSources,
    offset,
    segments,
    truncated: offset + page.length < prepared.count,
  };
}
