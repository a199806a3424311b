// What the coding view derives from its data: the source's text index, its blocks, the
// codings of each block (with a key that changes when they do), the codebook by id and in
// order, and how often each node is coded in this source.
import { useMemo } from 'react';
import type { CodingRecord, NodeRecord, SourceDetail } from '../../../shared/model/entities.ts';
import { createOffsetIndex } from '../../../shared/text/code-points.ts';
import type { OffsetIndex } from '../../../shared/text/code-points.ts';
import { buildBlocks, codingsByBlock } from './blocks.ts';
import type { Block } from './blocks.ts';

export interface TranscriptModel {
  index: OffsetIndex | null;
  blocks: Block[];
  nodeList: readonly NodeRecord[];
  nodeMap: ReadonlyMap<number, NodeRecord>;
  nodeOrder: ReadonlyMap<number, number>;
  allCodings: readonly CodingRecord[];
  perBlock: CodingRecord[][];
  blockKeys: string[];
  countsHere: ReadonlyMap<number, number>;
}

const EMPTY: readonly CodingRecord[] = [];

// The derived data, recomputed only when the source, its codings or the codebook change.
export function useTranscriptModel(source: SourceDetail | null, codings: readonly CodingRecord[] | null, nodes: readonly NodeRecord[] | null): TranscriptModel {
  const index = useMemo(() => (source ? createOffsetIndex(source.text) : null), [source]);
  const blocks = useMemo(() => (index && source ? buildBlocks(index, source.segments) : []), [index, source]);
  const nodeList = useMemo(() => nodes ?? [], [nodes]);
  const nodeMap = useMemo(() => new Map(nodeList.map((n) => [n.id, n])), [nodeList]);
  const nodeOrder = useMemo(() => new Map(nodeList.map((n, i) => [n.id, i])), [nodeList]);
  const allCodings = codings ?? EMPTY;
  const perBlock = useMemo(() => codingsByBlock(blocks, allCodings), [blocks, allCodings]);
  const blockKeys = useMemo(() => perBlock.map((list) => list.map((c) => `${c.id}:${c.nodeId}:${c.start}:${c.end}`).join(',')), [perBlock]);
  const countsHere = useMemo(() => {
    const counts = new Map<number, number>();
    for (const c of allCodings) counts.set(c.nodeId, (counts.get(c.nodeId) ?? 0) + 1);
    return counts;
  }, [allCodings]);
  return { index, blocks, nodeList, nodeMap, nodeOrder, allCodings, perBlock, blockKeys, countsHere };
}
