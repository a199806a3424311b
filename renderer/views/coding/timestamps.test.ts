import { describe, expect, it } from 'vitest';
import type { Block } from './blocks.ts';
import { blockAtTime, secondsForBlock, timedBlocks, timestampSeconds } from './timestamps.ts';

describe('timestamps', () => {
  it.each([
    ['00:13', 13],
    ['[01:02:03]', 3723],
    ['1:02:03.5', 3723.5],
    ['(12:30)', 750],
    ['12:75', null],
    ['no time', null],
    [null, null],
  ])('%j is %j seconds', (stamp, seconds) => {
    expect(timestampSeconds(stamp)).toBe(seconds);
  });

  const block = (index: number, timestamp: string | null): Block => ({ index, start: index * 10, end: index * 10 + 5, segmentId: index, kind: 'turn', speakerLabel: 'A', labelStart: null, labelEnd: null, timestamp, caseId: null, isInterviewer: false });
  const timed = timedBlocks([block(0, null), block(1, '00:05'), block(2, null), block(3, '00:20'), block(4, '00:41')]);

  it('knows which turn is playing', () => {
    expect(blockAtTime(timed, 2)).toBeNull();
    expect(blockAtTime(timed, 5)).toBe(1);
    expect(blockAtTime(timed, 19.9)).toBe(1);
    expect(blockAtTime(timed, 300)).toBe(4);
  });

  it('plays a turn without a timestamp from the nearest earlier one', () => {
    expect(secondsForBlock(timed, 2)).toBe(5);
    expect(secondsForBlock(timed, 0)).toBe(0);
    expect(secondsForBlock(timed, 3)).toBe(20);
  });
});
