// The coding-stripe margin and the density bar, as plain data: which node gets which
// column beside a block and which passages its stripe covers; how much of each part of
// the source is coded.
import type { CodingRecord } from '../../../shared/model/entities.ts';

export interface StripeColumn {
  nodeId: number;
  // the coder of this column's codings, when stripes are split by coder (undefined: every coder)
  coderId?: number | null;
  // the codings of this node touching the block
  codingIds: number[];
  // merged code-point ranges of those codings, clamped to the block
  ranges: { start: number; end: number }[];
}

// One column per node coded in the block (per node and coder when byCoder), ordered as the
// codebook (nodeOrder) and then by coder, with its passages merged.
export function stripeColumns(codings: readonly CodingRecord[], block: { start: number; end: number }, nodeOrder: ReadonlyMap<number, number>, byCoder = false): StripeColumn[] {
  const byNode = new Map<string, CodingRecord[]>();
  for (const c of codings) {
    const k = byCoder ? `${c.nodeId}:${c.coderId ?? ''}` : String(c.nodeId);
    const list = byNode.get(k) ?? [];
    list.push(c);
    byNode.set(k, list);
  }
  const columns: StripeColumn[] = [];
  for (const list of byNode.values()) {
    const nodeId = (list[0] as CodingRecord).nodeId;
    const sorted = [...list].sort((a, b) => a.start - b.start);
    const ranges: { start: number; end: number }[] = [];
    for (const c of sorted) {
      const start = Math.max(c.start, block.start);
      const end = Math.min(c.end, block.end);
      if (end <= start) continue;
      const last = ranges[ranges.length - 1];
      if (last && start <= last.end) last.end = Math.max(last.end, end);
      else ranges.push({ start, end });
    }
    if (ranges.length > 0) columns.push({ nodeId, codingIds: sorted.map((c) => c.id), ranges, ...(byCoder ? { coderId: (list[0] as CodingRecord).coderId } : {}) });
  }
  const rank = (id: number) => nodeOrder.get(id) ?? Number.MAX_SAFE_INTEGER;
  return columns.sort((a, b) => rank(a.nodeId) - rank(b.nodeId) || a.nodeId - b.nodeId || (a.coderId ?? 0) - (b.coderId ?? 0));
}

// How deeply each of `bins` equal parts of the text is coded, from 0 to 1 (1 = the most-coded part).
export function densityBins(codings: readonly CodingRecord[], length: number, bins: number): number[] {
  const depth = new Float64Array(bins);
  if (length <= 0 || bins <= 0) return Array.from(depth);
  const size = length / bins;
  for (const c of codings) {
    if (c.end <= c.start) continue;
    const first = Math.min(bins - 1, Math.floor(c.start / size));
    const last = Math.min(bins - 1, Math.floor((c.end - 1) / size));
    for (let b = first; b <= last; b++) {
      const from = Math.max(c.start, b * size);
      const to = Math.min(c.end, (b + 1) * size);
      depth[b] = (depth[b] as number) + Math.max(0, to - from) / size;
    }
  }
  const max = Math.max(...depth, 0);
  return Array.from(depth, (d) => (max > 0 ? d / max : 0));
}
