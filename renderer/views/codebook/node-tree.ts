// Builds the codebook tree from the flat nodes.list result.
import type { NodeRecord } from '../../../shared/model/entities.ts';

export interface NodeTreeItem {
  node: NodeRecord;
  children: NodeTreeItem[];
}

// Nests nodes under their parents, ordered by sortOrder then name; orphans become roots.
export function buildNodeTree(nodes: readonly NodeRecord[]): NodeTreeItem[] {
  const items = new Map<number, NodeTreeItem>(nodes.map((n) => [n.id, { node: n, children: [] }]));
  const roots: NodeTreeItem[] = [];
  for (const item of items.values()) {
    const parent = item.node.parentId === null ? undefined : items.get(item.node.parentId);
    if (parent && parent !== item) parent.children.push(item);
    else roots.push(item);
  }
  const order = (a: NodeTreeItem, b: NodeTreeItem) => a.node.sortOrder - b.node.sortOrder || a.node.name.localeCompare(b.node.name);
  const sortAll = (list: NodeTreeItem[]) => {
    list.sort(order);
    for (const item of list) sortAll(item.children);
  };
  sortAll(roots);
  return roots;
}
