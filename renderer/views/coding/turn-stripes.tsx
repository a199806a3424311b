// The coding stripes in a turn's margin: one column per node, in the node's colour, each
// stripe running beside the lines its passages take (measured after layout); hover names
// the node, a click selects its references there.
import { useContext, useLayoutEffect, useState } from 'react';
import type { RefObject } from 'react';
import type { CodingRecord, NodeRecord } from '../../../shared/model/entities.ts';
import type { Run } from './blocks.ts';
import { NO_CODER_COLOUR, StripeColouringContext } from './coder-colours.ts';
import type { StripeColumn } from './stripe-layout.ts';

const STRIPE_WIDTH = 6;
const STRIPE_GAP = 3;
const MAX_STRIPES = 10;

interface StripeBox {
  top: number;
  height: number;
}

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
  onStripe(nodeId: number, codingIds: number[]): void;
}

// The stripes beside one turn's text, and "+N" for the nodes beyond the first MAX_STRIPES.
export function TurnStripes({ text, runs, columns, codingsById, nodes, highlightNodeId, layoutKey, editing, onStripe }: TurnStripesProps) {
  const boxes = useStripeBoxes(text, runs, columns, layoutKey, editing);
  const colouring = useContext(StripeColouringContext);
  // split by coder: the coder's colour, and their initials in the name
  const colourOf = (col: StripeColumn, node: NodeRecord | undefined) =>
    col.coderId === undefined ? (node?.color ?? '#888888') : col.coderId === null ? NO_CODER_COLOUR : (colouring.colours.get(col.coderId) ?? NO_CODER_COLOUR);
  const coderOf = (col: StripeColumn) => (col.coderId === undefined ? '' : `, coded by ${col.coderId === null ? 'no coder' : (colouring.initials.get(col.coderId) ?? 'a coder')}`);
  const hidden = columns.length - MAX_STRIPES;
  const shown = columns.slice(0, MAX_STRIPES);
  return (
    <div className="coding-stripes" style={{ width: `${Math.min(columns.length, MAX_STRIPES) * (STRIPE_WIDTH + STRIPE_GAP) + (hidden > 0 ? 18 : 0)}px` }}>
      {shown.map((col, c) => {
        const node = nodes.get(col.nodeId);
        const name = `${node?.path ?? 'Node'}${coderOf(col)}`;
        return (boxes[c] ?? []).map((box, r) => (
          <button
            key={`${col.nodeId}:${col.coderId ?? ''}:${r}`}
            type="button"
            tabIndex={-1}
            className={col.nodeId === highlightNodeId ? 'coding-stripe coding-stripe-active' : 'coding-stripe'}
            title={`${name} (click to select its references here)`}
            aria-label={`Coding stripe: ${name}`}
            data-node-id={col.nodeId}
            style={{ left: `${c * (STRIPE_WIDTH + STRIPE_GAP)}px`, top: `${box.top}px`, height: `${box.height}px`, backgroundColor: colourOf(col, node) }}
            data-coding-ids={stripeCodingIds(col, r, codingsById).join(' ')}
            onClick={() => onStripe(col.nodeId, stripeCodingIds(col, r, codingsById))}
          />
        ));
      })}
      {hidden > 0 ? (
        <span className="coding-stripes-more" title={columns.slice(MAX_STRIPES).map((col) => nodes.get(col.nodeId)?.path ?? '').join('\n')}>
          +{hidden}
        </span>
      ) : null}
    </div>
  );
}
