// The turns of the transcript inside the window of rendered blocks (the rest stands as
// spacers, see use-virtual-blocks.ts); each turn is memoised, so only changed turns render.
import { memo } from 'react';
import type { ReactNode } from 'react';
import type { CodingRecord, NodeRecord } from '../../../shared/model/entities.ts';
import type { OffsetIndex } from '../../../shared/text/code-points.ts';
import type { Block } from './blocks.ts';
import { TurnBlock } from './turn-block.tsx';
import type { VirtualWindow } from './use-virtual-blocks.ts';

export interface TranscriptBlocksProps {
  window: VirtualWindow;
  blocks: readonly Block[];
  index: OffsetIndex;
  blockCodings: readonly (readonly CodingRecord[])[];
  blockKeys: readonly string[];
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
  layoutKey: string;
  measure(index: number, el: HTMLElement | null): void;
  onFocusBlock(index: number): void;
  onStripe(nodeId: number, codingIds: number[]): void;
  onCodeTurn(index: number): void;
  onEditTurn(index: number): void;
  onPlayFrom(index: number): void;
}

function TranscriptBlocksView(props: TranscriptBlocksProps) {
  const { window: win, blocks } = props;
  const out: ReactNode[] = [];
  for (let i = win.first; i < win.last; i++) {
    const block = blocks[i];
    if (!block) continue;
    out.push(
      <TurnBlock
        key={`${block.start}:${block.segmentId ?? 'p'}:${i}`}
        block={block}
        codings={props.blockCodings[i] ?? []}
        codingsKey={props.blockKeys[i] ?? ''}
        index={props.index}
        nodes={props.nodes}
        nodeOrder={props.nodeOrder}
        highlightNodeId={props.highlightNodeId}
        selectedCodings={props.selectedCodings}
        focused={props.focusedIndex === i}
        playing={props.playingIndex === i}
        layoutKey={props.layoutKey}
        editor={props.editingIndex === i ? props.editor : null}
        canEdit={props.canEdit}
        hasMedia={props.hasMedia}
        measure={props.measure}
        onFocusBlock={props.onFocusBlock}
        onStripe={props.onStripe}
        onCodeTurn={props.onCodeTurn}
        onEditTurn={props.onEditTurn}
        onPlayFrom={props.onPlayFrom}
      />,
    );
  }
  return <>{out}</>;
}

// Renders the window's turns again only when one of its props changes.
export const TranscriptBlocks = memo(TranscriptBlocksView);
