// References (codings) as queries see them: each with the speaker's case (the case of
// the turn it starts in, else the source's only case - the rule `codings --json` uses),
// whether it starts in an interviewer turn, and the scope's filters applied; one page of
// them with their coded text.
import type { QueryReference, QueryScope } from '../../shared/model/queries.ts';
import { createOffsetIndex } from '../../shared/text/code-points.ts';
import type { OffsetIndex } from '../../shared/text/code-points.ts';
import type { Store } from '../db/store.ts';
import { projectIndex } from './index-cache.ts';
import { sourceTexts } from './index-queries.ts';
import { caseInScope, scopeHasCaseParts, sourcesInScope } from './lookup.ts';
import type { Lookups } from './lookup.ts';

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

export interface ReferenceSelection {
  // codings at these nodes (null = every node)
  nodeIds: number[] | null;
  scope?: QueryScope;
  // only these codings
  codingIds?: number[];
}

// Visits the row (in the project index's coding table) of every reference a selection covers, scope applied.
export function forEachReference(store: Store, lookups: Lookups, selection: ReferenceSelection, visit: (row: number, caseId: number | null) => void): void {
  const { codings: c } = projectIndex(store);
  const scope = selection.scope;
  const allowedSources = sourcesInScope(lookups, scope);
  const nodes = selection.nodeIds ? new Set(selection.nodeIds) : null;
  const coders = scope?.coderIds ? new Set(scope.coderIds) : null;
  const only = selection.codingIds ? new Set(selection.codingIds) : null;
  const checkCases = scopeHasCaseParts(scope);
  const excludeInterviewer = scope?.excludeInterviewer === true;
  // a case passes or fails the scope once, not once per reference
  const caseVerdict = new Map<number, boolean>();
  for (let i = 0; i < c.count; i++) {
    if (nodes && !nodes.has(c.nodeId[i] as number)) continue;
    if (only && !only.has(c.id[i] as number)) continue;
    if (allowedSources && !allowedSources.has(c.sourceId[i] as number)) continue;
    if (excludeInterviewer && c.interviewer[i] === 1) continue;
    const coderId = c.coderId[i] as number;
    if (coders && (coderId < 0 || !coders.has(coderId))) continue;
    const raw = c.caseId[i] as number;
    const caseId = raw < 0 ? null : raw;
    if (checkCases) {
      let ok = caseVerdict.get(raw);
      if (ok === undefined) caseVerdict.set(raw, (ok = caseInScope(lookups, scope, caseId)));
      if (!ok) continue;
    }
    visit(i, caseId);
  }
}

// Picks the references a selection covers from the project index, with case and interviewer flag, scope applied.
export function loadReferenceFacts(store: Store, lookups: Lookups, selection: ReferenceSelection): ReferenceFact[] {
  const { codings: c } = projectIndex(store);
  const out: ReferenceFact[] = [];
  forEachReference(store, lookups, selection, (i, caseId) => {
    const coderId = c.coderId[i] as number;
    out.push({
      codingId: c.id[i] as number,
      nodeId: c.nodeId[i] as number,
      sourceId: c.sourceId[i] as number,
      start: c.start[i] as number,
      end: c.end[i] as number,
      coderId: coderId < 0 ? null : coderId,
      caseId,
      interviewer: c.interviewer[i] === 1,
    });
  });
  return out;
}

// Sorts references by source name, then position (the order lists show).
export function sortBySourceName(facts: ReferenceFact[], store: Store): ReferenceFact[] {
  const rank = projectIndex(store).sourceRank;
  return facts.sort((a, b) => (a.sourceId === b.sourceId ? a.start - b.start || a.end - b.end || a.codingId - b.codingId : (rank.get(a.sourceId) ?? 0) - (rank.get(b.sourceId) ?? 0)));
}

const SURROGATE = /[\uD800-\uDFFF]/;

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

// The texts of some sources, indexed for code-point slicing (kept in the project index until the project changes).
export function loadSourceTexts(store: Store, sourceIds: Iterable<number>): Map<number, OffsetIndex> {
  const { texts } = projectIndex(store);
  const ids = [...new Set(sourceIds)];
  const missing = ids.filter((id) => !texts.has(id));
  if (missing.length > 0) {
    for (const { id, text } of sourceTexts(store, missing)) texts.set(id, indexText(text));
  }
  const out = new Map<number, OffsetIndex>();
  for (const id of ids) {
    const text = texts.get(id);
    if (text) out.set(id, text);
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
    text: sliceText(texts.get(fact.sourceId), fact.start, fact.end),
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
