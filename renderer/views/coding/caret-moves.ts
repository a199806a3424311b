// Where the transcript's keyboard caret goes (caret browsing): which key asks for which
// move, and the moves that need no layout - by character (a whole user-perceived
// character), by word, to a turn's start or end, to the next or previous turn. Moves by
// line need the layout and live in use-transcript-caret.ts; without one they fall back to
// turns. Positions are code points of the source text; a turn's start is where its words
// begin (after the speaker label), its end is the end of its text.
import type { OffsetIndex } from '../../../shared/text/code-points.ts';
import { blockBody } from './blocks.ts';
import type { Block } from './blocks.ts';
import type { KeyPress } from './coding-keys.ts';

export type CaretUnit = 'character' | 'word' | 'line' | 'line-edge' | 'turn-edge' | 'turn';

// A caret key: what to move by, which way, and whether the selection grows (Shift) or the caret moves alone.
export interface CaretMove {
  unit: CaretUnit;
  direction: 1 | -1;
  extend: boolean;
}

const ARROWS: Readonly<Record<string, { plain: CaretUnit; ctrl: CaretUnit; direction: 1 | -1 }>> = {
  ArrowRight: { plain: 'character', ctrl: 'word', direction: 1 },
  ArrowLeft: { plain: 'character', ctrl: 'word', direction: -1 },
  ArrowDown: { plain: 'line', ctrl: 'turn', direction: 1 },
  ArrowUp: { plain: 'line', ctrl: 'turn', direction: -1 },
  End: { plain: 'line-edge', ctrl: 'turn-edge', direction: 1 },
  Home: { plain: 'line-edge', ctrl: 'turn-edge', direction: -1 },
};

// The caret move a key press asks for, or null (Alt and Cmd combinations are left to the page).
export function caretMoveForKey(press: KeyPress): CaretMove | null {
  if (press.altKey || press.metaKey) return null;
  const arrow = ARROWS[press.key];
  if (!arrow) return null;
  return { unit: press.ctrlKey ? arrow.ctrl : arrow.plain, direction: arrow.direction, extend: press.shiftKey };
}

// The caret's selection: where it started (anchor) and where the caret is (focus); equal when nothing is selected.
export interface CaretRange {
  anchor: number;
  focus: number;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const words = new Intl.Segmenter(undefined, { granularity: 'word' });
// how far (UTF-16 units) a word or character is looked for either side of the caret
const CHARACTER_REACH = 64;
const WORD_REACH = 4000;

// The block a position belongs to: the one holding it, the one ending at it, or the nearest after it.
export function blockOfPosition(blocks: readonly Block[], pos: number): number {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((blocks[mid] as Block).end < pos) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(0, lo);
}

// Where a turn's words start: after its speaker label and the space after it.
export function turnStart(block: Block, index: OffsetIndex): number {
  return blockBody(block, index).start;
}

// The next (or previous) boundary of a user-perceived character from `pos`, within [from, to].
function characterStep(index: OffsetIndex, pos: number, direction: 1 | -1, from: number, to: number): number {
  const at16 = index.toUtf16(pos);
  if (direction === 1) {
    const end16 = Math.min(index.toUtf16(to), at16 + CHARACTER_REACH);
    const first = graphemes.segment(index.text.slice(at16, end16))[Symbol.iterator]().next();
    return first.done ? pos : Math.min(to, index.toCodePoint(at16 + first.value.segment.length));
  }
  const start16 = Math.max(index.toUtf16(from), at16 - CHARACTER_REACH);
  let last = 0;
  for (const s of graphemes.segment(index.text.slice(start16, at16))) last = s.index;
  return Math.max(from, index.toCodePoint(start16 + last));
}

// The end of the word at or after `pos` (forward), or the start of the word before it (backward), within [from, to]; null when there is none.
function wordStep(index: OffsetIndex, pos: number, direction: 1 | -1, from: number, to: number): number | null {
  const at16 = index.toUtf16(pos);
  if (direction === 1) {
    const end16 = Math.min(index.toUtf16(to), at16 + WORD_REACH);
    for (const s of words.segment(index.text.slice(at16, end16))) {
      if (s.isWordLike) return index.toCodePoint(at16 + s.index + s.segment.length);
    }
    return null;
  }
  const start16 = Math.max(index.toUtf16(from), at16 - WORD_REACH);
  let found: number | null = null;
  for (const s of words.segment(index.text.slice(start16, at16))) {
    if (s.isWordLike) found = start16 + s.index;
  }
  return found === null ? null : index.toCodePoint(found);
}

// The caret's position after a move that needs no layout (lines fall back to turns).
export function movedCaret(blocks: readonly Block[], index: OffsetIndex, pos: number, move: Pick<CaretMove, 'unit' | 'direction' | 'extend'>): number {
  if (blocks.length === 0) return pos;
  const forward = move.direction === 1;
  let i = blockOfPosition(blocks, pos);
  // where one turn ends exactly where the next starts, a forward move belongs to the next
  if (forward && (blocks[i] as Block).end === pos && (blocks[i + 1]?.start ?? Infinity) <= pos) i++;
  const block = blocks[i] as Block;
  const start = turnStart(block, index);
  const next = blocks[i + 1];
  const previous = blocks[i - 1];
  switch (move.unit) {
    case 'character':
      if (forward) return pos < block.end ? characterStep(index, pos, 1, pos, block.end) : next ? turnStart(next, index) : pos;
      if (pos > start) return characterStep(index, pos, -1, start, pos);
      return previous ? Math.min(previous.end, pos) : pos;
    case 'word': {
      if (forward) {
        const inTurn = pos < block.end ? wordStep(index, pos, 1, pos, block.end) : null;
        if (inTurn !== null) return inTurn;
        if (pos < block.end) return block.end;
        return next ? (wordStep(index, turnStart(next, index), 1, turnStart(next, index), next.end) ?? next.end) : pos;
      }
      const inTurn = pos > start ? wordStep(index, pos, -1, start, pos) : null;
      if (inTurn !== null) return inTurn;
      if (pos > start) return start;
      return previous ? (wordStep(index, previous.end, -1, turnStart(previous, index), previous.end) ?? turnStart(previous, index)) : pos;
    }
    case 'turn-edge':
      return forward ? block.end : start;
    case 'line':
    case 'line-edge':
    case 'turn':
      return turnStep(blocks, index, i, pos, forward, move.extend);
  }
}

// Ctrl+Up/Down: to this turn's start, else the previous turn's; down, to the next turn's start (or, extending, to this turn's end, else the next turn's end).
function turnStep(blocks: readonly Block[], index: OffsetIndex, i: number, pos: number, forward: boolean, extend: boolean): number {
  const block = blocks[i] as Block;
  const next = blocks[i + 1];
  if (!forward) {
    const start = turnStart(block, index);
    if (pos > start) return start;
    const previous = blocks[i - 1];
    return previous ? turnStart(previous, index) : start;
  }
  if (extend) return pos < block.end ? block.end : (next?.end ?? block.end);
  return next ? turnStart(next, index) : block.end;
}
