// For the coding view's DOM tests (happy-dom): renders the real Transcript of a text with
// speaker turns and codings, and finds and selects text in it by UTF-16 offsets of the
// source (the way dom-selection.ts addresses the DOM).
import { act, createRef } from 'react';
import type { ReactNode, RefObject } from 'react';
import { createRoot } from 'react-dom/client';
import type { CodingRecord, NodeRecord, Segment } from '../../../../shared/model/entities.ts';
import { createOffsetIndex } from '../../../../shared/text/code-points.ts';
import type { OffsetIndex } from '../../../../shared/text/code-points.ts';
import { parseSegments } from '../../../../shared/text/speaker-turns.ts';
import { buildBlocks, codingsByBlock } from '../blocks.ts';
import type { Block } from '../blocks.ts';
import type { CodePointRange } from '../dom-selection.ts';
import { Transcript } from '../transcript.tsx';
import type { TranscriptProps } from '../transcript.tsx';
import type { TranscriptHandle } from '../use-transcript-handle.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// A coding of a node over [start, end) code points.
export function coding(id: number, nodeId: number, range: CodePointRange): CodingRecord {
  return { id, guid: `g${id}`, sourceId: 1, nodeId, start: range.start, end: range.end, coderId: null, createdAt: '' };
}

// A node of the codebook.
export function node(id: number, name: string, color: string): NodeRecord {
  return { id, guid: `n${id}`, parentId: null, name, path: name, description: '', color, question: null, components: [], sortOrder: id, codingCount: 0, sourceCount: 0 };
}

// The speaker turns of a text, as the host stores them.
export function segmentsOf(text: string, speakers: string[]): Segment[] {
  return parseSegments(text, { speakers }).map((s, i) => ({ ...s, id: i + 1, seq: i, caseId: null, isInterviewer: s.speakerLabel === 'Interviewer' }));
}

export interface TranscriptSetup {
  text: string;
  speakers: string[];
  codings?: CodingRecord[];
  nodes?: NodeRecord[];
  // called with every selection the transcript reports (once a frame)
  onSelection?: (range: CodePointRange | null) => void;
  // called when a coding stripe is clicked
  onStripe?: (nodeId: number, codingIds: number[]) => void;
  // the turn that has the focus (the first unless given)
  focusedIndex?: number;
}

// What goes around the transcript in a test (hooks under test that need the handle).
export type TranscriptHarness = (transcript: ReactNode, handle: RefObject<TranscriptHandle | null>) => ReactNode;

export interface RenderedTranscript {
  container: HTMLElement;
  // the element selections are measured against (.coding-content)
  content: HTMLElement;
  index: OffsetIndex;
  blocks: Block[];
  handle: RefObject<TranscriptHandle | null>;
  // the code-point range of the first occurrence of a phrase in the text
  rangeOf(phrase: string): CodePointRange;
  // the DOM point (text node, offset) at a UTF-16 offset of the source, inside the run that holds it
  pointAt(u16: number, side?: 'start' | 'end'): [Text, number];
  // selects [from16, to16) of the source in the DOM (UTF-16 offsets)
  select(from16: number, to16: number): void;
  unmount(): void;
}

// Renders a transcript into the document; `harness` may wrap it in a component using its handle.
export function renderTranscript(setup: TranscriptSetup, harness?: TranscriptHarness): RenderedTranscript {
  const index = createOffsetIndex(setup.text);
  const blocks = buildBlocks(index, segmentsOf(setup.text, setup.speakers));
  const codings = setup.codings ?? [];
  const nodes = setup.nodes ?? [];
  const perBlock = codingsByBlock(blocks, codings);
  const handle = createRef<TranscriptHandle>();
  const props: TranscriptProps = {
    ref: handle,
    sourceId: 1,
    index,
    blocks,
    blockCodings: perBlock,
    blockKeys: perBlock.map((list) => list.map((c) => c.id).join(',')),
    allCodings: codings,
    nodes: new Map(nodes.map((n) => [n.id, n])),
    nodeOrder: new Map(nodes.map((n, i) => [n.id, i])),
    highlightNodeId: null,
    selectedCodings: new Set(),
    focusedIndex: setup.focusedIndex ?? 0,
    playingIndex: null,
    editingIndex: null,
    editor: null,
    canEdit: true,
    hasMedia: false,
    onFocusBlock: () => undefined,
    onSelection: setup.onSelection ?? (() => undefined),
    onStripe: setup.onStripe ?? (() => undefined),
    onCodeTurn: () => undefined,
    onEditTurn: () => undefined,
    onPlayFrom: () => undefined,
  };
  const container = document.createElement('div');
  document.body.appendChild(container);
  const root = createRoot(container);
  const transcript = <Transcript {...props} />;
  act(() => root.render(harness ? harness(transcript, handle) : transcript));
  const content = container.querySelector<HTMLElement>('.coding-content');
  if (!content) throw new Error('the transcript did not render');

  const pointAt = (u16: number, side: 'start' | 'end' = 'start'): [Text, number] => {
    for (const run of Array.from(content.querySelectorAll<HTMLElement>('.coding-run'))) {
      const from = Number(run.dataset.u16);
      const text = run.firstChild;
      const length = run.textContent?.length ?? 0;
      const inside = side === 'start' ? u16 >= from && u16 < from + length : u16 > from && u16 <= from + length;
      if (inside && text instanceof Text) return [text, u16 - from];
    }
    throw new Error(`no run holds UTF-16 offset ${u16}`);
  };

  return {
    container,
    content,
    index,
    blocks,
    handle,
    rangeOf(phrase) {
      const at = setup.text.indexOf(phrase);
      if (at < 0) throw new Error(`not in the text: ${phrase}`);
      return { start: index.toCodePoint(at), end: index.toCodePoint(at + phrase.length) };
    },
    pointAt,
    select(from16, to16) {
      const [a, aOffset] = pointAt(from16, 'start');
      const [b, bOffset] = pointAt(to16, 'end');
      document.getSelection()?.setBaseAndExtent(a, aOffset, b, bOffset);
    },
    unmount() {
      act(() => root.unmount());
      container.remove();
      document.getSelection()?.removeAllRanges();
    },
  };
}
