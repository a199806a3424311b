// A read-only index of the open project that queries share: lookups (nodes, cases,
// sources, coders), every segment and every coding with its speaker's case, in typed
// arrays (index-tables.ts), and the source texts read lately. It is never stale: the
// connection's change watch tells which tables and which rows changed since it was last
// brought up to date, and only those are read again (a coding action costs the next query
// the few rows it changed, not every coding). When it is first made after opening, it reads
// the rows the project keeps per source (index-store.ts) and the tables only for sources
// whose rows are missing, and writes those back.
import { tokenize } from '../../shared/search/tokenizer.ts';
import { changesOf } from '../db/change-watch.ts';
import type { Changes } from '../db/change-watch.ts';
import type { Store } from '../db/store.ts';
import { codingTuples, codingsById, labelTuples, segmentTuples, sourcesOfSegments } from './index-queries.ts';
import { CODING_FIELDS, keepCodings, keepInOwnTransaction, keepSegments, readKeptCodings, readKeptSegments } from './index-store.ts';
import { appendKeptRun, capacityFor, deriveCodingCases, emptyCodingTable, indexCodingIds, patchCodings } from './coding-table.ts';
import type { CodingTable } from './coding-table.ts';
import { assembleSegments } from './index-tables.ts';
import type { SegmentTable, SourceSegments } from './index-tables.ts';
import { readCases, readCoders, readNodes, readSources } from './lookup-read.ts';
import type { Lookups } from './lookup-read.ts';
import { createTextCache } from './text-cache.ts';
import type { TextCache } from './text-cache.ts';

export type { CodingTable } from './coding-table.ts';
export type { SegmentTable } from './index-tables.ts';

export interface ProjectIndex {
  lookups: Lookups;
  segments: SegmentTable;
  // per source, its segments in text order
  segmentBlocks: ReadonlyMap<number, SourceSegments>;
  codings: CodingTable;
  // rank of each source by name (list order)
  sourceRank: Map<number, number>;
  // terms of every speaker label, and whether labels carry timestamps
  labelTerms: Set<string>;
  labelTimestamps: boolean;
  // source texts read lately, indexed for code-point slicing (filled on demand)
  texts: TextCache;
  // the change watch's version the index is current at, and at which a segment or source last changed
  version: number;
  textVersion: number;
}

type LookupPart = 'nodes' | 'cases' | 'sources' | 'coders';

// Tables each part of the lookups is read from.
const LOOKUP_TABLES: Record<LookupPart, readonly string[]> = {
  nodes: ['nodes'],
  cases: ['cases', 'case_attribute_values', 'attributes', 'organisations', 'projects'],
  sources: ['sources', 'source_attribute_values', 'attributes', 'source_cases'],
  coders: ['coders'],
};

const WATCHED = [...new Set([...Object.values(LOOKUP_TABLES).flat(), 'segments', 'codings'])];

interface Entry {
  // the change watch's version the entry is current at
  built: number;
  // set when it was brought up to date inside a transaction (which may yet be rolled back):
  // the version it was current at before, so everything changed since is read again outside
  dirtyFrom: number | null;
  // the version at which a segment or source (and so the full-text index) last changed
  textVersion: number;
  lookups: Lookups;
  sourceRank: Map<number, number>;
  blocks: Map<number, SourceSegments>;
  segments: SegmentTable;
  labelTerms: Set<string>;
  labelTimestamps: boolean;
  codings: CodingTable | null;
  texts: TextCache;
}

const entries = new WeakMap<object, Entry>();
const labelTermsCache = new Map<string, string[]>();

function rankSources(lookups: Lookups): Map<number, number> {
  return new Map(
    [...lookups.sources.values()]
      .sort((a, b) => a.name.toLocaleLowerCase().localeCompare(b.name.toLocaleLowerCase()) || a.id - b.id)
      .map((src, i) => [src.id, i]),
  );
}

function labelsOf(blocks: ReadonlyMap<number, SourceSegments>): { labelTerms: Set<string>; labelTimestamps: boolean } {
  const labelTerms = new Set<string>();
  let labelTimestamps = false;
  for (const b of blocks.values()) {
    labelTimestamps ||= b.timestamps;
    for (const label of b.labels) {
      let terms = labelTermsCache.get(label);
      if (!terms) {
        terms = tokenize(label).map((t) => t.term);
        if (labelTermsCache.size > 10_000) labelTermsCache.clear();
        labelTermsCache.set(label, terms);
      }
      for (const term of terms) labelTerms.add(term);
    }
  }
  return { labelTerms, labelTimestamps };
}

function emptyBlock(): SourceSegments {
  return { fields: new Int32Array(0), labels: [], timestamps: false };
}

// The segments of some sources as the tables hold them (all: read every segment in one pass),
// read one at a time into each source's block.
function segmentBlocksFromTables(store: Store, sourceIds: readonly number[], all: boolean): Map<number, SourceSegments> {
  const blocks = new Map<number, SourceSegments>(sourceIds.map((id) => [id, emptyBlock()]));
  let current = -1;
  let fields: number[] = [];
  const close = () => {
    if (current >= 0) blocks.set(current, { fields: Int32Array.from(fields), labels: [], timestamps: false });
    fields = [];
  };
  for (const [id, sourceId, start, stop, caseId, interviewer, labelEnd] of segmentTuples(store, all ? null : sourceIds)) {
    if (sourceId !== current) {
      close();
      current = sourceId;
    }
    fields.push(id, start, stop, caseId ?? -1, interviewer, labelEnd === null ? start : Math.min(stop, Math.max(start, labelEnd)));
  }
  close();
  const { labels, timestamped } = labelTuples(store, all ? null : sourceIds);
  for (const [sourceId, label] of labels) blocks.get(sourceId)?.labels.push(label ?? '');
  for (const sourceId of timestamped) {
    const b = blocks.get(sourceId);
    if (b) b.timestamps = true;
  }
  return blocks;
}

// Every source's segments: the kept rows, and the tables for sources without one (written back).
function loadSegmentBlocks(store: Store, lookups: Lookups): Map<number, SourceSegments> {
  const sourceIds = [...lookups.sources.keys()];
  const kept = readKeptSegments(store);
  const missing = sourceIds.filter((id) => !kept.has(id));
  const blocks = new Map<number, SourceSegments>();
  for (const id of sourceIds) {
    const b = kept.get(id);
    if (b) blocks.set(id, b);
  }
  if (missing.length > 0) {
    for (const [id, b] of segmentBlocksFromTables(store, missing, missing.length > sourceIds.length / 2)) if (lookups.sources.has(id)) blocks.set(id, b);
    keepInOwnTransaction(store, () => keepSegments(store, blocks, missing));
  }
  return blocks;
}

// The codings of some sources as the tables hold them (all: every coding), source by source
// (sources in id order, each source's codings in id order), as flat rows of six integers.
function codingsFromTables(store: Store, sourceIds: readonly number[], all: boolean): Map<number, Int32Array> {
  const bySource = new Map<number, number[]>();
  for (const [id, nodeId, sourceId, start, end, coderId] of codingTuples(store, all ? null : sourceIds)) {
    let list = bySource.get(sourceId);
    if (!list) bySource.set(sourceId, (list = []));
    list.push(id, nodeId, start, end, coderId ?? -1, -1, 0);
  }
  const out = new Map<number, Int32Array>();
  for (const [sourceId, list] of bySource) {
    const rows = Int32Array.from(list);
    // in id order (a read by source comes in text order)
    const order = Int32Array.from({ length: rows.length / CODING_FIELDS }, (_, k) => k).sort((x, y) => (rows[x * CODING_FIELDS] as number) - (rows[y * CODING_FIELDS] as number));
    const sorted = new Int32Array(rows.length);
    order.forEach((k, j) => sorted.set(rows.subarray(k * CODING_FIELDS, (k + 1) * CODING_FIELDS), j * CODING_FIELDS));
    out.set(sourceId, sorted);
  }
  return out;
}

// Every coding: the kept rows, and the tables for sources without one (written back).
function loadCodings(store: Store, e: Entry): CodingTable {
  const sourceIds = [...e.lookups.sources.keys()].sort((a, b) => a - b);
  const kept = readKeptCodings(store);
  const missing = sourceIds.filter((id) => !kept.has(id));
  const fresh = missing.length > 0 ? codingsFromTables(store, missing, missing.length > sourceIds.length / 2) : new Map<number, Int32Array>();
  let n = 0;
  for (const ints of kept.values()) n += ints.length / CODING_FIELDS;
  for (const ints of fresh.values()) n += ints.length / CODING_FIELDS;
  const table = emptyCodingTable(capacityFor(n));
  for (const sourceId of sourceIds) {
    const ints = kept.get(sourceId) ?? fresh.get(sourceId);
    if (ints) appendKeptRun(table, sourceId, ints, CODING_FIELDS);
  }
  indexCodingIds(table);
  // the kept rows hold their cases; the rows read from the tables do not yet
  deriveCodingCases(table, e.blocks, e.lookups, missing);
  if (missing.length > 0) keepInOwnTransaction(store, () => keepCodings(store, table, missing));
  return table;
}

// Reads again the lookup parts whose tables changed; returns the sources whose only case changed (null: unknown).
function refreshLookups(store: Store, e: Entry, changed: (tables: readonly string[]) => boolean): Set<number> | null {
  const parts = (Object.keys(LOOKUP_TABLES) as LookupPart[]).filter((p) => changed(LOOKUP_TABLES[p]));
  if (parts.length === 0) return new Set();
  const old = e.lookups;
  const next: Lookups = { ...old };
  if (parts.includes('nodes')) next.nodes = readNodes(store);
  if (parts.includes('cases')) next.cases = readCases(store);
  if (parts.includes('coders')) next.coders = readCoders(store);
  let singleChanged: Set<number> | null = new Set();
  if (parts.includes('sources')) {
    next.sources = readSources(store);
    e.sourceRank = rankSources(next);
    for (const [id, s] of next.sources) if (old.sources.get(id)?.singleCaseId !== s.singleCaseId) singleChanged.add(id);
    let removed = false;
    for (const id of old.sources.keys()) if (!next.sources.has(id) && e.blocks.delete(id)) removed = true;
    if (removed) e.segments = assembleSegments(e.blocks);
    if (singleChanged.size > next.sources.size / 2) singleChanged = null;
  }
  e.lookups = next;
  return singleChanged;
}

// Reads again the segments of sources whose segments or own row changed (a corrected text
// makes a new block even when no segment moved); returns those sources (null: every source).
function refreshSegments(store: Store, e: Entry, changes: Changes, since: number): Set<number> | null {
  const rows = changes.rowsChangedSince('segments', since);
  const sourceRows = changes.rowsChangedSince('sources', since);
  if (rows === null || sourceRows === null) {
    e.blocks = loadSegmentBlocks(store, e.lookups);
  } else {
    const affected = new Set<number>(rows.size > 0 ? sourcesOfSegments(store, rows) : []);
    for (const id of rows) {
      const row = id < e.segments.rowOf.length ? (e.segments.rowOf[id] as number) : -1;
      if (row >= 0) affected.add(e.segments.sourceId[row] as number);
    }
    for (const id of sourceRows) affected.add(id);
    if (affected.size === 0) return affected;
    for (const [id, b] of segmentBlocksFromTables(store, [...affected], false)) {
      if (e.lookups.sources.has(id)) e.blocks.set(id, b);
      else e.blocks.delete(id);
    }
    e.segments = assembleSegments(e.blocks);
    Object.assign(e, labelsOf(e.blocks));
    return affected;
  }
  e.segments = assembleSegments(e.blocks);
  Object.assign(e, labelsOf(e.blocks));
  return null;
}

// Brings the codings up to date: the changed rows are read again and patched in.
function refreshCodings(store: Store, e: Entry, changes: Changes, since: number, casesOf: Set<number> | null): void {
  if (!e.codings) return;
  const rows = changes.rowsChangedSince('codings', since);
  if (rows === null) {
    e.codings = null;
    return;
  }
  const touched = new Set<number>(casesOf ?? []);
  if (rows.size > 0) {
    const patched = patchCodings(e.codings, rows, codingsById(store, rows));
    e.codings = patched.table;
    for (const id of patched.touched) touched.add(id);
  }
  if (casesOf === null) deriveCodingCases(e.codings, e.blocks, e.lookups);
  else if (touched.size > 0) deriveCodingCases(e.codings, e.blocks, e.lookups, touched);
}

// Brings an entry up to date with every change after `since`.
function refresh(store: Store, e: Entry, changes: Changes, since: number): void {
  if (changes.changedSince(['segments', 'sources'], since)) e.textVersion = changes.version;
  const singleChanged = refreshLookups(store, e, (tables) => changes.changedSince(tables, since));
  const segmentSources = changes.changedSince(['segments', 'sources'], since) ? refreshSegments(store, e, changes, since) : new Set<number>();
  let casesOf: Set<number> | null = null;
  if (singleChanged !== null && segmentSources !== null) casesOf = new Set([...singleChanged, ...segmentSources]);
  refreshCodings(store, e, changes, since, casesOf);
  const texts = changes.rowsChangedSince('sources', since);
  if (texts === null) e.texts.clear();
  else for (const id of texts) e.texts.delete(id);
}

function freshEntry(store: Store, version: number): Entry {
  const lookups: Lookups = { nodes: readNodes(store), cases: readCases(store), sources: readSources(store), coders: readCoders(store) };
  const blocks = loadSegmentBlocks(store, lookups);
  return { built: version, dirtyFrom: null, textVersion: version, lookups, sourceRank: rankSources(lookups), blocks, segments: assembleSegments(blocks), ...labelsOf(blocks), codings: null, texts: createTextCache() };
}

// The index of the project as it is now: what changed since it was last brought up to date is read again.
export function projectIndex(store: Store): ProjectIndex {
  const changes = changesOf(store, WATCHED);
  const inTransaction = store.db.inTransaction;
  let e = entries.get(store.db);
  if (!e) {
    e = freshEntry(store, changes.version);
    // made inside a transaction that may be rolled back: read everything again outside it
    if (inTransaction) e.dirtyFrom = -1;
    entries.set(store.db, e);
  } else {
    const since = e.dirtyFrom ?? e.built;
    if (since < changes.version || (e.dirtyFrom !== null && !inTransaction)) refresh(store, e, changes, since);
    e.built = changes.version;
    e.dirtyFrom = inTransaction ? since : null;
  }
  const entry = e;
  return {
    lookups: entry.lookups,
    segments: entry.segments,
    segmentBlocks: entry.blocks,
    sourceRank: entry.sourceRank,
    labelTerms: entry.labelTerms,
    labelTimestamps: entry.labelTimestamps,
    texts: entry.texts,
    version: changes.version,
    textVersion: entry.textVersion,
    // read on first use (text search does not need it)
    get codings() {
      entry.codings ??= loadCodings(store, entry);
      return entry.codings;
    },
  };
}

// Drops what the index holds for a connection, so the next query reads it again (the bench's cold start).
export function forgetProjectIndex(store: Store): void {
  entries.delete(store.db);
}
