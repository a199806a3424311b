// nodePaths gives the same "Parent/Child" paths as listNodes without reading the counts.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryStore } from '../../tests/helpers/memory-store.ts';
import type { Store } from '../db/store.ts';
import { createNode, listNodes, nodePaths } from './codebook.ts';

let store: Store & { close(): void };
beforeEach(() => (store = memoryStore()));
afterEach(() => store.close());

describe('node paths', () => {
  it('match listNodes for nested nodes', () => {
    const q4 = createNode(store, { name: 'Q4 Division of labour', question: 4 });
    const roles = createNode(store, { name: 'Roles', parentId: q4.id });
    createNode(store, { name: 'Broker chases', parentId: roles.id });
    createNode(store, { name: 'Free node' });
    const paths = nodePaths(store);
    expect(paths.get(roles.id)).toBe('Q4 Division of labour/Roles');
    expect(new Map(listNodes(store).map((n) => [n.id, n.path]))).toEqual(paths);
    expect([...paths.values()].sort()).toEqual(['Free node', 'Q4 Division of labour', 'Q4 Division of labour/Roles', 'Q4 Division of labour/Roles/Broker chases']);
  });
});
