// How a run of a turn's text shows its coding: a pale tint of each node's colour (overlapping
// nodes as bands, one per node, top to bottom in stripe order), an underline in the first
// node's colour at 3:1 or more (double where nodes overlap: the cue that is not colour), and
// a strong highlight (3:1 against the page, text kept dark) for the stripe under the pointer
// or the node chosen in the Codes panel. A selected coding keeps the selection's own look.
import type { CSSProperties } from 'react';
import type { CodingRecord, NodeRecord } from '../../../shared/model/entities.ts';
import type { Run } from './blocks.ts';
import { highlightOf, tintOf, withContrast } from './contrast.ts';

// What a turn can sit on: the panel, a focused turn, the playing turn, a turn being corrected (base.css, coding-transcript.css).
export const TURN_BACKGROUNDS = ['#ffffff', '#fafaf7', '#fff4d6', '#e3ecf5'] as const;
const PAGE = '#ffffff';
const NO_COLOUR = '#767676';

export interface RunHighlight {
  // the codings whose text lights up, within [start, end) code points
  codingIds: ReadonlySet<number>;
  start: number;
  end: number;
  colour: string;
}

export interface RunPaintContext {
  codingsById: ReadonlyMap<number, CodingRecord>;
  nodes: ReadonlyMap<number, NodeRecord>;
  nodeOrder: ReadonlyMap<number, number>;
  highlightNodeId: number | null;
  selectedCodings: ReadonlySet<number>;
  hover: RunHighlight | null;
}

export interface RunPaint {
  className: string;
  style: CSSProperties | undefined;
}

// The nodes coding a run, once each, in the codebook's order.
function runNodes(run: Run, ctx: RunPaintContext): NodeRecord[] {
  const ids = new Set<number>();
  for (const id of run.codingIds) {
    const nodeId = ctx.codingsById.get(id)?.nodeId;
    if (nodeId !== undefined) ids.add(nodeId);
  }
  const rank = (id: number) => ctx.nodeOrder.get(id) ?? Number.MAX_SAFE_INTEGER;
  return [...ids]
    .sort((a, b) => rank(a) - rank(b) || a - b)
    .map((id) => ctx.nodes.get(id))
    .filter((n): n is NodeRecord => n !== undefined);
}

// The tint behind coded text: one colour, or equal horizontal bands for overlapping nodes.
export function tintStyle(colours: readonly string[]): CSSProperties {
  const tints = colours.map((c) => tintOf(c));
  if (tints.length <= 1) return { backgroundColor: tints[0] };
  const step = 100 / tints.length;
  const bands = tints.map((t, i) => `${t} ${(i * step).toFixed(2)}% ${((i + 1) * step).toFixed(2)}%`);
  return { backgroundImage: `linear-gradient(to bottom, ${bands.join(', ')})` };
}

// The highlight colour of the run, if the hovered stripe or the chosen node covers it.
function highlightColour(run: Run, ctx: RunPaintContext): string | null {
  const hover = ctx.hover;
  if (hover && run.start >= hover.start && run.end <= hover.end && run.codingIds.some((id) => hover.codingIds.has(id))) return hover.colour;
  if (ctx.highlightNodeId === null) return null;
  const id = ctx.highlightNodeId;
  return run.codingIds.some((c) => ctx.codingsById.get(c)?.nodeId === id) ? (ctx.nodes.get(id)?.color ?? NO_COLOUR) : null;
}

// The class and inline style of one run.
export function paintRun(run: Run, ctx: RunPaintContext): RunPaint {
  const cls = ['coding-run'];
  if (run.label) cls.push('coding-label');
  if (run.codingIds.length === 0) return { className: cls.join(' '), style: undefined };
  cls.push('coding-run-coded');
  const nodeColours = runNodes(run, ctx).map((n) => n.color);
  if (nodeColours.length > 1) cls.push('coding-run-overlap');
  if (run.codingIds.some((id) => ctx.selectedCodings.has(id))) {
    cls.push('coding-run-selected');
    return { className: cls.join(' '), style: undefined };
  }
  const tints = nodeColours.map((c) => tintOf(c));
  const underline = withContrast(nodeColours[0] ?? NO_COLOUR, [...TURN_BACKGROUNDS, ...tints]);
  const lit = highlightColour(run, ctx);
  if (lit !== null) {
    // the text and its underline turn to the darkest text colour (5:1 on the highlight, see run-paint.test.ts)
    cls.push('coding-run-highlight');
    return { className: cls.join(' '), style: { backgroundColor: highlightOf(lit, PAGE) } };
  }
  return { className: cls.join(' '), style: { ...tintStyle(nodeColours), textDecorationColor: underline } };
}
