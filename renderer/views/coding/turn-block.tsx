// One block of the reading view (a speaker turn or paragraph): its text as runs that
// show coding, the speaker label, the timestamp, the coding stripes in the margin
// (turn-stripes.tsx), and what it is coded at for screen readers (its description).
import { memo, useCallback, useContext, useId, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { CodingRecord, NodeRecord } from '../../../shared/model/entities.ts';
import type { OffsetIndex } from '../../../shared/text/code-points.ts';
import { blockRuns } from './blocks.ts';
import type { Block, Run } from './blocks.ts';
import { StripeColouringContext } from './coder-colours.ts';
import type { StripeColouring } from './coder-colours.ts';
import { paintRun } from './run-paint.ts';
import type { RunHighlight, RunPaintContext } from './run-paint.ts';
import { describeTurnCoding } from './stripe-labels.ts';
import { TurnAnnotations } from './turn-annotations.tsx';
import { stripeColumns } from './stripe-layout.ts';
import type { StripeColumn } from './stripe-layout.ts';
import { columnNames, stripeColour, TurnStripes } from './turn-stripes.tsx';
import type { StripeSpot } from './turn-stripes.tsx';

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

interface TurnGutterProps {
  block: Block;
  editing: boolean;
  canEdit: boolean;
  hasMedia: boolean;
  onCodeTurn(index: number): void;
  onEditTurn(index: number): void;
  onPlayFrom(index: number): void;
  // under the buttons (the markers of memos on passages)
  children?: ReactNode;
}

// The timestamp (a play button when a recording is linked) and the turn's Code and Edit buttons.
function TurnGutter({ block, editing, canEdit, hasMedia, onCodeTurn, onEditTurn, onPlayFrom, children }: TurnGutterProps) {
  return (
    <div className="coding-block-gutter">
      {block.timestamp ? (
        hasMedia ? (
          <button type="button" className="coding-timestamp link-button" tabIndex={-1} title={`Play from ${block.timestamp} (F9 play/pause, F7 back 5 s)`} aria-label={`Play from ${block.timestamp}`} onClick={() => onPlayFrom(block.index)}>
            ▶ {block.timestamp}
          </button>
        ) : (
          <span className="coding-timestamp">{block.timestamp}</span>
        )
      ) : null}
      {editing ? null : (
        <span className="coding-block-actions">
          <button type="button" className="small" tabIndex={-1} title="Code this whole turn (T)" aria-label="Code this turn" onClick={() => onCodeTurn(block.index)}>
            Code
          </button>
          {canEdit ? (
            <button type="button" className="small" tabIndex={-1} title="Correct this turn's text (E)" aria-label="Edit: correct this turn" onClick={() => onEditTurn(block.index)}>
              Edit
            </button>
          ) : null}
        </span>
      )}
      {children}
    </div>
  );
}

interface TurnRunsProps {
  runs: readonly Run[];
  index: OffsetIndex;
  paint: RunPaintContext;
}

// The turn's text, one span per run (data-u16 is where it starts in the source, see dom-selection.ts), painted by run-paint.ts.
function TurnRuns({ runs, index, paint }: TurnRunsProps) {
  return runs.map((run) => {
    const { className, style } = paintRun(run, paint);
    return (
      <span key={run.start} className={className} data-u16={run.from16} style={style}>
        {index.text.slice(run.from16, run.to16)}
      </span>
    );
  });
}

// The light-up of the text of the stripe under the pointer, in that stripe's colour.
function hoverOf(spot: StripeSpot | null, columns: readonly StripeColumn[], nodes: ReadonlyMap<number, NodeRecord>, colouring: StripeColouring): RunHighlight | null {
  const col = spot ? columns[spot.column] : undefined;
  const range = spot ? col?.ranges[spot.box] : undefined;
  if (!col || !range) return null;
  return { codingIds: new Set(col.codingIds), start: range.start, end: range.end, colour: stripeColour(col, nodes.get(col.nodeId), colouring) };
}

function TurnBlockView(props: TurnBlockProps) {
  const { block, codings, index, nodes, nodeOrder, highlightNodeId, selectedCodings, focused, measure } = props;
  const runs = useMemo(() => blockRuns(block, codings, index), [block, codings, index]);
  const colouring = useContext(StripeColouringContext);
  const { byCoder } = colouring;
  const columns = useMemo(() => stripeColumns(codings, block, nodeOrder, byCoder), [codings, block, nodeOrder, byCoder]);
  const byId = useMemo(() => new Map(codings.map((c) => [c.id, c])), [codings]);
  const [hovered, setHovered] = useState<StripeSpot | null>(null);
  const hover = useMemo(() => hoverOf(hovered, columns, nodes, colouring), [hovered, columns, nodes, colouring]);
  const paint: RunPaintContext = { codingsById: byId, nodes, nodeOrder, highlightNodeId, selectedCodings, hover };
  const descriptionId = `${useId()}coding`;
  const description = columns.length > 0 ? describeTurnCoding(columns.map((col) => columnNames(col, nodes, colouring))) : null;
  const textRef = useRef<HTMLDivElement>(null);
  const blockRef = useCallback((el: HTMLDivElement | null) => measure(block.index, el), [measure, block.index]);
  const editing = Boolean(props.editor);

  const label = block.speakerLabel ? `${block.speakerLabel}, turn ${block.index + 1}` : `Paragraph ${block.index + 1}`;
  const classes = ['coding-block', `coding-block-${block.kind}`];
  if (block.isInterviewer) classes.push('coding-block-interviewer');
  if (focused) classes.push('coding-block-focused');
  if (props.playing) classes.push('coding-block-playing');
  if (editing) classes.push('coding-block-editing');

  return (
    <div
      ref={blockRef}
      className={classes.join(' ')}
      data-index={block.index}
      data-start16={index.toUtf16(block.start)}
      data-end16={index.toUtf16(block.end)}
      role="group"
      aria-label={label}
      aria-describedby={description ? descriptionId : undefined}
      aria-current={props.playing ? 'time' : undefined}
      tabIndex={focused ? 0 : -1}
      onFocus={(e) => {
        if (e.target === e.currentTarget) props.onFocusBlock(block.index);
      }}
      onMouseDown={() => {
        if (!focused) props.onFocusBlock(block.index);
      }}
    >
      <TurnGutter block={block} editing={editing} canEdit={props.canEdit} hasMedia={props.hasMedia} onCodeTurn={props.onCodeTurn} onEditTurn={props.onEditTurn} onPlayFrom={props.onPlayFrom}>
        <TurnAnnotations turn={block.index} focused={focused} />
      </TurnGutter>
      {props.editor ?? (
        <div className="coding-block-text" ref={textRef}>
          <TurnRuns runs={runs} index={index} paint={paint} />
        </div>
      )}
      <TurnStripes text={textRef} runs={runs} columns={columns} codingsById={byId} nodes={nodes} highlightNodeId={highlightNodeId} layoutKey={props.layoutKey} editing={editing} hovered={hovered} focused={focused} onHover={setHovered} onStripe={props.onStripe} />
      {description ? (
        <span id={descriptionId} className="visually-hidden coding-turn-description">
          {description}
        </span>
      ) : null}
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
