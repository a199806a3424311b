// Nesting the flat node list into the codebook tree.
import { describe, expect, it } from 'vitest';
import type { NodeRecord } from '../../../shared/model/entities.ts';
import { buildNodeTree } from './node-tree.ts';
import type { NodeTreeItem } from './node-tree.ts';

function node(id: number, parentId: number | null, name: string, sortOrder = 0): NodeRecord {
  return { id, guid: `n${id}`, parentId, name, path: name, description: '', color: '#000000', question: null, components: [], sortOrder, codingCount: 0, sourceCount: 0 };
}

const shape = (items: NodeTreeItem[]): unknown[] => items.map((i) => (i.children.length ? [i.node.name, shape(i.children)] : i.node.name));

describe('buildNodeTree', () => {
  it('nests children under parents in sort order, then by name', () => {
    const nodes = [node(3, 1, 'b', 1), node(1, null, 'Q1', 1), node(2, 1, 'a', 1), node(4, null, 'Q0', 0), node(5, 3, 'deep')];
    expect(shape(buildNodeTree(nodes))).toEqual(['Q0', ['Q1', ['a', ['b', ['deep']]]]]);
  });
  it('keeps nodes whose parent is missing (or themselves) as roots', () => {
    expect(shape(buildNodeTree([node(1, 99, 'orphan'), node(2, 2, 'self')]))).toEqual(['orphan', 'self']);
  });
});
