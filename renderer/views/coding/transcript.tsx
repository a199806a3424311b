// The scrolling transcript of the coding view: windowed blocks (never one giant
// editor), the coding density bar beside them, selection tracking in code points,
// caret browsing (use-transcript-caret.ts), the find bar's marks and dragging a
// selection out (onto a node).
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode, Ref, RefObject } from 'react';
import type { CodingRecord, NodeRecord } from '../../../shared/model/entities.ts';
import type { OffsetIndex } from '../../../shared/text/code-points.ts';
import { blockAt } from './blocks.ts';
import type { Block } from './blocks.ts';
import { selectionToRange } from './dom-selection.ts';
import type { CodePointRange } from './dom-selection.ts';
import { DensityBar } from './density-bar.tsx';
import { PASSAGE_MIME } from './passage-drag.ts';
import { TranscriptBlocks } from './transcript-blocks.tsx';
import { useTranscriptHandle } from './use-transcript-handle.ts';
import type { TranscriptHandle } from './use-transcript-handle.ts';
import { useAnnotationMarks } from './use-annotation-marks.ts';
import { useFindMarks } from './use-find-marks.ts';
import type { FindMarks } from './use-find-marks.ts';
import { useTranscriptCaret } from './use-transcript-caret.ts';
import type { KeptBlocks } from './use-transcript-caret.ts';
import { useTranscriptSelection } from './use-transcript-selection.ts';
import { useVirtualBlocks } from './use-virtual-blocks.ts';

export interface TranscriptProps {
  ref?: Ref<TranscriptHandle>;
  sourceId: number;
  index: OffsetIndex;
  blocks: readonly Block[];
  blockCodings: readonly (readonly CodingRecord[])[];
  blockKeys: readonly string[];
  allCodings: readonly CodingRecord[];
  nodes: ReadonlyMap<number, NodeRecord>;
  nodeOrder: ReadonlyMap<number, number>;
  highlightNodeId: number | null;
  selectedCodings: ReadonlySet<number>;
  focusedIndex: number;
  playingIndex: number | null;
  editingIndex: number | null;
  editor: ReactNode | null;
  canEdit: boolean;
  hasMedia: boolean;
  onFocusBlock(index: number): void;
  // the selection as shown (at most once a frame while it changes)
  onSelection(range: CodePointRange | null): void;
  onStripe(nodeId: number, codingIds: number[]): void;
  onCodeTurn(index: number): void;
  onEditTurn(index: number): void;
  onPlayFrom(index: number): void;
  // the find bar's matches and the current one, marked in the text
  findMarks?: FindMarks | null;
}

const LINE_HEIGHT = 24;
const BLOCK_CHROME = 14;
const CHAR_WIDTH = 7.4;
const SIDE_CHROME = 200;

// The element's width, followed as it changes.
function useWidth(element: RefObject<HTMLElement | null>, initial: number): number {
  const [width, setWidth] = useState(initial);
  useLayoutEffect(() => {
    const el = element.current;
    if (!el) return;
    setWidth(el.clientWidth);
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => setWidth(el.clientWidth));
    observer?.observe(el);
    return () => observer?.disconnect();
  }, [element]);
  return width;
}

// A guess of each block's height from its text and the width, until it is measured.
function useHeightEstimate(blocks: readonly Block[], index: OffsetIndex, width: number): (i: number) => number {
  const charsPerLine = Math.max(20, Math.floor((width - SIDE_CHROME) / CHAR_WIDTH));
  return useCallback(
    (i: number) => {
      const b = blocks[i];
      if (!b) return LINE_HEIGHT;
      const text = index.slice(b.start, b.end);
      let lines = 0;
      for (const line of text.split('\n')) lines += Math.max(1, Math.ceil(line.length / charsPerLine));
      return lines * LINE_HEIGHT + BLOCK_CHROME;
    },
    [blocks, index, charsPerLine],
  );
}

// Renders the windowed transcript with its density bar.
export function Transcript(props: TranscriptProps) {
  const { blocks, index } = props;
  const scrollerRef = useRef<HTMLDivElement>(null);
  const contentRef = useRef<HTMLDivElement>(null);
  const caretRef = useRef<HTMLDivElement>(null);
  const [kept, setKept] = useState<KeptBlocks | null>(null);
  const width = useWidth(scrollerRef, 800);
  const layoutKey = String(Math.round(width / 16));
  const estimate = useHeightEstimate(blocks, index, width);
  // measured heights are kept across corrections (a changed turn is measured again when shown); a new width or a different number of turns starts over
  const virtual = useVirtualBlocks(blocks.length, estimate, scrollerRef, `${layoutKey}:${blocks.length}`, kept);
  const { window: win, scrollToBlock } = virtual;
  useTranscriptSelection(contentRef, index, props.onSelection);
  useTranscriptHandle(props.ref, { scroller: scrollerRef, content: contentRef }, index, blocks, scrollToBlock);
  const elements = useMemo(() => ({ scroller: scrollerRef, content: contentRef, caret: caretRef }), []);
  const caret = useTranscriptCaret(elements, { index, blocks, onFocusBlock: props.onFocusBlock, keep: setKept, scrollToBlock });
  useFindMarks(contentRef, index, props.findMarks ?? null);
  useAnnotationMarks(contentRef, index);

  return (
    <div className="coding-transcript">
      <div
        ref={scrollerRef}
        className="coding-scroller"
        role="region"
        aria-label="Transcript"
        data-coding-keys="transcript"
        onKeyDown={caret.onKeyDown}
        onFocus={caret.onFocus}
        onMouseDown={caret.onMouseDown}
        onDragStart={(e) => {
          const root = contentRef.current;
          const range = root ? selectionToRange(root, document.getSelection(), index) : null;
          if (!range) return;
          e.dataTransfer.setData(PASSAGE_MIME, JSON.stringify({ sourceId: props.sourceId, ...range }));
          e.dataTransfer.effectAllowed = 'copy';
        }}
      >
        <div ref={contentRef} className="coding-content">
          <div className="coding-spacer" style={{ height: `${win.before}px` }} />
          <TranscriptBlocks
            window={win}
            blocks={blocks}
            index={index}
            blockCodings={props.blockCodings}
            blockKeys={props.blockKeys}
            nodes={props.nodes}
            nodeOrder={props.nodeOrder}
            highlightNodeId={props.highlightNodeId}
            selectedCodings={props.selectedCodings}
            focusedIndex={props.focusedIndex}
            playingIndex={props.playingIndex}
            editingIndex={props.editingIndex}
            editor={props.editor}
            canEdit={props.canEdit}
            hasMedia={props.hasMedia}
            layoutKey={layoutKey}
            measure={virtual.measure}
            onFocusBlock={props.onFocusBlock}
            onStripe={props.onStripe}
            onCodeTurn={props.onCodeTurn}
            onEditTurn={props.onEditTurn}
            onPlayFrom={props.onPlayFrom}
          />
          <div className="coding-spacer" style={{ height: `${win.after}px` }} />
        </div>
        <div ref={caretRef} className="coding-caret" aria-hidden="true" hidden />
      </div>
      <DensityBar
        codings={props.allCodings}
        length={index.codePointLength}
        onJump={(fraction) => {
          const at = Math.floor(fraction * index.codePointLength);
          scrollToBlock(blockAt(blocks, at), 0, 40);
        }}
      />
    </div>
  );
}
