import { describe, expect, it } from 'vitest';
import type { CodingRecord, Segment } from '../../../shared/model/entities.ts';
import { createOffsetIndex } from '../../../shared/text/code-points.ts';
import { parseSegments } from '../../../shared/text/speaker-turns.ts';
import { blockAt, blockBody, blockRuns, buildBlocks, codingsByBlock, trimRange } from './blocks.ts';
import { densityBins, stripeColumns } from './stripe-layout.ts';

const TEXT = ['Interview 3 😀', '', 'Interviewer: How did it start?', '', 'Ruth: Well, the college set it up.', 'It felt like 📝 inspection.', '', 'Loose closing note.'].join('\n');

function segmentsOf(text: string): Segment[] {
  return parseSegments(text, { speakers: ['Interviewer', 'Ruth'], continueTurns: true }).map((s, i) => ({
    id: i + 1,
    seq: i,
    kind: s.kind,
    start: s.start,
    end: s.end,
    speakerLabel: s.speakerLabel,
    labelStart: s.labelStart,
    labelEnd: s.labelEnd,
    timestamp: s.timestamp,
    caseId: null,
    isInterviewer: s.speakerLabel === 'Interviewer',
  }));
}

function coding(id: number, nodeId: number, start: number, end: number): CodingRecord {
  return { id, guid: `g${id}`, sourceId: 1, nodeId, start, end, coderId: null, createdAt: '' };
}

const index = createOffsetIndex(TEXT);
const cp = (phrase: string) => {
  const at = index.toCodePoint(TEXT.indexOf(phrase));
  return { start: at, end: at + Array.from(phrase).length };
};

describe('blocks', () => {
  it('makes one block per segment, in order, covering every non-space character', () => {
    const blocks = buildBlocks(index, segmentsOf(TEXT));
    const shown = blocks.map((b) => index.slice(b.start, b.end)).join('');
    expect(shown.replace(/\s/g, '')).toBe(TEXT.replace(/\s/g, ''));
    expect(blocks.map((b) => b.speakerLabel)).toEqual([null, 'Interviewer', 'Ruth', 'Ruth']); // the last paragraph continues Ruth's turn
  });

  it('turns text no segment covers into paragraph blocks', () => {
    const all = segmentsOf(TEXT);
    const blocks = buildBlocks(index, all.slice(1, 2));
    expect(blocks.map((b) => index.slice(b.start, b.end))).toEqual(['Interview 3 😀', 'Interviewer: How did it start?', 'Ruth: Well, the college set it up.\nIt felt like 📝 inspection.', 'Loose closing note.']);
    expect(buildBlocks(index, []).length).toBe(4);
  });

  it('finds the block at a position', () => {
    const blocks = buildBlocks(index, segmentsOf(TEXT));
    expect(blockAt(blocks, cp('college').start)).toBe(2);
    expect(blockAt(blocks, 0)).toBe(0);
    expect(blockAt(blocks, index.codePointLength)).toBe(blocks.length - 1);
  });

  it('lists the codings touching each block, a long coding in every block it spans', () => {
    const blocks = buildBlocks(index, segmentsOf(TEXT));
    const long = coding(1, 10, cp('start?').start, cp('college').end);
    const short = coding(2, 11, cp('inspection').start, cp('inspection').end);
    const empty = coding(3, 11, 5, 5);
    expect(codingsByBlock(blocks, [short, long, empty]).map((list) => list.map((c) => c.id))).toEqual([[], [1], [1, 2], []]);
  });

  it('cuts a block into runs at coding and label edges, with UTF-16 offsets for the DOM', () => {
    const blocks = buildBlocks(index, segmentsOf(TEXT));
    const ruth = blocks[2];
    if (!ruth) throw new Error('no block');
    const c = coding(2, 11, cp('📝 inspection').start, cp('📝 inspection').end);
    const runs = blockRuns(ruth, [c], index);
    expect(runs.map((r) => [TEXT.slice(r.from16, r.to16), r.label, r.codingIds])).toEqual([
      ['Ruth:', true, []],
      [' Well, the college set it up.\nIt felt like ', false, []],
      ['📝 inspection', false, [2]],
      ['.', false, []],
    ]);
    expect(runs[2]?.end).toBe(c.end);
  });

  it('codes a whole turn from the words after its label, and trims selections', () => {
    const blocks = buildBlocks(index, segmentsOf(TEXT));
    const body = blockBody(blocks[1] as (typeof blocks)[number], index);
    expect(index.slice(body.start, body.end)).toBe('How did it start?');
    const r = trimRange(index, cp(' Well, ').start, cp(' Well, ').end);
    expect(r && index.slice(r.start, r.end)).toBe('Well,');
    expect(trimRange(index, cp('\n\n').start, cp('\n\n').end)).toBeNull();
  });
});

describe('stripes and density', () => {
  it('gives each node one column, in codebook order, with its passages merged', () => {
    const order = new Map([
      [11, 0],
      [10, 1],
    ]);
    const cols = stripeColumns([coding(1, 10, 0, 10), coding(2, 11, 5, 8), coding(3, 10, 8, 20), coding(4, 10, 30, 40)], { start: 2, end: 35 }, order);
    expect(cols).toEqual([
      { nodeId: 11, codingIds: [2], ranges: [{ start: 5, end: 8 }] },
      {
        nodeId: 10,
        codingIds: [1, 3, 4],
        ranges: [
          { start: 2, end: 20 },
          { start: 30, end: 35 },
        ],
      },
    ]);
  });

  it('measures coding density per part of the text', () => {
    expect(densityBins([coding(1, 1, 0, 10), coding(2, 2, 0, 5)], 40, 4)).toEqual([1, 0, 0, 0]);
    expect(densityBins([coding(1, 1, 5, 15)], 20, 2)).toEqual([1, 1]);
    expect(densityBins([], 20, 2)).toEqual([0, 0]);
  });
});
