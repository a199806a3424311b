// The scrolling transcript of the coding view: windowed blocks (never one giant
// editor), the coding density bar beside them, selection tracking in code points and
// dragging a selection out (onto a node).
import { useCallback, useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode, Ref } from 'react';
import type { CodingRecord, NodeRecord } from '../../../shared/model/entities.ts';
import type { OffsetIndex } from '../../../shared/text/code-points.ts';
import { blockAt } from './blocks.ts';
import type { Block } from './blocks.ts';
import { rangeToDom, selectionToRange } from './dom-selection.ts';
import { DensityBar } from './density-bar.tsx';
import { PASSAGE_MIME } from './passage-drag.ts';
import { TurnBlock } from './turn-block.tsx';
import { useVirtualBlocks } from './use-virtual-blocks.ts';

export interface TranscriptHandle {
  // scrolls a passage into the middle of the view and (optionally) selects it in the DOM
  showRange(start: number, end: number, select: boolean): void;
  // scrolls block i into view and focuses it
  focusBlock(index: number): void;
  // scrolls block i into view without moving the focus (the turn playing now)
  revealBlock(index: number): void;
  // the transcript's scrolling element
  scroller(): HTMLElement | null;
}

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
  onSelection(range: { start: number; end: number } | null): void;
  onStripe(nodeId: number, codingIds: number[]): void;
  onCodeTurn(index: number): void;
  onEditTurn(index: number): void;
  onPlayFrom(index: number): void;
}

const LINE_HEIGHT = 24;
const BLOCK_CHROME = 14;
const CHAR_WIDTH = 7.4;
const SIDE_CHROME = 200;

// Renders the windowed transcript with its density bar.
export function Transcript(props: TranscriptProps) {
  const { blocks, index, onSelection } = props;
  const scrollerRef = useRef<HTMLDivElement>(null);
  const contentRef = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(800);

  useLayoutEffect(() => {
    const el = scrollerRef.current;
    if (!el) return;
    setWidth(el.clientWidth);
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => setWidth(el.clientWidth));
    observer?.observe(el);
    return () => observer?.disconnect();
  }, []);

  const layoutKey = String(Math.round(width / 16));
  const charsPerLine = Math.max(20, Math.floor((width - SIDE_CHROME) / CHAR_WIDTH));
  const estimate = useCallback(
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
  // measured heights are kept across corrections (a changed turn is measured again when shown); a new width or a different number of turns starts over
  const virtual = useVirtualBlocks(blocks.length, estimate, scrollerRef, `${layoutKey}:${blocks.length}`);
  const { window: win, scrollToBlock } = virtual;

  // selection in the transcript -> code points
  useEffect(() => {
    let frame = 0;
    const onChange = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        const root = contentRef.current;
        if (!root) return;
        const selection = document.getSelection();
        const anchor = selection?.anchorNode ?? null;
        // a selection or caret elsewhere (a memo, a dialog) leaves the transcript's selection as it was
        if (!selection || !anchor || !root.contains(anchor)) return;
        onSelection(selectionToRange(root, selection, index));
      });
    };
    document.addEventListener('selectionchange', onChange);
    return () => {
      document.removeEventListener('selectionchange', onChange);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [index, onSelection]);

  const pending = useRef<{ start: number; end: number; select: boolean } | null>(null);
  const revealPending = useCallback(() => {
    const want = pending.current;
    const root = contentRef.current;
    const scroller = scrollerRef.current;
    if (!want || !root || !scroller) return;
    const range = rangeToDom(root, index, want.start, want.end);
    if (!range) return;
    pending.current = null;
    const rect = range.getBoundingClientRect();
    const box = scroller.getBoundingClientRect();
    scroller.scrollTop += rect.top - box.top - Math.max(40, (box.height - rect.height) / 2);
    if (want.select) {
      const selection = document.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    }
  }, [index]);
  useLayoutEffect(() => revealPending());

  useImperativeHandle(
    props.ref,
    () => ({
      showRange(start, end, select) {
        pending.current = { start, end, select };
        scrollToBlock(blockAt(blocks, start), 0, 80);
        requestAnimationFrame(() => revealPending());
      },
      focusBlock(i) {
        const scroller = scrollerRef.current;
        const el = scroller?.querySelector<HTMLElement>(`.coding-block[data-index="${i}"]`);
        if (el && scroller) {
          const top = el.offsetTop - scroller.scrollTop;
          if (top < 0 || top + el.offsetHeight > scroller.clientHeight) el.scrollIntoView({ block: 'nearest' });
          el.focus({ preventScroll: true });
          return;
        }
        scrollToBlock(i, 0, 40);
        requestAnimationFrame(() => scrollerRef.current?.querySelector<HTMLElement>(`.coding-block[data-index="${i}"]`)?.focus({ preventScroll: true }));
      },
      revealBlock(i) {
        const el = scrollerRef.current?.querySelector<HTMLElement>(`.coding-block[data-index="${i}"]`);
        if (el) el.scrollIntoView({ block: 'nearest' });
        else scrollToBlock(i, 0, 40);
      },
      scroller: () => scrollerRef.current,
    }),
    [blocks, scrollToBlock, revealPending],
  );

  const rendered = useMemo(() => {
    const out: ReactNode[] = [];
    for (let i = win.first; i < win.last; i++) {
      const block = blocks[i];
      if (!block) continue;
      const editing = props.editingIndex === i;
      out.push(
        <TurnBlock
          key={`${block.start}:${block.segmentId ?? 'p'}:${i}`}
          block={block}
          codings={props.blockCodings[i] ?? []}
          codingsKey={props.blockKeys[i] ?? ''}
          index={index}
          nodes={props.nodes}
          nodeOrder={props.nodeOrder}
          highlightNodeId={props.highlightNodeId}
          selectedCodings={props.selectedCodings}
          focused={props.focusedIndex === i}
          playing={props.playingIndex === i}
          layoutKey={layoutKey}
          editor={editing ? props.editor : null}
          canEdit={props.canEdit}
          hasMedia={props.hasMedia}
          measure={virtual.measure}
          onFocusBlock={props.onFocusBlock}
          onStripe={props.onStripe}
          onCodeTurn={props.onCodeTurn}
          onEditTurn={props.onEditTurn}
          onPlayFrom={props.onPlayFrom}
        />,
      );
    }
    return out;
  }, [win, blocks, index, props.blockCodings, props.blockKeys, props.nodes, props.nodeOrder, props.highlightNodeId, props.selectedCodings, props.focusedIndex, props.playingIndex, props.editingIndex, props.editor, props.canEdit, props.hasMedia, layoutKey, virtual.measure, props.onFocusBlock, props.onStripe, props.onCodeTurn, props.onEditTurn, props.onPlayFrom]);

  return (
    <div className="coding-transcript">
      <div
        ref={scrollerRef}
        className="coding-scroller"
        role="region"
        aria-label="Transcript"
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
          {rendered}
          <div className="coding-spacer" style={{ height: `${win.after}px` }} />
        </div>
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
