import { describe, expect, it } from 'vitest';
import { createGuidSource, timeOrderedGuid } from './guid.ts';

const V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/u;

function timeOf(guid: string): number {
  return Number.parseInt(guid.replace(/-/gu, '').slice(0, 12), 16);
}

describe('time-ordered guids', () => {
  it('are version-7 UUIDs whose first 48 bits are the time in milliseconds', () => {
    const at = Date.UTC(2026, 0, 2, 3, 4, 5, 6);
    const guid = createGuidSource(() => at)();
    expect(guid).toMatch(V7);
    expect(timeOf(guid)).toBe(at);
    expect(timeOrderedGuid()).toMatch(V7);
  });

  it('ascend and never repeat, within one millisecond, past the counter and when the clock steps back', () => {
    let now = 5_000;
    const next = createGuidSource(() => now);
    const guids = Array.from({ length: 5_000 }, () => next());
    now = 4_000;
    guids.push(next(), next());
    now = 9_000;
    guids.push(next());
    expect(new Set(guids).size).toBe(guids.length);
    expect([...guids].sort()).toEqual(guids);
    expect(guids.every((g) => V7.test(g))).toBe(true);
    expect(timeOf(guids.at(-1) ?? '')).toBe(9_000);
  });
});
