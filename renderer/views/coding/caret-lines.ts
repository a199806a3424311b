// The caret's moves that need the layout: up or down a line (keeping to the place across a
// run of moves, on into the next or previous turn), and to the start or end of the line it
// is on. They ask the browser which text is at a point on the screen; null means the layout
// cannot say (the caret then moves by turns, caret-moves.ts).
import type { OffsetIndex } from '../../../shared/text/code-points.ts';
import type { Block } from './blocks.ts';
import { blockOfPosition, turnStart } from './caret-moves.ts';
import type { CaretMove } from './caret-moves.ts';
import { domPointAt, domPointToCodePoint } from './dom-selection.ts';

export interface LineQuery {
  root: HTMLElement;
  scroller: HTMLElement | null;
  index: OffsetIndex;
  blocks: readonly Block[];
  pos: number;
  move: CaretMove;
  // the horizontal place kept across a run of Up/Down moves
  goalX: { current: number | null };
}

// The box of a caret at a DOM point: the collapsed range's, or the right edge of the character before it.
export function caretBox(point: { node: Node; offset: number }): DOMRect | null {
  const range = document.createRange();
  range.setStart(point.node, point.offset);
  range.collapse(true);
  const rect = range.getClientRects()[0] ?? null;
  if (rect && rect.height > 0) return rect;
  if (point.offset === 0) return null;
  range.setStart(point.node, point.offset - 1);
  range.setEnd(point.node, point.offset);
  const before = Array.from(range.getClientRects()).pop();
  return before && before.height > 0 ? new DOMRect(before.right, before.top, 0, before.height) : null;
}

// The text position at a point of the screen (null where the browser cannot say).
function pointFromXY(x: number, y: number): { node: Node; offset: number } | null {
  if (typeof document.caretPositionFromPoint === 'function') {
    const p = document.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof document.caretRangeFromPoint === 'function') {
    const r = document.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

function textOf(root: HTMLElement, i: number): HTMLElement | null {
  return root.querySelector<HTMLElement>(`.coding-block[data-index="${i}"] .coding-block-text`);
}

// The position at `x` and `relY` pixels below the top of a turn's text (scrolled into view first), or null.
function hitAt(q: LineQuery, el: HTMLElement, x: number, relY: number): number | null {
  let r = el.getBoundingClientRect();
  const box = q.scroller;
  if (box) {
    const frame = box.getBoundingClientRect();
    const y = r.top + relY;
    if (y < frame.top + 2) box.scrollTop -= frame.top + 2 - y;
    else if (y > frame.bottom - 2) box.scrollTop += y - frame.bottom + 2;
    r = el.getBoundingClientRect();
  }
  const hit = pointFromXY(Math.max(r.left + 1, Math.min(r.right - 1, x)), r.top + relY);
  if (!hit || !el.contains(hit.node)) return null;
  return domPointToCodePoint(q.root, q.index, hit.node, hit.offset);
}

// Where Up/Down, Home/End put the caret, from the layout; null when it cannot be worked out.
export function lineTarget(q: LineQuery): number | null {
  const { root, index, blocks, pos, move } = q;
  const point = domPointAt(root, index, pos);
  const rect = point ? caretBox(point) : null;
  const i = blockOfPosition(blocks, pos);
  const block = blocks[i];
  const text = textOf(root, i);
  if (!rect || !block || !text) return null;
  const start = turnStart(block, index);
  const forward = move.direction === 1;
  const top = text.getBoundingClientRect().top;
  const middle = rect.top + rect.height / 2 - top;
  if (move.unit === 'line-edge') {
    const r = text.getBoundingClientRect();
    const hit = hitAt(q, text, forward ? r.right + 1 : r.left - 1, middle);
    return hit === null ? null : Math.max(start, hit);
  }
  const x = q.goalX.current ?? rect.left;
  q.goalX.current = x;
  const inTurn = hitAt(q, text, x, middle + (forward ? rect.height : -rect.height));
  if (inTurn !== null && (forward ? inTurn > pos : inTurn < pos) && inTurn >= start) return inTurn;
  const other = blocks[i + move.direction];
  if (!other) return forward ? block.end : start;
  const otherText = textOf(root, other.index);
  if (!otherText) return null;
  const height = otherText.getBoundingClientRect().height;
  const hit = hitAt(q, otherText, x, forward ? rect.height / 2 : height - rect.height / 2);
  return hit === null ? null : Math.max(turnStart(other, index), hit);
}
