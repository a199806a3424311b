// Kept word counts for word frequency over sources: each source's words are counted once
// (piece by piece, exactly as the selection's text would be read: every segment after its
// speaker label) per speaker group - the segments of one case and interviewer flag, which a
// scope keeps or leaves out together - with how often each word is written and where it is
// first used. A query then adds up the groups its scope keeps. Counts live in memory per
// connection and in the project (migration 0013's word columns, dropped by trigger when the
// source's segments or text change); a source without them is counted from its text.
import { countedKey, rankWords, writtenForm } from '../../shared/analysis/word-frequency.ts';
import type { CountedWord, WordFrequencyOptions } from '../../shared/analysis/word-frequency.ts';
import { forEachWord } from '../../shared/analysis/words.ts';
import type { QueryScope, WordFrequencyResult } from '../../shared/model/queries.ts';
import type { Store } from '../db/store.ts';
import { projectIndex } from './index-cache.ts';
import type { ProjectIndex } from './index-cache.ts';
import { keptRows, sourceTexts } from './index-queries.ts';
import { blobOf, int32sOf, keepInOwnTransaction, keepSegments, KEPT_FORMAT, keptRowsTrusted } from './index-store.ts';
import { SEGMENT_CASE, SEGMENT_END, SEGMENT_FIELDS, SEGMENT_INTERVIEWER, SEGMENT_TEXT_START } from './index-tables.ts';
import type { SourceSegments } from './index-tables.ts';
import { caseInScope, scopeHasCaseParts, sourcesInScope } from './lookup.ts';
import { sliceText, indexText } from './references.ts';

// One source's counts: per group [caseId, interviewer, n, then n x (word id, count, first use)], word ids global.
interface SourceWords {
  block: SourceSegments;
  groups: Int32Array;
}

interface WordState {
  // every word as written, by id
  words: string[];
  idOf: Map<string, number>;
  bySource: Map<number, SourceWords>;
  // the key of each word id for the options last asked (-1: left out), and the keys
  keyCache: Map<string, { ids: Int32Array; keys: string[]; upTo: number }>;
}

const states = new WeakMap<object, WordState>();
const TEXT_BATCH = 200;
// uses within one source are numbered below this (first use = source id * USES + use)
const USES = 2 ** 27;

function stateOf(store: Store): WordState {
  let state = states.get(store.db);
  if (!state) states.set(store.db, (state = { words: [], idOf: new Map(), bySource: new Map(), keyCache: new Map() }));
  return state;
}

function wordId(state: WordState, word: string): number {
  let id = state.idOf.get(word);
  if (id === undefined) {
    id = state.words.length;
    state.words.push(word);
    state.idOf.set(word, id);
  }
  return id;
}

interface GroupCounts {
  caseId: number;
  interviewer: number;
  // by local word number: uses, and the first use (-1: not used in this group)
  counts: Int32Array;
  firsts: Int32Array;
  // the word numbers used, in order of first use
  used: number[];
}

function groupCounts(caseId: number, interviewer: number): GroupCounts {
  return { caseId, interviewer, counts: new Int32Array(256), firsts: new Int32Array(256).fill(-1), used: [] };
}

function grow(g: GroupCounts, n: number): void {
  if (n < g.counts.length) return;
  const size = Math.max(n + 1, g.counts.length * 2);
  const counts = new Int32Array(size);
  counts.set(g.counts);
  const firsts = new Int32Array(size).fill(-1);
  firsts.set(g.firsts);
  g.counts = counts;
  g.firsts = firsts;
}

// Counts one source's words from its text: the forms in first-use order, and the groups with local word numbers.
function countSource(block: SourceSegments, text: string): { forms: string[]; groups: Int32Array } {
  const indexed = indexText(text);
  const forms: string[] = [];
  const local = new Map<string, number>();
  // group key "case:interviewer" -> counts by local word number
  const groups = new Map<string, GroupCounts>();
  let use = 0;
  let group: GroupCounts | undefined;
  const visit = (word: string) => {
    let n = local.get(word);
    if (n === undefined) {
      n = forms.length;
      forms.push(word);
      local.set(word, n);
    }
    const g = group as GroupCounts;
    grow(g, n);
    if (g.firsts[n] === -1) {
      g.firsts[n] = use;
      g.used.push(n);
    }
    g.counts[n] = (g.counts[n] as number) + 1;
    use++;
  };
  const f = block.fields;
  for (let k = 0; k < f.length; k += SEGMENT_FIELDS) {
    const from = f[k + SEGMENT_TEXT_START] as number;
    const end = f[k + SEGMENT_END] as number;
    if (from >= end) continue;
    const caseId = f[k + SEGMENT_CASE] as number;
    const interviewer = f[k + SEGMENT_INTERVIEWER] as number;
    const key = `${caseId}:${interviewer}`;
    group = groups.get(key);
    if (!group) groups.set(key, (group = groupCounts(caseId, interviewer)));
    forEachWord(sliceText(indexed, from, end), visit);
  }
  const out: number[] = [groups.size];
  for (const g of groups.values()) {
    out.push(g.caseId, g.interviewer, g.used.length);
    for (const n of g.used) out.push(n, g.counts[n] as number, g.firsts[n] as number);
  }
  return { forms, groups: Int32Array.from(out) };
}

// Local word numbers made global.
function globalGroups(state: WordState, forms: readonly string[], groups: Int32Array): Int32Array {
  const ids = forms.map((f) => wordId(state, f));
  const out = groups.slice();
  let k = 1;
  for (let g = 0; g < (groups[0] as number); g++) {
    const n = out[k + 2] as number;
    k += 3;
    for (let j = 0; j < n; j++, k += 3) out[k] = ids[out[k] as number] as number;
  }
  return out;
}

// Makes sure every source asked for has current counts: kept in memory, kept in the project, or counted now.
function ensureCounts(store: Store, index: ProjectIndex, sourceIds: readonly number[]): WordState {
  const state = stateOf(store);
  const stale = sourceIds.filter((id) => state.bySource.get(id)?.block !== index.segmentBlocks.get(id));
  if (stale.length === 0) return state;
  if (keptRowsTrusted(store)) {
    for (const row of keptRows.words(store, stale)) {
      const block = index.segmentBlocks.get(row.source_id);
      if (!block || row.format !== KEPT_FORMAT) continue;
      const forms: unknown = JSON.parse(row.word_forms);
      if (Array.isArray(forms) && forms.every((f): f is string => typeof f === 'string')) state.bySource.set(row.source_id, { block, groups: globalGroups(state, forms, int32sOf(row.word_counts)) });
    }
  }
  const missing = stale.filter((id) => state.bySource.get(id)?.block !== index.segmentBlocks.get(id));
  for (let i = 0; i < missing.length; i += TEXT_BATCH) {
    const counted: { sourceId: number; forms: string[]; groups: Int32Array }[] = [];
    for (const { id, text } of sourceTexts(store, missing.slice(i, i + TEXT_BATCH))) {
      const block = index.segmentBlocks.get(id);
      if (!block) continue;
      const { forms, groups } = countSource(block, text);
      counted.push({ sourceId: id, forms, groups });
      state.bySource.set(id, { block, groups: globalGroups(state, forms, groups) });
    }
    keepInOwnTransaction(store, () => {
      keepSegments(store, index.segmentBlocks, counted.map((c) => c.sourceId));
      for (const c of counted) keptRows.keepWords(store, c.sourceId, JSON.stringify(c.forms), blobOf(c.groups));
    });
  }
  return state;
}

// The sources (of some) whose word counts are not in memory for the current segments.
export function staleWordCounts(store: Store, sourceIds: readonly number[]): number[] {
  const state = stateOf(store);
  const blocks = projectIndex(store).segmentBlocks;
  return sourceIds.filter((id) => state.bySource.get(id)?.block !== blocks.get(id));
}

// Makes sure some sources have current word counts (kept in memory, kept in the project,
// or counted now), so a later word frequency over them only adds them up.
export function prepareWordCounts(store: Store, sourceIds: readonly number[]): void {
  ensureCounts(store, projectIndex(store), sourceIds);
}

// The key id of every word id for some options (-1: left out), extended as new words come.
function keysFor(state: WordState, options: Pick<WordFrequencyOptions, 'stem' | 'stopWords' | 'minLength'>): { ids: Int32Array; keys: string[] } {
  const signature = `${options.stem ? 1 : 0}|${options.minLength}|${[...(options.stopWords ?? [])].join(' ')}|${options.stopWords ? 1 : 0}`;
  let cached = state.keyCache.get(signature);
  if (!cached || cached.ids.length < state.words.length) {
    const ids = new Int32Array(Math.max(state.words.length, 16)).fill(-1);
    const keys = cached?.keys ?? [];
    const keyIndex = new Map(keys.map((k, i) => [k, i]));
    if (cached) ids.set(cached.ids.subarray(0, cached.upTo));
    for (let w = cached?.upTo ?? 0; w < state.words.length; w++) {
      const key = countedKey(state.words[w] as string, options);
      if (key === null) continue;
      let k = keyIndex.get(key);
      if (k === undefined) {
        k = keys.length;
        keys.push(key);
        keyIndex.set(key, k);
      }
      ids[w] = k;
    }
    if (state.keyCache.size > 8) state.keyCache.clear();
    cached = { ids, keys, upTo: state.words.length };
    state.keyCache.set(signature, cached);
  }
  return cached;
}

interface Tally {
  count: Float64Array;
  sources: Float64Array;
  lastSource: Float64Array;
  first: Float64Array;
}

function tally(n: number): Tally {
  return { count: new Float64Array(n), sources: new Float64Array(n), lastSource: new Float64Array(n).fill(-1), first: new Float64Array(n).fill(Infinity) };
}

// Word frequency over the sources of a scope (the segments after their speaker labels), from kept counts.
export function keptWordFrequency(store: Store, scope: QueryScope | undefined, options: WordFrequencyOptions): WordFrequencyResult {
  const index = projectIndex(store);
  const { lookups } = index;
  const allowed = sourcesInScope(lookups, scope);
  // sources in id order, as the segment table holds them
  const sourceIds = [...index.segmentBlocks.keys()].filter((id) => !allowed || allowed.has(id)).sort((a, b) => a - b);
  const state = ensureCounts(store, index, sourceIds);
  const { ids: keyOf, keys } = keysFor(state, options);
  const checkCases = scopeHasCaseParts(scope);
  const verdicts = new Map<number, boolean>();
  const byKey = tally(keys.length);
  const byWord = tally(state.words.length);
  let totalWords = 0;
  for (const sourceId of sourceIds) {
    const groups = state.bySource.get(sourceId)?.groups;
    if (!groups) continue;
    const single = lookups.sources.get(sourceId)?.singleCaseId ?? null;
    let k = 1;
    for (let g = 0; g < (groups[0] as number); g++) {
      const caseId = groups[k] as number;
      const interviewer = groups[k + 1] === 1;
      const n = groups[k + 2] as number;
      k += 3;
      const owner = interviewer ? null : caseId >= 0 ? caseId : single;
      let keep = !(scope?.excludeInterviewer && interviewer);
      if (keep && checkCases) {
        let ok = verdicts.get(owner ?? -1);
        if (ok === undefined) verdicts.set(owner ?? -1, (ok = caseInScope(lookups, scope, owner)));
        keep = ok;
      }
      if (!keep) {
        k += n * 3;
        continue;
      }
      for (let j = 0; j < n; j++, k += 3) {
        const w = groups[k] as number;
        const count = groups[k + 1] as number;
        const first = sourceId * USES + (groups[k + 2] as number);
        totalWords += count;
        const key = keyOf[w] as number;
        if (key < 0) continue;
        byWord.count[w] = (byWord.count[w] as number) + count;
        if (first < (byWord.first[w] as number)) byWord.first[w] = first;
        byKey.count[key] = (byKey.count[key] as number) + count;
        if (first < (byKey.first[key] as number)) byKey.first[key] = first;
        if (byKey.lastSource[key] !== sourceId) {
          byKey.lastSource[key] = sourceId;
          byKey.sources[key] = (byKey.sources[key] as number) + 1;
        }
      }
    }
  }
  const entries: CountedWord[] = [];
  const entryOf = new Map<number, CountedWord>();
  for (let key = 0; key < keys.length; key++) {
    if ((byKey.count[key] as number) === 0) continue;
    const entry: CountedWord = { key: keys[key] as string, count: byKey.count[key] as number, sources: byKey.sources[key] as number, first: byKey.first[key] as number, forms: new Map() };
    entries.push(entry);
    entryOf.set(key, entry);
  }
  for (let w = 0; w < state.words.length; w++) {
    if ((byWord.count[w] as number) === 0) continue;
    const entry = entryOf.get(keyOf[w] as number);
    if (!entry) continue;
    const form = writtenForm(state.words[w] as string);
    const known = entry.forms.get(form);
    if (known) {
      known.count += byWord.count[w] as number;
      known.first = Math.min(known.first, byWord.first[w] as number);
    } else entry.forms.set(form, { count: byWord.count[w] as number, first: byWord.first[w] as number });
  }
  return { totalWords, distinctWords: entries.length, words: rankWords(entries, options.limit) };
}
