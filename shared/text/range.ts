// Ranges and positions in a canonical text, counted in code points.

// A half-open range [start, end) of code points.
export interface Range {
  readonly start: number;
  readonly end: number;
}

// Which side a position goes to when text is inserted exactly there, or when the text around it is replaced.
export type Bias = 'before' | 'after';

// Throws a RangeError unless the range is integral, ordered and (when a length is given) inside the text.
export function assertValidRange(range: Range, length?: number): void {
  const { start, end } = range;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start) {
    throw new RangeError(`range [${String(start)}, ${String(end)}) is not 0 <= start <= end with integers`);
  }
  if (length !== undefined && end > length) {
    throw new RangeError(`range [${String(start)}, ${String(end)}) ends past the text (${String(length)})`);
  }
}
