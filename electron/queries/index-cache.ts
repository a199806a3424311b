// A read-only index of the open project that queries share: lookups (nodes, cases,
// sources, coders), every segment and every coding with its speaker's case, in typed
// arrays, and the source texts read so far. Each part is read again as soon as a row it
// comes from changes (temporary triggers on this connection count the changes; a commit
// by another connection re-reads everything), so it is never stale; it saves reading
// 100,000 codings for every query, and coding a passage does not make the next search
// re-read the segments.
import { tokenize } from '../../shared/search/tokenizer.ts';
import type { OffsetIndex } from '../../shared/text/code-points.ts';
import { sql } from '../db/statements.ts';
import type { Store } from '../db/store.ts';
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

function readSegments(store: Store, lookups: Lookups): SegmentTable {
  const rows = sql(store, 'SELECT id, source_id, start, end, case_id, is_interviewer, label_end FROM segments ORDER BY source_id, start').raw().all() as [number, number, number, number, number | null, number, number | null][];
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
  let maxId = 0;
  let runStart = 0;
  for (let i = 0; i < n; i++) {
    const [id, sourceId, start, end, caseId, interviewer, labelEnd] = rows[i] as [number, number, number, number, number | null, number, number | null];
    t.id[i] = id;
    t.sourceId[i] = sourceId;
    t.start[i] = start;
    t.end[i] = end;
    t.caseId[i] = caseId ?? -1;
    t.interviewer[i] = interviewer;
    t.textStart[i] = labelEnd === null ? start : Math.min(end, Math.max(start, labelEnd));
    if (id > maxId) maxId = id;
    const next = rows[i + 1];
    if (!next || next[1] !== sourceId) {
      t.bySource.set(sourceId, Int32Array.from({ length: i + 1 - runStart }, (_, k) => runStart + k));
      runStart = i + 1;
    }
  }
  t.rowOf = new Int32Array(maxId + 1).fill(-1);
  for (let i = 0; i < n; i++) t.rowOf[t.id[i] as number] = i;
  void lookups;
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
  const rows = sql(store, 'SELECT id, node_id, source_id, start, end, coder_id FROM codings').raw().all() as [number, number, number, number, number, number | null][];
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
  for (let i = 0; i < n; i++) {
    const [id, nodeId, sourceId, start, end, coderId] = rows[i] as [number, number, number, number, number, number | null];
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
  }
  return t;
}

type Part = 'codings' | 'segments' | 'sources' | 'lookups';

// Tables whose rows each part of the index is read from.
const WATCHED: Record<string, Part> = {
  codings: 'codings',
  segments: 'segments',
  sources: 'sources',
  nodes: 'lookups',
  cases: 'lookups',
  case_attribute_values: 'lookups',
  source_attribute_values: 'lookups',
  source_cases: 'lookups',
  attributes: 'lookups',
  organisations: 'lookups',
  projects: 'lookups',
  coders: 'lookups',
};

interface Entry {
  // versions the parts were built at
  built: Record<Part, number>;
  dataVersion: number;
  lookups: Lookups;
  sourceRank: Map<number, number>;
  segments: SegmentTable;
  labelTerms: Set<string>;
  labelTimestamps: boolean;
  codings: CodingTable | null;
  texts: Map<number, OffsetIndex>;
}

interface Watch {
  // bumped by temporary triggers whenever a row of a watched table changes on this connection
  versions: Record<Part, number>;
  entry: Entry | null;
}

const watches = new WeakMap<object, Watch>();

// Installs per-connection temporary triggers that count row changes per part (nothing is written to the file).
function watch(store: Store): Watch {
  let w = watches.get(store.db);
  if (w) return w;
  const state: Watch = { versions: { codings: 0, segments: 0, sources: 0, lookups: 0 }, entry: null };
  store.db.function('alens_queries_touch', { deterministic: false }, (part: unknown) => {
    if (typeof part === 'string' && part in state.versions) state.versions[part as Part]++;
    return null;
  });
  for (const [table, part] of Object.entries(WATCHED)) {
    for (const event of ['INSERT', 'UPDATE', 'DELETE']) {
      store.db.exec(`CREATE TEMP TRIGGER IF NOT EXISTS alens_queries_${table}_${event.toLowerCase()} AFTER ${event} ON main.${table} BEGIN SELECT alens_queries_touch('${part}'); END`);
    }
  }
  watches.set(store.db, state);
  w = state;
  return w;
}

function readLabels(store: Store): { labelTerms: Set<string>; labelTimestamps: boolean } {
  const labelTerms = new Set<string>();
  for (const label of sql(store, 'SELECT DISTINCT speaker_label FROM segments WHERE label_end IS NOT NULL').pluck().all() as (string | null)[]) {
    for (const t of tokenize(label ?? '')) labelTerms.add(t.term);
  }
  return { labelTerms, labelTimestamps: sql(store, 'SELECT 1 FROM segments WHERE timestamp IS NOT NULL LIMIT 1').get() !== undefined };
}

function rankSources(lookups: Lookups): Map<number, number> {
  return new Map(
    [...lookups.sources.values()]
      .sort((a, b) => a.name.toLocaleLowerCase().localeCompare(b.name.toLocaleLowerCase()) || a.id - b.id)
      .map((src, i) => [src.id, i]),
  );
}

// The index of the project as it is now: parts whose tables changed since they were read are read again.
export function projectIndex(store: Store): ProjectIndex {
  const w = watch(store);
  const dataVersion = Number(store.db.pragma('data_version', { simple: true }));
  const v = { ...w.versions };
  let e = w.entry;
  if (!e || e.dataVersion !== dataVersion) {
    // first use, or another connection committed: read everything
    const lookups = readLookups(store);
    e = { built: v, dataVersion, lookups, sourceRank: rankSources(lookups), segments: readSegments(store, lookups), ...readLabels(store), codings: null, texts: new Map() };
  } else {
    const lookupsStale = e.built.lookups !== v.lookups || e.built.sources !== v.sources;
    const segmentsStale = e.built.segments !== v.segments;
    if (lookupsStale) {
      e.lookups = readLookups(store);
      e.sourceRank = rankSources(e.lookups);
    }
    if (segmentsStale) {
      e.segments = readSegments(store, e.lookups);
      Object.assign(e, readLabels(store));
    }
    if (e.built.sources !== v.sources) e.texts = new Map();
    if (lookupsStale || segmentsStale || e.built.codings !== v.codings) e.codings = null;
    e.built = v;
  }
  w.entry = e;
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
  const w = watches.get(store.db);
  if (w) w.entry = null;
}
