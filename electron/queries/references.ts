// References (codings) as queries see them: each with the speaker's case (the case of
// the turn it starts in, else the source's only case - the rule `codings --json` uses),
// whether it starts in an interviewer turn, and the scope's filters applied; one page of
// them with their coded text.
import type { QueryReference, ReferenceList } from '../../shared/model/queries.ts';
import { createOffsetIndex } from '../../shared/text/code-points.ts';
import type { OffsetIndex } from '../../shared/text/code-points.ts';
import type { Store } from '../db/store.ts';
import { projectIndex } from './index-cache.ts';
import type { CodingTable } from './index-cache.ts';
import { sourceTexts } from './index-queries.ts';
import type { Lookups } from './lookup.ts';
import { countSourcesAndCases, referenceRows } from './reference-rows.ts';
import type { ReferenceSelection } from './reference-rows.ts';

export interface ReferenceFact {
  codingId: number;
  nodeId: number;
  sourceId: number;
  start: number;
  end: number;
  coderId: number | null;
  caseId: number | null;
  interviewer: boolean;
}

export type { ReferenceSelection } from './reference-rows.ts';

// The reference a row of the coding table stands for.
export function factOfRow(c: CodingTable, i: number): ReferenceFact {
  const coderId = c.coderId[i] as number;
  const caseId = c.caseId[i] as number;
  return {
    codingId: c.id[i] as number,
    nodeId: c.nodeId[i] as number,
    sourceId: c.sourceId[i] as number,
    start: c.start[i] as number,
    end: c.end[i] as number,
    coderId: coderId < 0 ? null : coderId,
    caseId: caseId < 0 ? null : caseId,
    interviewer: c.interviewer[i] === 1,
  };
}

// Picks the references a selection covers from the project index, with case and interviewer flag, scope applied.
export function loadReferenceFacts(store: Store, lookups: Lookups, selection: ReferenceSelection): ReferenceFact[] {
  const { codings: c } = projectIndex(store);
  return Array.from(referenceRows(store, lookups, selection), (i) => factOfRow(c, i));
}

// Sorts references by source name, then position (the order lists show).
export function sortBySourceName(facts: ReferenceFact[], store: Store): ReferenceFact[] {
  const rank = projectIndex(store).sourceRank;
  return facts.sort((a, b) => (a.sourceId === b.sourceId ? a.start - b.start || a.end - b.end || a.codingId - b.codingId : (rank.get(a.sourceId) ?? 0) - (rank.get(b.sourceId) ?? 0)));
}

const SURROGATE = /[\uD800-\uDFFF]/;
// texts read from the project in one statement
const TEXT_BATCH = 500;
// Work that needs the texts of more sources than this reads them through, a few at a time,
// without keeping them: keeping them would only push out the texts kept before, and would
// keep each alive long enough to reach V8's old generation, which is collected only now and
// then (a node view of 50,000 references at 5,000 transcripts read 160 MB of texts that way
// each time, and the process grew by hundreds of megabytes of garbage).
export const PASSING_READ_SOURCES = 64;
// texts read at a time when reading through (about 1 MB of transcripts: garbage of the young generation)
export const PASSING_BATCH = 32;

// Indexes a text for code-point slicing (no work at all for texts without astral characters).
export function indexText(text: string): OffsetIndex {
  if (SURROGATE.test(text)) return createOffsetIndex(text);
  const check = (i: number) => {
    if (!Number.isInteger(i) || i < 0 || i > text.length) throw new RangeError(`position ${String(i)} is outside 0..${text.length}`);
    return i;
  };
  return {
    text,
    codePointLength: text.length,
    utf16Length: text.length,
    toUtf16: check,
    toCodePoint: check,
    slice: (start, end) => text.slice(check(start), check(end ?? text.length)),
  };
}

// The texts of some sources, indexed for code-point slicing (the project index keeps those
// read lately; `keep: false` uses the kept ones but adds none).
export function loadSourceTexts(store: Store, sourceIds: Iterable<number>, options: { keep?: boolean } = {}): Map<number, OffsetIndex> {
  const keep = options.keep ?? true;
  const { texts } = projectIndex(store);
  const out = new Map<number, OffsetIndex>();
  const missing: number[] = [];
  for (const id of new Set(sourceIds)) {
    const text = texts.get(id);
    if (text) out.set(id, text);
    else missing.push(id);
  }
  for (let i = 0; i < missing.length; i += TEXT_BATCH) {
    for (const { id, text } of sourceTexts(store, missing.slice(i, i + TEXT_BATCH))) {
      const indexed = indexText(text);
      if (keep) texts.set(id, indexed);
      out.set(id, indexed);
    }
  }
  return out;
}

// Slices [start, end) of an indexed text, clamped to its length.
export function sliceText(index: OffsetIndex | undefined, start: number, end: number): string {
  if (!index) return '';
  const to = Math.min(end, index.codePointLength);
  const from = Math.min(start, to);
  return index.slice(from, to);
}

// A copy of a piece of text that does not hold on to the whole text it was cut from (a slice
// keeps its source's text in memory for as long as the slice lives).
export function detached(piece: string): string {
  return piece.length < 13 ? piece : (` ${piece}`).slice(1);
}

// The full reference record a list shows, with its coded text.
export function toQueryReference(fact: ReferenceFact, lookups: Lookups, texts: Map<number, OffsetIndex>): QueryReference {
  const source = lookups.sources.get(fact.sourceId);
  const caseInfo = fact.caseId === null ? undefined : lookups.cases.get(fact.caseId);
  const coder = fact.coderId === null ? undefined : lookups.coders.get(fact.coderId);
  return {
    codingId: fact.codingId,
    nodeId: fact.nodeId,
    nodePath: lookups.nodes.get(fact.nodeId)?.path ?? '',
    sourceId: fact.sourceId,
    sourceName: source?.name ?? '',
    sourceKind: source?.kind ?? 'other',
    round: source?.round ?? null,
    caseId: fact.caseId,
    caseLabel: caseInfo?.label ?? null,
    role: caseInfo?.role || null,
    project: caseInfo?.project ?? null,
    partnerRole: caseInfo?.partnerRole ?? null,
    start: fact.start,
    end: fact.end,
    text: detached(sliceText(texts.get(fact.sourceId), fact.start, fact.end)),
    coder: coder?.initials ?? null,
    coderId: fact.coderId,
    inInterviewerTurn: fact.interviewer,
  };
}

// Turns facts into listed references (with text) for one page, and counts the whole list.
export function referencePage(store: Store, lookups: Lookups, facts: ReferenceFact[], offset: number, limit: number) {
  const page = facts.slice(offset, offset + limit);
  const texts = loadSourceTexts(store, page.map((f) => f.sourceId));
  return {
    total: facts.length,
    sources: new Set(facts.map((f) => f.sourceId)).size,
    cases: new Set(facts.filter((f) => f.caseId !== null).map((f) => f.caseId)).size,
    references: page.map((f) => toQueryReference(f, lookups, texts)),
    truncated: offset + page.length < facts.length,
  };
}

// One page of coding rows (sorted as lists show them) as listed references with text, and
// the whole list counted; the texts are read a batch of sources at a time, and let go (a page
// of many sources reads them through without keeping them).
export function rowsReferencePage(store: Store, lookups: Lookups, rows: Int32Array, offset: number, limit: number): ReferenceList {
  const { codings: c } = projectIndex(store);
  const page = Array.from(rows.subarray(Math.min(offset, rows.length), Math.min(rows.length, offset + limit)), (i) => factOfRow(c, i));
  const references: QueryReference[] = [];
  const passing = new Set(page.map((f) => f.sourceId)).size > PASSING_READ_SOURCES;
  const batchSize = passing ? PASSING_BATCH : TEXT_BATCH;
  let k = 0;
  while (k < page.length) {
    const batch = new Set<number>();
    let end = k;
    while (end < page.length && (batch.size < batchSize || batch.has((page[end] as ReferenceFact).sourceId))) batch.add((page[end++] as ReferenceFact).sourceId);
    const texts = loadSourceTexts(store, batch, { keep: !passing });
    for (; k < end; k++) references.push(toQueryReference(page[k] as ReferenceFact, lookups, texts));
  }
  return { total: rows.length, ...countSourcesAndCases(c, rows), references, truncated: offset + page.length < rows.length };
}
