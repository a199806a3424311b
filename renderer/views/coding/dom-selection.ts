// The DOM edge of the reading view: a selection in the rendered turns as a code-point
// range of the source text, and a code-point range as a DOM Range (to select a passage
// or scroll to it). Each run of text is a <span class="coding-run" data-u16="N"> whose
// only child is a text node starting at UTF-16 offset N of the source text; blocks are
// elements with data-start16/data-end16. No DOM position is ever stored.
import { isInsideSurrogatePair } from '../../../shared/text/code-points.ts';
import type { OffsetIndex } from '../../../shared/text/code-points.ts';

const RUN = 'coding-run';
const BLOCK = 'coding-block';

function closestWithClass(node: Node | null, className: string, stop: Element): HTMLElement | null {
  let at: Node | null = node;
  while (at && at !== stop) {
    if (at instanceof HTMLElement && at.classList.contains(className)) return at;
    at = at.parentNode;
  }
  return null;
}

function runStart(run: HTMLElement): number {
  return Number(run.dataset.u16);
}

function runEnd(run: HTMLElement): number {
  return runStart(run) + (run.textContent ?? '').length;
}

// The UTF-16 offset in the source of a DOM point inside the transcript, or null when it is outside every block.
export function domPointToUtf16(root: Element, node: Node, offset: number): number | null {
  const run = closestWithClass(node, RUN, root);
  if (run) {
    if (node.nodeType === Node.TEXT_NODE) return runStart(run) + Math.min(offset, (node.textContent ?? '').length);
    return offset > 0 ? runEnd(run) : runStart(run);
  }
  const block = closestWithClass(node, BLOCK, root);
  if (!block) return null;
  // a point between runs (offset counts children of `node`), or in a block's gutter or margin
  if (node instanceof Element) {
    const runs = Array.from(node.children).filter((c): c is HTMLElement => c instanceof HTMLElement && c.classList.contains(RUN));
    if (runs.length > 0) {
      const next = node.childNodes[offset];
      const after = next instanceof HTMLElement && next.classList.contains(RUN) ? next : null;
      if (after) return runStart(after);
      return offset === 0 ? runStart(runs[0] as HTMLElement) : runEnd(runs[runs.length - 1] as HTMLElement);
    }
  }
  const text = block.querySelector(`.coding-block-text`);
  const position = text ? text.compareDocumentPosition(node) : 0;
  // the gutter comes before the text and the margin after it
  return position & Node.DOCUMENT_POSITION_PRECEDING ? Number(block.dataset.start16) : Number(block.dataset.end16);
}

// A code-point range of the source text, end exclusive.
export interface CodePointRange {
  start: number;
  end: number;
}

// Converts a UTF-16 offset to code points; an offset between the halves of a surrogate
// pair moves out of it so the whole character stays selected (back for a start, on for an end).
function toCodePoint(index: OffsetIndex, u16: number, edge: 'start' | 'end'): number {
  const clamped = Math.max(0, Math.min(index.utf16Length, u16));
  if (!isInsideSurrogatePair(index.text, clamped)) return index.toCodePoint(clamped);
  return index.toCodePoint(edge === 'start' ? clamped - 1 : clamped + 1);
}

// The current selection in the transcript as code points [start, end), or null when there is none.
export function selectionToRange(root: Element, selection: Selection | null, index: OffsetIndex): CodePointRange | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.commonAncestorContainer)) return null;
  const a = domPointToUtf16(root, range.startContainer, range.startOffset);
  const b = domPointToUtf16(root, range.endContainer, range.endOffset);
  if (a === null || b === null) return null;
  const start = toCodePoint(index, Math.min(a, b), 'start');
  const end = toCodePoint(index, Math.max(a, b), 'end');
  return end > start ? { start, end } : null;
}

// The transcript's selection at this moment: a range, null when no text of it is selected, or
// undefined when the selection is somewhere else (a memo, a dialog), which leaves the
// transcript's selection as it was.
export function transcriptSelection(root: Element, selection: Selection | null, index: OffsetIndex): CodePointRange | null | undefined {
  const anchor = selection?.anchorNode ?? null;
  if (!selection || !anchor || !root.contains(anchor)) return undefined;
  return selectionToRange(root, selection, index);
}

// A DOM Range over [start, end) code points, as far as the rendered runs hold it (null if none is rendered).
export function rangeToDom(root: Element, index: OffsetIndex, start: number, end: number): Range | null {
  const from = index.toUtf16(start);
  const to = index.toUtf16(end);
  const runs = Array.from(root.querySelectorAll<HTMLElement>(`.${RUN}`));
  let first: { node: Node; offset: number } | null = null;
  let last: { node: Node; offset: number } | null = null;
  for (const run of runs) {
    const a = runStart(run);
    const b = runEnd(run);
    const textNode = run.firstChild;
    if (!textNode || b <= from || a >= to) continue;
    first ??= { node: textNode, offset: Math.max(0, from - a) };
    last = { node: textNode, offset: Math.min(b, to) - a };
  }
  if (!first || !last) return null;
  const range = document.createRange();
  range.setStart(first.node, first.offset);
  range.setEnd(last.node, last.offset);
  return range;
}

// The DOM point (text node, offset) of a code-point position, inside the rendered run that holds it, or null when none does.
export function domPointAt(root: Element, index: OffsetIndex, pos: number): { node: Node; offset: number } | null {
  const at = index.toUtf16(Math.max(0, Math.min(index.codePointLength, pos)));
  for (const run of Array.from(root.querySelectorAll<HTMLElement>(`.${RUN}`))) {
    const a = runStart(run);
    const b = runEnd(run);
    const textNode = run.firstChild;
    if (textNode && at >= a && at <= b) return { node: textNode, offset: at - a };
  }
  return null;
}

// A DOM point of the transcript as a code point (an offset inside a surrogate pair moves back to its start), or null outside every turn.
export function domPointToCodePoint(root: Element, index: OffsetIndex, node: Node, offset: number): number | null {
  const u16 = domPointToUtf16(root, node, offset);
  return u16 === null ? null : toCodePoint(index, u16, 'start');
}

// Both ends of the transcript's selection as code points (anchor where it began, focus where it is now; equal when collapsed):
// null when it cannot be read, undefined when the selection is outside the transcript.
export function selectionEnds(root: Element, selection: Selection | null, index: OffsetIndex): { anchor: number; focus: number } | null | undefined {
  const anchorNode = selection?.anchorNode ?? null;
  const focusNode = selection?.focusNode ?? null;
  if (!selection || !anchorNode || !focusNode || !root.contains(anchorNode) || !root.contains(focusNode)) return undefined;
  const anchor = domPointToCodePoint(root, index, anchorNode, selection.anchorOffset);
  const focus = domPointToCodePoint(root, index, focusNode, selection.focusOffset);
  return anchor === null || focus === null ? null : { anchor, focus };
}
