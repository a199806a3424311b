// The segment table of the shared queries index (index-cache.ts): every segment, in source
// and text order, assembled from per-source blocks (what the index keeps per source and
// replaces when a source's segments change). The codings are in coding-table.ts.

// One source's segments in text order (what the index keeps, and persists, per source):
// SEGMENT_FIELDS integers per segment, in the order of the SEGMENT_* offsets.
export interface SourceSegments {
  fields: Int32Array;
  // the distinct speaker labels of its segments, and whether any segment has a timestamp
  labels: string[];
  timestamps: boolean;
}

export const SEGMENT_FIELDS = 6;
export const SEGMENT_ID = 0;
export const SEGMENT_START = 1;
export const SEGMENT_END = 2;
// -1 = none
export const SEGMENT_CASE = 3;
// 1 = an interviewer turn
export const SEGMENT_INTERVIEWER = 4;
// where the words after the speaker label start
export const SEGMENT_TEXT_START = 5;

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

// Joins per-source blocks into the segment table (sources in id order, as the index keeps them).
export function assembleSegments(blocks: ReadonlyMap<number, SourceSegments>): SegmentTable {
  const sourceIds = [...blocks.keys()].sort((a, b) => a - b);
  let n = 0;
  let maxId = 0;
  for (const id of sourceIds) {
    const f = (blocks.get(id) as SourceSegments).fields;
    n += f.length / SEGMENT_FIELDS;
    for (let k = SEGMENT_ID; k < f.length; k += SEGMENT_FIELDS) if ((f[k] as number) > maxId) maxId = f[k] as number;
  }
  const t: SegmentTable = {
    count: n,
    id: new Int32Array(n),
    sourceId: new Int32Array(n),
    start: new Int32Array(n),
    end: new Int32Array(n),
    caseId: new Int32Array(n),
    interviewer: new Uint8Array(n),
    textStart: new Int32Array(n),
    rowOf: new Int32Array(maxId + 1).fill(-1),
    bySource: new Map(),
  };
  const rowNumbers = new Int32Array(n);
  for (let r = 0; r < n; r++) rowNumbers[r] = r;
  let r = 0;
  for (const sourceId of sourceIds) {
    const f = (blocks.get(sourceId) as SourceSegments).fields;
    const first = r;
    for (let k = 0; k < f.length; k += SEGMENT_FIELDS, r++) {
      const id = f[k + SEGMENT_ID] as number;
      t.id[r] = id;
      t.sourceId[r] = sourceId;
      t.start[r] = f[k + SEGMENT_START] as number;
      t.end[r] = f[k + SEGMENT_END] as number;
      t.caseId[r] = f[k + SEGMENT_CASE] as number;
      t.interviewer[r] = f[k + SEGMENT_INTERVIEWER] as number;
      t.textStart[r] = f[k + SEGMENT_TEXT_START] as number;
      t.rowOf[id] = r;
    }
    if (r > first) t.bySource.set(sourceId, rowNumbers.subarray(first, r));
  }
  return t;
}
