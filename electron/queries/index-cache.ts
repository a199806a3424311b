// A read-only index of the open project that queries share: lookups (nodes, cases,
// sources, coders), every segment and every coding with its speaker's case, in typed
// arrays, and the source texts read so far. Each part is read again as soon as a row it
// comes from changes (the connection's change watch tells which tables changed; a commit
// by another connection re-reads everything), so it is never stale; it saves reading
// 100,000 codings for every query, and coding a passage does not make the next search
// re-read the segments.
import { tokenize } from '../../shared/search/tokenizer.ts';
import type { OffsetIndex } from '../../shared/text/code-points.ts';
import { changesOf } from '../db/change-watch.ts';
import type { Store } from '../db/store.ts';
import { codingTuples, labelRows, segmentTuples } from './index-queries.ts';
import { readLookups } from './lookup-read.ts';
import type { Lookups } from './lookup-read.ts';

export interface SegmentTable {
  count: number;
  id: Int32Array;
  sourceId: Int32Array;
  start: Int32Array;
  end: Int32Array;
  // -1 = none
  caseId: Int32Array;
  interviewer: Uint8Array;
  // where the words after the speaker label start
  textStart: Int32Array;
  // segment id -> row (-1 = none)
  rowOf: Int32Array;
  // rows of each source, in text order
  bySource: Map<number, Int32Array>;
}

export interface CodingTable {
  count: number;
  id: Int32Array;
  nodeId: Int32Array;
  sourceId: Int32Array;
  start: Int32Array;
  end: Int32Array;
  // -1 = none
  coderId: Int32Array;
  // the speaker's case: the case of the turn the coding starts in, else the source's only case (-1 = none)
  caseId: Int32Array;
  // the coding starts in an interviewer turn
  interviewer: Uint8Array;
}

export interface ProjectIndex {
  lookups: Lookups;
  segments: SegmentTable;
  codings: CodingTable;
  // rank of each source by name (list order)
  sourceRank: Map<number, number>;
  // terms of every speaker label, and whether labels carry timestamps
  labelTerms: Set<string>;
  labelTimestamps: boolean;
  // source texts read so far, indexed for code-point slicing (filled on demand)
  texts: Map<number, OffsetIndex>;
}

function readSegments(store: Store): SegmentTable {
  const rows = segmentTuples(store);
  const n = rows.length;
  const t: SegmentTable = {
    count: n,
    id: new Int32Array(n),
    sourceId: new Int32Array(n),
    start: new Int32Array(n),
    end: new Int32Array(n),
    caseId: new Int32Array(n),
    interviewer: new Uint8Array(n),
    textStart: new Int32Array(n),
    rowOf: new Int32Array(0),
    bySource: new Map(),
  };
  const rowsFrom = (first: number, end: number) => Int32Array.from({ length: end - first }, (_, k) => first + k);
  let maxId = 0;
  let runStart = 0;
  let runSource = -1;
  let i = 0;
  for (const [id, sourceId, start, end, caseId, interviewer, labelEnd] of rows) {
    if (sourceId !== runSource) {
      if (i > runStart) t.bySource.set(runSource, rowsFrom(runStart, i));
      runStart = i;
      runSource = sourceId;
    }
    t.id[i] = id;
    t.sourceId[i] = sourceId;
    t.start[i] = start;
    t.end[i] = end;
    t.caseId[i] = caseId ?? -1;
    t.interviewer[i] = interviewer;
    t.textStart[i] = labelEnd === null ? start : Math.min(end, Math.max(start, labelEnd));
    if (id > maxId) maxId = id;
    i++;
  }
  if (n > runStart) t.bySource.set(runSource, rowsFrom(runStart, n));
  t.rowOf = new Int32Array(maxId + 1).fill(-1);
  for (let r = 0; r < n; r++) t.rowOf[t.id[r] as number] = r;
  return t;
}

// The row of the segment holding a position: the last one starting at or before it.
export function segmentRowAt(segments: SegmentTable, sourceId: number, position: number): number {
  const rows = segments.bySource.get(sourceId);
  if (!rows || rows.length === 0) return -1;
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((segments.start[rows[mid] as number] as number) <= position) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? -1 : (rows[lo - 1] as number);
}

function readCodings(store: Store, lookups: Lookups, segments: SegmentTable): CodingTable {
  const rows = codingTuples(store);
  const n = rows.length;
  const t: CodingTable = {
    count: n,
    id: new Int32Array(n),
    nodeId: new Int32Array(n),
    sourceId: new Int32Array(n),
    start: new Int32Array(n),
    end: new Int32Array(n),
    coderId: new Int32Array(n),
    caseId: new Int32Array(n),
    interviewer: new Uint8Array(n),
  };
  let i = 0;
  for (const [id, nodeId, sourceId, start, end, coderId] of rows) {
    t.id[i] = id;
    t.nodeId[i] = nodeId;
    t.sourceId[i] = sourceId;
    t.start[i] = start;
    t.end[i] = end;
    t.coderId[i] = coderId ?? -1;
    // the turn the coding starts in (segments never overlap)
    const row = segmentRowAt(segments, sourceId, start);
    const inTurn = row >= 0 && (segments.end[row] as number) >= start;
    const turnCase = inTurn ? (segments.caseId[row] as number) : -1;
    t.caseId[i] = turnCase >= 0 ? turnCase : (lookups.sources.get(sourceId)?.singleCaseId ?? -1);
    t.interviewer[i] = row >= 0 ? (segments.interviewer[row] as number) : 0;
    i++;
  }
  return t;
}

type Part = 'codings' | 'segments' | 'sources' | 'lookups';

// Tables whose rows each part of the index is read from.
const PART_TABLES: Record<Part, readonly string[]> = {
  codings: ['codings'],
  segments: ['segments'],
  sources: ['sources'],
  lookups: ['nodes', 'cases', 'case_attribute_values', 'source_attribute_values', 'source_cases', 'attributes', 'organisations', 'projects', 'coders'],
};

const WATCHED = Object.values(PART_TABLES).flat();

interface Entry {
  // the change watch's version the parts were read at
  built: number;
  lookups: Lookups;
  sourceRank: Map<number, number>;
  segments: SegmentTable;
  labelTerms: Set<string>;
  labelTimestamps: boolean;
  codings: CodingTable | null;
  texts: Map<number, OffsetIndex>;
}

const entries = new WeakMap<object, Entry>();

function readLabels(store: Store): { labelTerms: Set<string>; labelTimestamps: boolean } {
  const labelTerms = new Set<string>();
  const { labels, timestamps } = labelRows(store);
  for (const label of labels) {
    for (const t of tokenize(label ?? '')) labelTerms.add(t.term);
  }
  return { labelTerms, labelTimestamps: timestamps };
}

function rankSources(lookups: Lookups): Map<number, number> {
  return new Map(
    [...lookups.sources.values()]
      .sort((a, b) => a.name.toLocaleLowerCase().localeCompare(b.name.toLocaleLowerCase()) || a.id - b.id)
      .map((src, i) => [src.id, i]),
  );
}

// Reads again the parts of an entry whose tables changed after it was read.
function refresh(store: Store, e: Entry, changed: (part: Part) => boolean): void {
  const sourcesStale = changed('sources');
  const lookupsStale = changed('lookups') || sourcesStale;
  const segmentsStale = changed('segments');
  if (lookupsStale) {
    e.lookups = readLookups(store);
    e.sourceRank = rankSources(e.lookups);
  }
  if (segmentsStale) {
    e.segments = readSegments(store);
    Object.assign(e, readLabels(store));
  }
  if (sourcesStale) e.texts = new Map();
  if (lookupsStale || segmentsStale || changed('codings')) e.codings = null;
}

// The index of the project as it is now: parts whose tables changed since they were read are read again.
export function projectIndex(store: Store): ProjectIndex {
  const changes = changesOf(store, WATCHED);
  let e = entries.get(store.db);
  if (!e) {
    // first use (or after forgetProjectIndex): read everything
    const lookups = readLookups(store);
    e = { built: changes.version, lookups, sourceRank: rankSources(lookups), segments: readSegments(store), ...readLabels(store), codings: null, texts: new Map() };
    entries.set(store.db, e);
  } else {
    const built = e.built;
    refresh(store, e, (part) => changes.changedSince(PART_TABLES[part], built));
    e.built = changes.version;
  }
  const entry = e;
  return {
    lookups: entry.lookups,
    segments: entry.segments,
    sourceRank: entry.sourceRank,
    labelTerms: entry.labelTerms,
    labelTimestamps: entry.labelTimestamps,
    texts: entry.texts,
    // read on first use (text search does not need it)
    get codings() {
      entry.codings ??= readCodings(store, entry.lookups, entry.segments);
      return entry.codings;
    },
  };
}

// Drops what the index holds for a connection, so the next query reads everything (the bench's cold start).
export function forgetProjectIndex(store: Store): void {
  entries.delete(store.db);
}
