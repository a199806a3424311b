// Find and replace across one source or the whole project (reading only the sources the
// trigram index says may hold what is looked for). Replacing goes through the
// same correction path as typing in a turn (editSourceText inside one action), so
// codings follow the text, and codings whose whole text a replacement deletes are
// reported first and removed only when the user confirmed them.
import type { CodingBrief, FindMatch, FindResult, PlainEdit, ReplaceResult } from '../../shared/model/workspace.ts';
import { ApiError } from '../../shared/errors.ts';
import { createOffsetIndex } from '../../shared/text/code-points.ts';
import { findPattern } from '../../shared/text/find-pattern.ts';
import { normaliseText } from '../../shared/text/normalise.ts';
import type { Store } from '../db/store.ts';
import { runAction } from '../db/undo-log.ts';
import { applyEditsWithin, codingBriefs, removeConfirmedEmptied, withRollback } from './corrections.ts';
import { codingQueries } from '../codings/queries.ts';
import { hasTrigramCaseGap } from './find-case-gaps.ts';
import { sourceIdsInOrder, sourcesHolding, textsOf } from './find-queries.ts';
import { sourceQueries } from './queries.ts';

export interface FindOptions {
  query: string;
  sourceId?: number;
  matchCase?: boolean;
  wholeWord?: boolean;
}

const CONTEXT = 40;
const MAX_REPLACE = 10_000;

interface SourceText {
  id: number;
  name: string;
  text: string;
  revision: number;
}

// Trigrams of a query looked up at most (any of them narrows the sources to read; all are not needed).
const MAX_TRIGRAMS = 32;
// Texts read from the project at a time.
const TEXT_BATCH = 50;

// The FTS5 expression asking the trigram index for sources holding every three characters
// of the query (null when it is shorter than three characters, or holds a character the
// index may fold unlike the search: every source is read).
export function trigramMatch(query: string): string | null {
  const chars = [...normaliseText(query)];
  if (chars.length < 3 || hasTrigramCaseGap(query)) return null;
  const trigrams = new Set<string>();
  for (let i = 0; i + 3 <= chars.length && trigrams.size < MAX_TRIGRAMS; i++) trigrams.add(chars.slice(i, i + 3).join(''));
  return [...trigrams].map((t) => `"${t.replace(/"/g, '""')}"`).join(' AND ');
}

// The sources a find reads, in list order (name, then id), their texts read a few at a time:
// one source, or those the trigram index says may hold the query (the index folds case as
// the search does, so it never leaves out a source the search would find).
function* sourcesToSearch(store: Store, options: FindOptions): Generator<SourceText> {
  if (options.sourceId !== undefined) {
    const one = sourceQueries(store).text.get(options.sourceId);
    if (!one) throw new ApiError('NOT_FOUND', 'That source no longer exists.');
    yield one;
    return;
  }
  const match = trigramMatch(options.query);
  const holding = match === null ? null : new Set(sourcesHolding(store, match));
  const ids = sourceIdsInOrder(store).filter((id) => !holding || holding.has(id));
  for (let i = 0; i < ids.length; i += TEXT_BATCH) {
    const batch = ids.slice(i, i + TEXT_BATCH);
    const texts = new Map(textsOf(store, batch).map((t) => [t.id, t]));
    for (const id of batch) {
      const text = texts.get(id);
      if (text) yield text;
    }
  }
}

// Every hit of the query in one source, in code points, in text order (at most `limit`).
function hitsIn(source: SourceText, pattern: RegExp, limit: number): FindMatch[] {
  const out: FindMatch[] = [];
  pattern.lastIndex = 0;
  let index: ReturnType<typeof createOffsetIndex> | null = null;
  for (let m = pattern.exec(source.text); m !== null && out.length < limit; m = pattern.exec(source.text)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    index ??= createOffsetIndex(source.text);
    const from = m.index;
    const to = from + m[0].length;
    out.push({
      sourceId: source.id,
      sourceName: source.name,
      start: index.toCodePoint(from),
      end: index.toCodePoint(to),
      before: source.text.slice(Math.max(0, from - CONTEXT), from).replace(/^[\uDC00-\uDFFF]/, ''),
      match: m[0],
      after: source.text.slice(to, to + CONTEXT).replace(/[\uD800-\uDBFF]$/, ''),
    });
  }
  return out;
}

// Finds the query in one source or in every source.
export function findText(store: Store, options: FindOptions & { limit?: number }): FindResult {
  const limit = options.limit ?? 1000;
  const pattern = findPattern(options);
  const matches: FindMatch[] = [];
  for (const source of sourcesToSearch(store, options)) {
    matches.push(...hitsIn(source, pattern, limit + 1 - matches.length));
    if (matches.length > limit) return { matches: matches.slice(0, limit), truncated: true };
  }
  return { matches, truncated: false };
}

interface Planned {
  source: SourceText;
  edits: PlainEdit[];
}

function plan(store: Store, options: FindOptions, replacement: string): Planned[] {
  const pattern = findPattern(options);
  const insert = normaliseText(replacement);
  const planned: Planned[] = [];
  let total = 0;
  for (const source of sourcesToSearch(store, options)) {
    const hits = hitsIn(source, pattern, MAX_REPLACE + 1 - total);
    total += hits.length;
    if (total > MAX_REPLACE) throw new ApiError('TOO_LARGE', `"${options.query}" occurs more than ${MAX_REPLACE.toLocaleString('en-GB')} times. Narrow the search (match case, whole words, one source) and replace in parts.`);
    const edits = hits.filter((h) => h.match !== insert).map((h) => ({ start: h.start, end: h.end, insert }));
    if (edits.length > 0) planned.push({ source, edits });
  }
  return planned;
}

function replaceWithin(store: Store, planned: readonly Planned[], confirmed: readonly number[] | null): { emptied: number[]; removed: number[] } {
  let emptied: number[] = [];
  let removed: number[] = [];
  runAction(store, 'Replace text', (rec) => {
    for (const p of planned) emptied = emptied.concat(applyEditsWithin(rec, p.source.id, p.source.revision, p.edits).emptied);
    if (confirmed !== null) removed = removeConfirmedEmptied(rec, emptied, confirmed);
  });
  return { emptied, removed };
}

// Tells what replacing every hit would do, without writing: how many, where, and which codings it would empty.
export function previewReplace(store: Store, options: FindOptions, replacement: string): ReplaceResult {
  const planned = plan(store, options, replacement);
  const replaced = planned.reduce((n, p) => n + p.edits.length, 0);
  if (replaced === 0) return { applied: false, replaced: 0, sources: 0, emptied: [], removedCodings: [] };
  const ids = planned.flatMap((p) => codingQueries(store).idsOfSource.all(p.source.id));
  const briefs = new Map(codingBriefs(store, ids).map((b) => [b.id, b]));
  const emptied = withRollback(store, () => replaceWithin(store, planned, null).emptied);
  return { applied: false, replaced, sources: planned.length, emptied: emptied.map((id) => briefs.get(id)).filter((b): b is CodingBrief => b !== undefined), removedCodings: [] };
}

// Replaces every hit as one undoable action; codings it empties must be listed in removeEmptied.
export function replaceText(store: Store, options: FindOptions, replacement: string, removeEmptied: readonly number[]): ReplaceResult {
  const planned = plan(store, options, replacement);
  const replaced = planned.reduce((n, p) => n + p.edits.length, 0);
  if (replaced === 0) return { applied: false, replaced: 0, sources: 0, emptied: [], removedCodings: [] };
  const ids = planned.flatMap((p) => codingQueries(store).idsOfSource.all(p.source.id));
  const briefs = new Map(codingBriefs(store, ids).map((b) => [b.id, b]));
  const { emptied, removed } = replaceWithin(store, planned, removeEmptied);
  return { applied: true, replaced, sources: planned.length, emptied: emptied.map((id) => briefs.get(id)).filter((b): b is CodingBrief => b !== undefined), removedCodings: removed };
}
