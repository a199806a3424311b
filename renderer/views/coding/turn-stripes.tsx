// The coding stripes in a turn's margin: one lane per node (per node and coder when split by
// coder), each stripe running beside the lines its passages take (measured after layout), in
// the node's colour darkened where needed to 3:1, with the node's name beside it (cut with an
// ellipsis, in full on hover). Pointing at a stripe or its name lights up its text; a click
// selects its references there.
import { useContext, useLayoutEffect, useState } from 'react';
import type { CSSProperties, RefObject } from 'react';
import type { CodingRecord, NodeRecord } from '../../../shared/model/entities.ts';
import type { Run } from './blocks.ts';
import { NO_CODER_COLOUR, StripeColouringContext } from './coder-colours.ts';
import type { StripeColouring } from './coder-colours.ts';
import { withContrast } from './contrast.ts';
import { TURN_BACKGROUNDS } from './run-paint.ts';
import { LABEL_HEIGHT, placeLabels, stripeNames } from './stripe-labels.ts';
import type { StripeBox, StripeNames } from './stripe-labels.ts';
import type { StripeColumn } from './stripe-layout.ts';
import { stripeAccessibleName, useStripeFocus } from './stripe-keys.ts';

const STRIPE_WIDTH = 6;
const STRIPE_GAP = 3;
export const MAX_STRIPES = 10;

// Where each stripe runs beside the text (after layout, before paint); none while the turn is being corrected.
function useStripeBoxes(text: RefObject<HTMLElement | null>, runs: readonly Run[], columns: readonly StripeColumn[], layoutKey: string, editing: boolean): StripeBox[][] {
  const [boxes, setBoxes] = useState<StripeBox[][]>([]);
  useLayoutEffect(() => {
    const el = text.current;
    if (!el || columns.length === 0 || editing) {
      setBoxes((b) => (b.length === 0 ? b : []));
      return;
    }
    const top = el.getBoundingClientRect().top;
    const els = Array.from(el.children);
    const startAt = new Map(runs.map((r, i) => [r.start, i]));
    const endAt = new Map(runs.map((r, i) => [r.end, i]));
    const next = columns.slice(0, MAX_STRIPES).map((col) =>
      col.ranges.map((range) => {
        const first = els[startAt.get(range.start) ?? 0];
        const last = els[endAt.get(range.end) ?? els.length - 1];
        const a = first?.getClientRects()[0];
        const lastRects = last?.getClientRects();
        const b = lastRects && lastRects.length > 0 ? lastRects[lastRects.length - 1] : undefined;
        const y = (a?.top ?? top) - top;
        return { top: y, height: Math.max(4, (b?.bottom ?? top) - top - y) };
      }),
    );
    setBoxes(next);
    // layoutKey stands for the width: the lines wrap differently when it changes
  }, [text, runs, columns, layoutKey, editing]);
  return boxes;
}

// The colour a lane is drawn in: its node's, or its coder's when split by coder; at least 3:1 on any turn background.
export function stripeColour(col: StripeColumn, node: NodeRecord | undefined, colouring: StripeColouring): string {
  const raw = col.coderId === undefined ? (node?.color ?? '#888888') : col.coderId === null ? NO_CODER_COLOUR : (colouring.colours.get(col.coderId) ?? NO_CODER_COLOUR);
  return withContrast(raw, TURN_BACKGROUNDS);
}

// The names of a lane: its node, and its coder's initials when split by coder.
export function columnNames(col: StripeColumn, nodes: ReadonlyMap<number, NodeRecord>, colouring: StripeColouring): StripeNames {
  const coder = col.coderId === undefined ? undefined : col.coderId === null ? null : (colouring.initials.get(col.coderId) ?? 'a coder');
  return stripeNames(nodes.get(col.nodeId), coder);
}

// The margin's width (lanes, then names) and the height its names need; a narrow transcript hides the names and ignores that height (coding-transcript.css).
function marginStyle(lanes: number, labelsHeight: number): CSSProperties {
  if (labelsHeight === 0) return {};
  return { width: `calc(${lanes}px + var(--stripe-label-width) + 4px)`, ['--stripe-labels-height' as string]: `${labelsHeight}px` };
}

// The stripe (lane and which of its stripes) under the pointer or focused.
export interface StripeSpot {
  column: number;
  box: number;
}

// The codings one stripe stands for (its column's codings over its range).
function stripeCodingIds(col: StripeColumn, r: number, codingsById: ReadonlyMap<number, CodingRecord>): number[] {
  const range = col.ranges[r];
  return col.codingIds.filter((id) => {
    const coding = codingsById.get(id);
    return coding && range && coding.start < range.end && coding.end > range.start;
  });
}

export interface TurnStripesProps {
  text: RefObject<HTMLElement | null>;
  runs: readonly Run[];
  columns: readonly StripeColumn[];
  codingsById: ReadonlyMap<number, CodingRecord>;
  nodes: ReadonlyMap<number, NodeRecord>;
  highlightNodeId: number | null;
  layoutKey: string;
  editing: boolean;
  hovered: StripeSpot | null;
  // the turn has the focus: its stripes are then one Tab stop (stripe-keys.ts)
  focused?: boolean;
  onHover(spot: StripeSpot | null): void;
  onStripe(nodeId: number, codingIds: number[]): void;
}

// The stripes beside one turn's text with their names, and "+N" for the lanes beyond the first MAX_STRIPES.
export function TurnStripes({ text, runs, columns, codingsById, nodes, highlightNodeId, layoutKey, editing, hovered, focused = false, onHover, onStripe }: TurnStripesProps) {
  const boxes = useStripeBoxes(text, runs, columns, layoutKey, editing);
  const colouring = useContext(StripeColouringContext);
  const hidden = columns.length - MAX_STRIPES;
  const shown = columns.slice(0, MAX_STRIPES);
  const lanes = Math.min(columns.length, MAX_STRIPES) * (STRIPE_WIDTH + STRIPE_GAP);
  const { labels, bottom } = placeLabels(boxes);
  const select = (col: StripeColumn, r: number) => onStripe(col.nodeId, stripeCodingIds(col, r, codingsById));
  const active = (c: number, r: number) => (hovered?.column === c && hovered.box === r) || shown[c]?.nodeId === highlightNodeId;
  const hover = (column: number, box: number) => ({ onMouseEnter: () => onHover({ column, box }), onMouseLeave: () => onHover(null) });
  const { margin, focusProps } = useStripeFocus(labels, focused, onHover, (spot) => {
    const col = shown[spot.column];
    if (col) select(col, spot.box);
  });
  const coderOf = (id: number) => {
    const coderId = codingsById.get(id)?.coderId ?? null;
    return coderId === null ? null : (colouring.initials.get(coderId) ?? null);
  };
  return (
    <div ref={margin} className="coding-stripes" style={marginStyle(lanes, columns.length === 0 ? 0 : bottom + (hidden > 0 ? LABEL_HEIGHT : 0))}>
      {shown.map((col, c) => {
        const names = columnNames(col, nodes, colouring);
        const colour = stripeColour(col, nodes.get(col.nodeId), colouring);
        return (boxes[c] ?? []).map((box, r) => (
          <button
            key={`${col.nodeId}:${col.coderId ?? ''}:${r}`}
            type="button"
            className={active(c, r) ? 'coding-stripe coding-stripe-active' : 'coding-stripe'}
            title={`${names.full} (click to select its references here)`}
            aria-label={stripeAccessibleName(nodes.get(col.nodeId)?.path ?? names.full, stripeCodingIds(col, r, codingsById).map(coderOf))}
            data-node-id={col.nodeId}
            style={{ left: `${c * (STRIPE_WIDTH + STRIPE_GAP)}px`, top: `${box.top}px`, height: `${box.height}px`, backgroundColor: colour }}
            data-coding-ids={stripeCodingIds(col, r, codingsById).join(' ')}
            onClick={() => select(col, r)}
            {...hover(c, r)}
            {...focusProps(c, r)}
          />
        ));
      })}
      {labels.map(({ column, box, top }) => {
        const col = shown[column];
        if (!col) return null;
        const names = columnNames(col, nodes, colouring);
        return (
          <span
            key={`label:${column}:${box}`}
            className={active(column, box) ? 'coding-stripe-label coding-stripe-label-active' : 'coding-stripe-label'}
            title={names.full}
            aria-hidden="true"
            data-node-id={col.nodeId}
            style={{ left: `${lanes + 4}px`, top: `${top}px`, borderLeftColor: stripeColour(col, nodes.get(col.nodeId), colouring) }}
            onClick={() => select(col, box)}
            {...hover(column, box)}
          >
            {names.short}
          </span>
        );
      })}
      {hidden > 0 ? (
        <span className="coding-stripes-more" style={{ left: `${lanes + 4}px`, top: `${bottom}px` }} title={columns.slice(MAX_STRIPES).map((col) => columnNames(col, nodes, colouring).full).join('\n')}>
          +{hidden}
        </span>
      ) : null}
    </div>
  );
}
