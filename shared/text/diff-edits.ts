// The smallest set of edits, in code points, that turns one text into another: how a
// corrected turn is saved, so that codings away from the changes do not move and a
// coding between two changes is not swallowed by one edit spanning both.
//
// Myers' O((N+M)D) difference on code points, after trimming the common prefix and
// suffix; when the texts differ too much (D over maxDistance) it falls back to one edit
// covering everything between the common prefix and suffix. Neighbouring edits inside one
// word ("there" -> "their") are joined into one, which reads better and moves no coding
// boundary that lies between words.
import type { TextEdit } from './edits.ts';

export interface DiffOptions {
  // give up on the fine-grained diff above this many inserted plus deleted code points
  maxDistance?: number;
  // join two edits when the unchanged text between them is at most this long and has no space or punctuation
  joinWithinWord?: number;
}

const WORD_CHAR = /^[\p{L}\p{N}\p{M}_']+$/u;

// Edits (in text order, non-overlapping, against `before`) that turn `before` into `after`.
export function diffEdits(before: string, after: string, options: DiffOptions = {}): TextEdit[] {
  const a = Array.from(before);
  const b = Array.from(after);
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  const x = a.slice(prefix, a.length - suffix);
  const y = b.slice(prefix, b.length - suffix);
  if (x.length === 0 && y.length === 0) return [];
  if (x.length === 0 || y.length === 0) return slideToWordEdges([{ start: prefix, end: prefix + x.length, insert: y.join('') }], a);
  const script = myers(x, y, options.maxDistance ?? 2000);
  if (script === null) return [{ start: prefix, end: prefix + x.length, insert: y.join('') }];
  return joinWithinWords(slideToWordEdges(toEdits(script, x, y, prefix), a), a, options.joinWithinWord ?? 3);
}

type Op = 'equal' | 'delete' | 'insert';

// The edit script from x to y as a list of operations, or null beyond maxDistance.
function myers(x: readonly string[], y: readonly string[], maxDistance: number): Op[] | null {
  const n = x.length;
  const m = y.length;
  const max = Math.min(n + m, maxDistance);
  const offset = max + 1;
  let v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    const next = v.slice();
    for (let k = -d; k <= d; k += 2) {
      let px: number;
      if (k === -d || (k !== d && (v[offset + k - 1] as number) < (v[offset + k + 1] as number))) px = v[offset + k + 1] as number;
      else px = (v[offset + k - 1] as number) + 1;
      let py = px - k;
      while (px < n && py < m && x[px] === y[py]) {
        px++;
        py++;
      }
      next[offset + k] = px;
      if (px >= n && py >= m) {
        trace.push(next);
        return backtrack(trace, n, m, offset);
      }
    }
    v = next;
  }
  return null;
}

function backtrack(trace: Int32Array[], n: number, m: number, offset: number): Op[] {
  const ops: Op[] = [];
  let px = n;
  let py = m;
  for (let d = trace.length - 2; d >= 0; d--) {
    const v = trace[d] as Int32Array;
    const k = px - py;
    const prevK = k === -d || (k !== d && (v[offset + k - 1] as number) < (v[offset + k + 1] as number)) ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : (v[offset + prevK] as number);
    const prevY = prevX - prevK;
    while (px > prevX && py > prevY) {
      ops.push('equal');
      px--;
      py--;
    }
    if (d > 0) {
      ops.push(px === prevX ? 'insert' : 'delete');
      px = prevX;
      py = prevY;
    }
  }
  while (px > 0 && py > 0) {
    ops.push('equal');
    px--;
    py--;
  }
  return ops.reverse();
}

function toEdits(ops: readonly Op[], x: readonly string[], y: readonly string[], base: number): TextEdit[] {
  const edits: TextEdit[] = [];
  let i = 0;
  let j = 0;
  let current: { start: number; end: number; insert: string } | null = null;
  for (const op of ops) {
    if (op === 'equal') {
      if (current) edits.push(current);
      current = null;
      i++;
      j++;
      continue;
    }
    current ??= { start: base + i, end: base + i, insert: '' };
    if (op === 'delete') {
      current.end++;
      i++;
    } else {
      current.insert += y[j];
      j++;
    }
  }
  if (current) edits.push(current);
  void x;
  return edits;
}

// How well a place between two characters suits an edit's edge: 2 beside a space or the text's end, 1 beside other non-word characters.
function edgeScore(left: string | undefined, right: string | undefined): number {
  const score = (c: string | undefined) => (c === undefined || /^\s$/u.test(c) ? 2 : WORD_CHAR.test(c) ? 0 : 1);
  return Math.max(score(left), score(right));
}

// Slides each pure insertion or deletion (which may sit anywhere in a run of repeated text) to word edges.
function slideToWordEdges(edits: TextEdit[], before: readonly string[]): TextEdit[] {
  return edits.map((edit, i) => {
    const low = i > 0 ? (edits[i - 1] as TextEdit).end + 1 : 0;
    const high = i + 1 < edits.length ? (edits[i + 1] as TextEdit).start - 1 : before.length;
    if (edit.start === edit.end && edit.insert !== '') {
      // candidates: the same insertion rotated through equal text to the left and right
      let best = { edit, score: -1 };
      const consider = (start: number, chars: string[]) => {
        const score = edgeScore(before[start - 1], chars[0]) + edgeScore(chars[chars.length - 1], before[start]);
        if (score > best.score) best = { edit: { start, end: start, insert: chars.join('') }, score };
      };
      let chars = Array.from(edit.insert);
      consider(edit.start, chars);
      for (let p = edit.start; p > low && before[p - 1] === chars[chars.length - 1]; p--) {
        chars = [before[p - 1] as string, ...chars.slice(0, -1)];
        consider(p - 1, chars);
      }
      chars = Array.from(edit.insert);
      for (let p = edit.start; p < high && before[p] === chars[0]; p++) {
        chars = [...chars.slice(1), before[p] as string];
        consider(p + 1, chars);
      }
      return best.edit;
    }
    if (edit.insert === '' && edit.end > edit.start) {
      let best = { edit, score: -1 };
      const consider = (start: number, end: number) => {
        const score = edgeScore(before[start - 1], before[start]) + edgeScore(before[end - 1], before[end]);
        if (score > best.score) best = { edit: { start, end, insert: '' }, score };
      };
      consider(edit.start, edit.end);
      for (let s = edit.start, e = edit.end; s > low && before[s - 1] === before[e - 1]; s--, e--) consider(s - 1, e - 1);
      for (let s = edit.start, e = edit.end; e < high && before[s] === before[e]; s++, e++) consider(s + 1, e + 1);
      return best.edit;
    }
    return edit;
  });
}

function joinWithinWords(edits: TextEdit[], before: readonly string[], maxGap: number): TextEdit[] {
  const out: TextEdit[] = [];
  for (const edit of edits) {
    const prev = out[out.length - 1];
    if (prev) {
      const gap = before.slice(prev.end, edit.start).join('');
      if (gap.length > 0 && Array.from(gap).length <= maxGap && WORD_CHAR.test(gap)) {
        out[out.length - 1] = { start: prev.start, end: edit.end, insert: prev.insert + gap + edit.insert };
        continue;
      }
    }
    out.push(edit);
  }
  return out;
}
