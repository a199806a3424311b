// What the coding view derives from its data: the source's text index, its blocks, the
// codings of each block (with a key that changes when they do), the codebook by id and in
// order, and how often each node is coded in this source.
import { useEffect, useMemo, useRef } from 'react';
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

interface BlockCodings {
  perBlock: CodingRecord[][];
  blockKeys: string[];
}

// What a block's codings are (changes whenever they do, coder included: stripes may be split by coder).
function codingsKey(list: readonly CodingRecord[]): string {
  return list.map((c) => `${c.id}:${c.nodeId}:${c.start}:${c.end}:${c.coderId ?? ''}`).join(',');
}

// Each block's codings and key, taking the list a block had before when its key is the same.
function keepUnchanged(before: BlockCodings | null, lists: CodingRecord[][]): BlockCodings {
  const blockKeys = lists.map(codingsKey);
  if (before) {
    for (let i = 0; i < lists.length; i++) {
      const kept = before.perBlock[i];
      if (kept && before.blockKeys[i] === blockKeys[i]) lists[i] = kept;
    }
  }
  return { perBlock: lists, blockKeys };
}

// The derived data, recomputed only when the source, its codings or the codebook change.
export function useTranscriptModel(source: SourceDetail | null, codings: readonly CodingRecord[] | null, nodes: readonly NodeRecord[] | null): TranscriptModel {
  const index = useMemo(() => (source ? createOffsetIndex(source.text) : null), [source]);
  const blocks = useMemo(() => (index && source ? buildBlocks(index, source.segments) : []), [index, source]);
  const nodeList = useMemo(() => nodes ?? [], [nodes]);
  const nodeMap = useMemo(() => new Map(nodeList.map((n) => [n.id, n])), [nodeList]);
  const nodeOrder = useMemo(() => new Map(nodeList.map((n, i) => [n.id, i])), [nodeList]);
  const allCodings = codings ?? EMPTY;
  // a block whose codings did not change keeps its list, so its turn's runs and stripes are not worked out again
  const previous = useRef<BlockCodings | null>(null);
  const { perBlock, blockKeys } = useMemo(() => keepUnchanged(previous.current, codingsByBlock(blocks, allCodings)), [blocks, allCodings]);
  useEffect(() => {
    previous.current = { perBlock, blockKeys };
  }, [perBlock, blockKeys]);
  const countsHere = useMemo(() => {
    const counts = new Map<number, number>();
    for (const c of allCodings) counts.set(c.nodeId, (counts.get(c.nodeId) ?? 0) + 1);
    return counts;
  }, [allCodings]);
  return { index, blocks, nodeList, nodeMap, nodeOrder, allCodings, perBlock, blockKeys, countsHere };
}
