// One block of the reading view (a speaker turn or paragraph): its text as runs that
// show coding, the speaker label, the timestamp, and the coding stripes in the margin
// (turn-stripes.tsx).
import { memo, useCallback, useContext, useMemo, useRef } from 'react';
import type { ReactNode } from 'react';
import type { CodingRecord, NodeRecord } from '../../../shared/model/entities.ts';
import type { OffsetIndex } from '../../../shared/text/code-points.ts';
import { blockRuns } from './blocks.ts';
import type { Block, Run } from './blocks.ts';
import { StripeColouringContext } from './coder-colours.ts';
import { stripeColumns } from './stripe-layout.ts';
import { TurnStripes } from './turn-stripes.tsx';

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

function alpha(color: string, hex: string): string {
  return /^#[0-9a-f]{6}$/i.test(color) ? `${color}${hex}` : color;
}

interface TurnGutterProps {
  block: Block;
  editing: boolean;
  canEdit: boolean;
  hasMedia: boolean;
  onCodeTurn(index: number): void;
  onEditTurn(index: number): void;
  onPlayFrom(index: number): void;
}

// The timestamp (a play button when a recording is linked) and the turn's Code and Edit buttons.
function TurnGutter({ block, editing, canEdit, hasMedia, onCodeTurn, onEditTurn, onPlayFrom }: TurnGutterProps) {
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
    </div>
  );
}

interface TurnRunsProps {
  runs: readonly Run[];
  index: OffsetIndex;
  codingsById: ReadonlyMap<number, CodingRecord>;
  nodes: ReadonlyMap<number, NodeRecord>;
  highlightNodeId: number | null;
  selectedCodings: ReadonlySet<number>;
}

// The turn's text, one span per run (data-u16 is where it starts in the source, see dom-selection.ts).
function TurnRuns({ runs, index, codingsById, nodes, highlightNodeId, selectedCodings }: TurnRunsProps) {
  return runs.map((run) => {
    const cls = ['coding-run'];
    let background: string | undefined;
    if (run.label) cls.push('coding-label');
    if (run.codingIds.length > 0) cls.push('coding-run-coded');
    if (run.codingIds.some((id) => selectedCodings.has(id))) cls.push('coding-run-selected');
    else if (highlightNodeId !== null) {
      const hit = run.codingIds.find((id) => codingsById.get(id)?.nodeId === highlightNodeId);
      if (hit !== undefined) background = alpha(nodes.get(highlightNodeId)?.color ?? '#888888', '40');
    }
    return (
      <span key={run.start} className={cls.join(' ')} data-u16={run.from16} style={background ? { backgroundColor: background } : undefined}>
        {index.text.slice(run.from16, run.to16)}
      </span>
    );
  });
}

function TurnBlockView(props: TurnBlockProps) {
  const { block, codings, index, nodes, nodeOrder, highlightNodeId, selectedCodings, focused, measure } = props;
  const runs = useMemo(() => blockRuns(block, codings, index), [block, codings, index]);
  const { byCoder } = useContext(StripeColouringContext);
  const columns = useMemo(() => stripeColumns(codings, block, nodeOrder, byCoder), [codings, block, nodeOrder, byCoder]);
  const byId = useMemo(() => new Map(codings.map((c) => [c.id, c])), [codings]);
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
      aria-current={props.playing ? 'time' : undefined}
      tabIndex={focused ? 0 : -1}
      onFocus={(e) => {
        if (e.target === e.currentTarget) props.onFocusBlock(block.index);
      }}
      onMouseDown={() => {
        if (!focused) props.onFocusBlock(block.index);
      }}
    >
      <TurnGutter block={block} editing={editing} canEdit={props.canEdit} hasMedia={props.hasMedia} onCodeTurn={props.onCodeTurn} onEditTurn={props.onEditTurn} onPlayFrom={props.onPlayFrom} />
      {props.editor ?? (
        <div className="coding-block-text" ref={textRef}>
          <TurnRuns runs={runs} index={index} codingsById={byId} nodes={nodes} highlightNodeId={highlightNodeId} selectedCodings={selectedCodings} />
        </div>
      )}
      <TurnStripes text={textRef} runs={runs} columns={columns} codingsById={byId} nodes={nodes} highlightNodeId={highlightNodeId} layoutKey={props.layoutKey} editing={editing} onStripe={props.onStripe} />
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
