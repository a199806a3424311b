// Ordering nodes for the type-to-find picker.
import type { NodeRecord } from '../../../shared/model/entities.ts';

// Nodes whose path holds every typed word, best first: name starts with the query, then
// name holds it, then only the path does; with no query, recent nodes first, then codebook order.
export function rankNodes(nodes: readonly NodeRecord[], query: string, recent: readonly number[] = []): NodeRecord[] {
  const q = query.trim().toLowerCase();
  if (q === '') {
    const recentSet = new Set(recent);
    const first = recent.map((id) => nodes.find((n) => n.id === id)).filter((n): n is NodeRecord => n !== undefined);
    return [...first, ...nodes.filter((n) => !recentSet.has(n.id))];
  }
  const words = q.split(/\s+/u);
  const scored: { node: NodeRecord; score: number; order: number }[] = [];
  nodes.forEach((node, order) => {
    const name = node.name.toLowerCase();
    const path = node.path.toLowerCase();
    if (!words.every((w) => path.includes(w))) return;
    const score = name.startsWith(q) ? 0 : name.includes(q) ? 1 : words.every((w) => name.includes(w)) ? 2 : 3;
    scored.push({ node, score, order });
  });
  return scored.sort((a, b) => a.score - b.score || a.order - b.order).map((s) => s.node);
}
