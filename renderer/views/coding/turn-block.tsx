// One block of the reading view (a speaker turn or paragraph): its text as runs that
// show coding, the speaker label, the timestamp, and the coding stripes in the margin
// (one column per node, in the node's colour; hover names it, click selects its references).
import { memo, useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { CodingRecord, NodeRecord } from '../../../shared/model/entities.ts';
import type { OffsetIndex } from '../../../shared/text/code-points.ts';
import { blockRuns } from './blocks.ts';
import type { Block } from './blocks.ts';
import { stripeColumns } from './stripe-layout.ts';

export const STRIPE_WIDTH = 6;
export const STRIPE_GAP = 3;
export const MAX_STRIPES = 10;

export interface TurnBlockProps {
  block: Block;
  codings: readonly CodingRecord[];
  // changes whenever this block's codings do (the memo compares it instead of the array)
  codingsKey: string;
  index: OffsetIndex;
  nodes: ReadonlyMap<number, NodeRecord>;
  nodeOrder: ReadonlyMap<number, number>;
  highlightNodeId: number | null;
  selectedCodings: ReadonlySet<number>;
  focused: boolean;
  playing: boolean;
  layoutKey: string;
  // shown instead of the text while this turn is being corrected
  editor: ReactNode | null;
  canEdit: boolean;
  hasMedia: boolean;
  measure(index: number, el: HTMLElement | null): void;
  onFocusBlock(index: number): void;
  onStripe(nodeId: number, codingIds: number[]): void;
  onCodeTurn(index: number): void;
  onEditTurn(index: number): void;
  onPlayFrom(index: number): void;
}

interface StripeBox {
  top: number;
  height: number;
}

function alpha(color: string, hex: string): string {
  return /^#[0-9a-f]{6}$/i.test(color) ? `${color}${hex}` : color;
}

function TurnBlockView(props: TurnBlockProps) {
  const { block, codings, index, nodes, nodeOrder, highlightNodeId, selectedCodings, focused } = props;
  const runs = useMemo(() => blockRuns(block, codings, index), [block, codings, index]);
  const columns = useMemo(() => stripeColumns(codings, block, nodeOrder), [codings, block, nodeOrder]);
  const byId = useMemo(() => new Map(codings.map((c) => [c.id, c])), [codings]);
  const textRef = useRef<HTMLDivElement>(null);
  const [boxes, setBoxes] = useState<StripeBox[][]>([]);
  const { measure } = props;
  const blockRef = useCallback((el: HTMLDivElement | null) => measure(block.index, el), [measure, block.index]);

  // measure where each stripe runs beside the text (after layout, before paint)
  useLayoutEffect(() => {
    const text = textRef.current;
    if (!text || columns.length === 0 || props.editor) {
      setBoxes((b) => (b.length === 0 ? b : []));
      return;
    }
    const top = text.getBoundingClientRect().top;
    const els = Array.from(text.children) as HTMLElement[];
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
  }, [runs, columns, props.layoutKey, props.editor]);

  const label = block.speakerLabel ? `${block.speakerLabel}, turn ${block.index + 1}` : `Paragraph ${block.index + 1}`;
  const hidden = columns.length - MAX_STRIPES;
  const classes = ['coding-block', `coding-block-${block.kind}`];
  if (block.isInterviewer) classes.push('coding-block-interviewer');
  if (focused) classes.push('coding-block-focused');
  if (props.playing) classes.push('coding-block-playing');
  if (props.editor) classes.push('coding-block-editing');

  return (
    <div
      ref={blockRef}
      className={classes.join(' ')}
      data-index={block.index}
      data-start16={index.toUtf16(block.start)}
      data-end16={index.toUtf16(block.end)}
      role="group"
      aria-label={label}
      aria-current={props.playing ? 'time' : undefined}
      tabIndex={focused ? 0 : -1}
      onFocus={(e) => {
        if (e.target === e.currentTarget) props.onFocusBlock(block.index);
      }}
      onMouseDown={() => {
        if (!focused) props.onFocusBlock(block.index);
      }}
    >
      <div className="coding-block-gutter">
        {block.timestamp ? (
          props.hasMedia ? (
            <button type="button" className="coding-timestamp link-button" tabIndex={-1} title={`Play from ${block.timestamp} (F9 play/pause, F7 back 5 s)`} aria-label={`Play from ${block.timestamp}`} onClick={() => props.onPlayFrom(block.index)}>
              ▶ {block.timestamp}
            </button>
          ) : (
            <span className="coding-timestamp">{block.timestamp}</span>
          )
        ) : null}
        {props.editor ? null : (
          <span className="coding-block-actions">
            <button type="button" className="small" tabIndex={-1} title="Code this whole turn (T)" aria-label="Code this turn" onClick={() => props.onCodeTurn(block.index)}>
              Code
            </button>
            {props.canEdit ? (
              <button type="button" className="small" tabIndex={-1} title="Correct this turn's text (E)" aria-label="Correct this turn" onClick={() => props.onEditTurn(block.index)}>
                Edit
              </button>
            ) : null}
          </span>
        )}
      </div>
      {props.editor ?? (
        <div className="coding-block-text" ref={textRef}>
          {runs.map((run) => {
            const cls = ['coding-run'];
            let background: string | undefined;
            if (run.label) cls.push('coding-label');
            if (run.codingIds.length > 0) cls.push('coding-run-coded');
            if (run.codingIds.some((id) => selectedCodings.has(id))) cls.push('coding-run-selected');
            else if (highlightNodeId !== null) {
              const hit = run.codingIds.find((id) => byId.get(id)?.nodeId === highlightNodeId);
              if (hit !== undefined) background = alpha(nodes.get(highlightNodeId)?.color ?? '#888888', '40');
            }
            return (
              <span key={run.start} className={cls.join(' ')} data-u16={run.from16} style={background ? { backgroundColor: background } : undefined}>
                {index.text.slice(run.from16, run.to16)}
              </span>
            );
          })}
        </div>
      )}
      <div className="coding-stripes" style={{ width: `${Math.min(columns.length, MAX_STRIPES) * (STRIPE_WIDTH + STRIPE_GAP) + (hidden > 0 ? 18 : 0)}px` }}>
        {columns.slice(0, MAX_STRIPES).map((col, c) => {
          const node = nodes.get(col.nodeId);
          const name = node?.path ?? 'Node';
          return (boxes[c] ?? []).map((box, r) => (
            <button
              key={`${col.nodeId}:${r}`}
              type="button"
              tabIndex={-1}
              className={col.nodeId === highlightNodeId ? 'coding-stripe coding-stripe-active' : 'coding-stripe'}
              title={`${name} (click to select its references here)`}
              aria-label={`Coding stripe: ${name}`}
              data-node-id={col.nodeId}
              style={{ left: `${c * (STRIPE_WIDTH + STRIPE_GAP)}px`, top: `${box.top}px`, height: `${box.height}px`, backgroundColor: node?.color ?? '#888888' }}
              onClick={() => {
                const ids = col.codingIds.filter((id) => {
                  const coding = byId.get(id);
                  const range = col.ranges[r];
                  return coding && range && coding.start < range.end && coding.end > range.start;
                });
                props.onStripe(col.nodeId, ids);
              }}
            />
          ));
        })}
        {hidden > 0 ? (
          <span className="coding-stripes-more" title={columns.slice(MAX_STRIPES).map((col) => nodes.get(col.nodeId)?.path ?? '').join('\n')}>
            +{hidden}
          </span>
        ) : null}
      </div>
    </div>
  );
}

// The memo compares codingsKey instead of the codings array, which is rebuilt on every load.
export const TurnBlock = memo(TurnBlockView, (a, b) => {
  for (const k of Object.keys(a) as (keyof TurnBlockProps)[]) {
    if (k === 'codings') continue;
    if (a[k] !== b[k]) return false;
  }
  return true;
});
