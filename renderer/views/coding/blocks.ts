// The reading view's units: a source's text cut into blocks (its speaker turns and
// paragraphs, plus any text no segment covers), the codings that touch each block, and
// each block cut into runs at every coding and label edge so the DOM can mark them.
// Positions are code points of the source text; runs also carry UTF-16 offsets (the DOM's).
import type { CodingRecord, Segment } from '../../../shared/model/entities.ts';
import type { OffsetIndex } from '../../../shared/text/code-points.ts';

export interface Block {
  index: number;
  start: number;
  end: number;
  segmentId: number | null;
  kind: Segment['kind'];
  speakerLabel: string | null;
  labelStart: number | null;
  labelEnd: number | null;
  timestamp: string | null;
  caseId: number | null;
  isInterviewer: boolean;
}

export interface Run {
  // code points of the source text
  start: number;
  end: number;
  // UTF-16 offsets of the same place (what the DOM counts)
  from16: number;
  to16: number;
  label: boolean;
  // ids of the codings covering this run, in the order of the block's codings
  codingIds: number[];
}

const NON_SPACE = /\S/u;

function plainBlock(index: number, start: number, end: number): Block {
  return { index, start, end, segmentId: null, kind: 'paragraph', speakerLabel: null, labelStart: null, labelEnd: null, timestamp: null, caseId: null, isInterviewer: false };
}

// Splits text that no segment covers at blank lines into paragraph blocks (whitespace-only parts are left out).
function gapBlocks(index: OffsetIndex, from: number, to: number, out: Block[]): void {
  if (to <= from) return;
  const text = index.slice(from, to);
  const re = /\n[ \t]*\n/gu;
  let at16 = 0;
  const base16 = index.toUtf16(from);
  const emit = (a16: number, b16: number) => {
    const piece = text.slice(a16, b16);
    if (!NON_SPACE.test(piece)) return;
    const lead = piece.length - piece.trimStart().length;
    const trail = piece.length - piece.trimEnd().length;
    const start = index.toCodePoint(base16 + a16 + lead);
    const end = index.toCodePoint(base16 + b16 - trail);
    out.push(plainBlock(out.length, start, end));
  };
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    emit(at16, m.index);
    at16 = m.index + m[0].length;
  }
  emit(at16, text.length);
}

// Cuts the text into blocks: one per segment, with uncovered text as paragraphs, in text order.
export function buildBlocks(index: OffsetIndex, segments: readonly Segment[]): Block[] {
  const sorted = [...segments].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || a.seq - b.seq);
  const out: Block[] = [];
  let covered = 0;
  for (const s of sorted) {
    const start = Math.max(s.start, covered);
    const end = Math.min(s.end, index.codePointLength);
    if (end <= start) continue;
    gapBlocks(index, covered, start, out);
    out.push({
      index: out.length,
      start,
      end,
      segmentId: s.id,
      kind: s.kind,
      speakerLabel: s.speakerLabel,
      labelStart: s.labelStart !== null && s.labelStart >= start ? s.labelStart : null,
      labelEnd: s.labelEnd !== null && s.labelStart !== null && s.labelStart >= start ? Math.min(s.labelEnd, end) : null,
      timestamp: s.timestamp,
      caseId: s.caseId,
      isInterviewer: s.isInterviewer,
    });
    covered = end;
  }
  gapBlocks(index, covered, index.codePointLength, out);
  return out;
}

// The index of the block holding a position (or the nearest one after it; the last block past the end).
export function blockAt(blocks: readonly Block[], pos: number): number {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((blocks[mid] as Block).end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(0, lo);
}

// For every block, the codings that overlap it (non-empty codings only), in coding order.
export function codingsByBlock(blocks: readonly Block[], codings: readonly CodingRecord[]): CodingRecord[][] {
  const out: CodingRecord[][] = blocks.map(() => []);
  const sorted = [...codings].filter((c) => c.end > c.start).sort((a, b) => a.start - b.start || b.end - a.end || a.id - b.id);
  for (const c of sorted) {
    for (let i = blockAt(blocks, c.start); i < blocks.length; i++) {
      const b = blocks[i] as Block;
      if (b.start >= c.end) break;
      if (b.end > c.start) (out[i] as CodingRecord[]).push(c);
    }
  }
  return out;
}

// Cuts a block into runs at every coding edge and the label's edges.
export function blockRuns(block: Block, codings: readonly CodingRecord[], index: OffsetIndex): Run[] {
  const cuts = new Set<number>([block.start, block.end]);
  if (block.labelStart !== null && block.labelEnd !== null && block.labelEnd > block.labelStart) {
    cuts.add(block.labelStart);
    cuts.add(block.labelEnd);
  }
  for (const c of codings) {
    if (c.start > block.start && c.start < block.end) cuts.add(c.start);
    if (c.end > block.start && c.end < block.end) cuts.add(c.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    runs.push({
      start,
      end,
      from16: index.toUtf16(start),
      to16: index.toUtf16(end),
      label: block.labelStart !== null && block.labelEnd !== null && start >= block.labelStart && end <= block.labelEnd,
      codingIds: codings.filter((c) => c.start <= start && c.end >= end).map((c) => c.id),
    });
  }
  return runs;
}

// The words after a turn's speaker label (the whole block when it has none), for "code this turn".
export function blockBody(block: Block, index: OffsetIndex): { start: number; end: number } {
  let start = block.labelEnd ?? block.start;
  const text = index.slice(start, block.end);
  const lead = text.length - text.trimStart().length;
  start = index.toCodePoint(index.toUtf16(start) + lead);
  return start < block.end ? { start, end: block.end } : { start: block.start, end: block.end };
}

// Shrinks a range so it neither starts nor ends with white space (null if nothing is left).
export function trimRange(index: OffsetIndex, start: number, end: number): { start: number; end: number } | null {
  if (end <= start) return null;
  const text = index.slice(start, end);
  const lead = text.length - text.trimStart().length;
  const trail = text.length - text.trimEnd().length;
  if (lead + trail >= text.length) return null;
  const s16 = index.toUtf16(start);
  return { start: index.toCodePoint(s16 + lead), end: index.toCodePoint(s16 + text.length - trail) };
}
