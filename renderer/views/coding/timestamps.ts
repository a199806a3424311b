// Turn timestamps as seconds, for playing a linked recording from a turn and for
// knowing which turn is playing.
import type { Block } from './blocks.ts';

const CLOCK = /(\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,](\d{1,3}))?/;

// Seconds from a timestamp as transcripts write it ("00:13", "[01:02:03]", "1:02:03.5"), or null.
export function timestampSeconds(stamp: string | null): number | null {
  const m = CLOCK.exec(stamp ?? '');
  if (!m) return null;
  const [a, b, c] = [Number(m[1]), Number(m[2]), m[3] === undefined ? null : Number(m[3])];
  const fraction = m[4] === undefined ? 0 : Number(`0.${m[4]}`);
  if (b >= 60 || (c !== null && c >= 60)) return null;
  return (c === null ? a * 60 + b : a * 3600 + b * 60 + c) + fraction;
}

export interface TimedBlock {
  index: number;
  seconds: number;
}

// The blocks that carry a timestamp, in text order with their seconds.
export function timedBlocks(blocks: readonly Block[]): TimedBlock[] {
  const out: TimedBlock[] = [];
  for (const b of blocks) {
    const s = timestampSeconds(b.timestamp);
    if (s !== null) out.push({ index: b.index, seconds: s });
  }
  return out;
}

// The block playing at `seconds`: the last timed block starting at or before it (null before the first).
export function blockAtTime(timed: readonly TimedBlock[], seconds: number): number | null {
  let found: number | null = null;
  for (const t of timed) {
    if (t.seconds <= seconds + 0.05) found = t.index;
    else if (found !== null) break;
  }
  return found;
}

// Where to start playing for block i: its own timestamp, else the nearest earlier one (0 when none).
export function secondsForBlock(timed: readonly TimedBlock[], index: number): number {
  let seconds = 0;
  for (const t of timed) {
    if (t.index > index) break;
    seconds = t.seconds;
  }
  return seconds;
}
