import { describe, expect, it } from 'vitest';
import type { NodeRecord } from '../../../shared/model/entities.ts';
import { codingsRemovedByDelete, dropZone, mergeTargets, planDrop } from './tree-moves.ts';

function node(id: number, parentId: number | null, sortOrder: number, codingCount = 0): NodeRecord {
  return { id, guid: `g${id}`, parentId, name: `N${id}`, path: `N${id}`, description: '', color: '#000000', question: null, components: [], sortOrder, codingCount, sourceCount: 0 };
}

// 1 (2, 3 (4)), 5, 6
const NODES = [node(1, null, 1, 2), node(2, 1, 2, 1), node(3, 1, 3, 4), node(4, 3, 4, 8), node(5, null, 5), node(6, null, 6)];

describe('dropping nodes in the tree', () => {
  it('splits a row into before, inside and after', () => {
    expect([0, 5, 10, 19].map((y) => dropZone(y, 20))).toEqual(['before', 'inside', 'inside', 'after']);
  });

  it('plans moves before, inside and after a node', () => {
    expect(planDrop(NODES, 6, 1, 'before')).toEqual({ parentId: null, beforeId: 1 });
    expect(planDrop(NODES, 6, 3, 'inside')).toEqual({ parentId: 3, beforeId: null });
    expect(planDrop(NODES, 5, 2, 'after')).toEqual({ parentId: 1, beforeId: 3 });
    expect(planDrop(NODES, 2, 3, 'after')).toEqual({ parentId: 1, beforeId: null });
    expect(planDrop(NODES, 2, null, 'inside')).toEqual({ parentId: null, beforeId: null });
  });

  it('refuses drops into itself or its own children, and drops that change nothing', () => {
    expect(planDrop(NODES, 1, 4, 'inside')).toBeNull();
    expect(planDrop(NODES, 1, 1, 'before')).toBeNull();
    expect(planDrop(NODES, 5, 6, 'before')).toBeNull();
    expect(planDrop(NODES, 5, 1, 'after')).toBeNull();
    expect(planDrop(NODES, 4, 3, 'inside')).toBeNull();
    expect(planDrop(NODES, 6, null, 'inside')).toBeNull();
  });

  it('offers merge targets other than the node and its children', () => {
    expect(mergeTargets(NODES, 1).map((n) => n.id)).toEqual([5, 6]);
  });

  it('counts the codings a delete removes, children included', () => {
    expect(codingsRemovedByDelete(NODES, 1)).toEqual({ codings: 15, nodes: 4 });
    expect(codingsRemovedByDelete(NODES, 5)).toEqual({ codings: 0, nodes: 1 });
  });
});
