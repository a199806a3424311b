// Turns a text search's result set into codings at a node in one undoable action: each
// hit, the sentence around it, or the whole segment (without its speaker label), merged
// where they overlap and skipped where the node already codes the passage.
import { mergeRanges } from '../../shared/analysis/ranges.ts';
import type { Span } from '../../shared/analysis/ranges.ts';
import { ApiError } from '../../shared/errors.ts';
import type { CodeResultsOutcome, SpreadTo } from '../../shared/model/queries.ts';
import { createOffsetIndex } from '../../shared/text/code-points.ts';
import type { OffsetIndex } from '../../shared/text/code-points.ts';
import type { Store } from '../db/store.ts';
import { runAction } from '../db/undo-log.ts';
import { codebookQueries } from '../codebook/queries.ts';
import { insertCoding } from '../codings/codings.ts';
import { codingQueries } from '../codings/queries.ts';
import { loadSourceTexts } from './references.ts';
import { prepareSearch } from './search-core.ts';
import type { CandidateSegment, SearchInput } from './search-core.ts';

export const MAX_CODINGS_PER_ACTION = 20_000;

const SENTENCE_END = /[.!?…](?=["'”’)\]]*(\s|$))/gu;

// Widens a hit to its sentence inside a segment's text (positions relative to the text).
export function sentenceAround(text: string, start: number, end: number): Span {
  const index = createOffsetIndex(text);
  const from16 = index.toUtf16(start);
  const to16 = index.toUtf16(end);
  let sentenceStart = 0;
  let sentenceEnd = text.length;
  for (const m of text.matchAll(SENTENCE_END)) {
    const after = m.index + m[0].length;
    if (after <= from16) sentenceStart = after;
    else if (m.index >= to16) {
      sentenceEnd = after;
      break;
    }
  }
  while (sentenceStart < from16 && /\s/u.test(text[sentenceStart] as string)) sentenceStart++;
  // include closing quotes or brackets after the full stop
  while (sentenceEnd < text.length && /["'”’)\]]/u.test(text[sentenceEnd] as string)) sentenceEnd++;
  return { start: index.toCodePoint(sentenceStart), end: index.toCodePoint(Math.max(sentenceEnd, to16)) };
}

function rangesOf(segment: CandidateSegment, hits: Span[], spread: SpreadTo, text: OffsetIndex | undefined): Span[] {
  const bodyStart = Math.min(segment.textStart, segment.end);
  if (spread === 'segment' || hits.length === 0) return bodyStart < segment.end ? [{ start: bodyStart, end: segment.end }] : [];
  if (spread === 'hit') return hits;
  const body = text ? text.slice(bodyStart, Math.min(segment.end, text.codePointLength)) : '';
  return hits.map((h) => {
    const s = sentenceAround(body, h.start - bodyStart, h.end - bodyStart);
    return { start: s.start + bodyStart, end: s.end + bodyStart };
  });
}

// Codes every result of a search at a node (one action; undo removes them all).
export function codeSearchResults(store: Store, input: SearchInput & { nodeId: number; spread: SpreadTo; coderId?: number | null }): CodeResultsOutcome {
  const node = codebookQueries(store).name.get(input.nodeId);
  if (node === undefined) throw new ApiError('NOT_FOUND', 'The node to code at no longer exists.');
  const prepared = prepareSearch(store, input);
  if (prepared.count === 0) throw new ApiError('BAD_INPUT', 'The search found nothing, so there is nothing to code.');
  const bySource = new Map<number, CandidateSegment[]>();
  for (const s of prepared.segments) {
    const list = bySource.get(s.sourceId);
    if (list) list.push(s);
    else bySource.set(s.sourceId, [s]);
  }
  const planned: { sourceId: number; ranges: Span[] }[] = [];
  let total = 0;
  for (const [sourceId, segments] of bySource) {
    const texts = loadSourceTexts(store, [sourceId]);
    const text = texts.get(sourceId);
    const ranges: Span[] = [];
    for (const s of segments) {
      const hits = input.spread === 'segment' ? [] : prepared.match(s, text).hits;
      ranges.push(...rangesOf(s, hits, input.spread, text));
    }
    const merged = mergeRanges(ranges);
    total += merged.length;
    if (total > MAX_CODINGS_PER_ACTION) throw new ApiError('TOO_LARGE', `The search found more than ${MAX_CODINGS_PER_ACTION.toLocaleString('en-GB')} passages. Narrow it (a phrase, fewer sources or cases) before coding its results.`);
    planned.push({ sourceId, ranges: merged });
  }
  const existing = codingQueries(store).rangesOfSourceAtNode;
  return runAction(store, `Code ${total} search ${total === 1 ? 'result' : 'results'} at ${node}`, (rec) => {
    let created = 0;
    let skipped = 0;
    for (const { sourceId, ranges } of planned) {
      const already: Span[] = existing.all(sourceId, input.nodeId);
      for (const r of ranges) {
        if (already.some((c) => c.start <= r.start && c.end >= r.end)) {
          skipped++;
          continue;
        }
        insertCoding(rec, { sourceId, nodeId: input.nodeId, start: r.start, end: r.end, coderId: input.coderId ?? null });
        created++;
      }
    }
    const nodePath = prepared.lookups.nodes.get(input.nodeId)?.path ?? node;
    return { created, skipped, nodeId: input.nodeId, nodePath };
  });
}
