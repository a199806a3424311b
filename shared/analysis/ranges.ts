// Half-open ranges of code points: merging overlaps and measuring coverage.

export interface Span {
  start: number;
  end: number;
}

// Sorts ranges and merges those that overlap or touch.
export function mergeRanges(ranges: readonly Span[]): Span[] {
  const sorted = [...ranges].filter((r) => r.end > r.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ start: r.start, end: r.end });
  }
  return out;
}

// Tells whether two half-open ranges share at least one code point.
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

// The part of `inner` that lies inside `outer`, or null.
export function intersect(a: Span, b: Span): Span | null {
  const start = Math.max(a.start, b.start);
  const end = Math.min(a.end, b.end);
  return end > start ? { start, end } : null;
}

// Sorted start positions -> how many of them fall in [start, end) (binary search).
export function countStartsIn(sortedStarts: ArrayLike<number>, start: number, end: number): number {
  const lower = (x: number) => {
    let lo = 0;
    let hi = sortedStarts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((sortedStarts[mid] as number) < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return end > start ? lower(end) - lower(start) : 0;
}
