// nodePaths gives the same "Parent/Child" paths as listNodes without reading the counts,
// and getNode (one node's counts) the same record as listNodes.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryStore } from '../../tests/helpers/memory-store.ts';
import type { Store } from '../db/store.ts';
import { createNode, getNode, listNodes, nodePaths } from './codebook.ts';
import { createCoding } from '../codings/codings.ts';
import { importTextSource } from '../sources/sources.ts';

let store: Store & { close(): void };
beforeEach(() => (store = memoryStore()));
afterEach(() => store.close());

describe('node paths', () => {
  it('match listNodes for nested nodes, and getNode matches its entry', () => {
    const q4 = createNode(store, { name: 'Q4 Division of labour', question: 4 });
    const roles = createNode(store, { name: 'Roles', parentId: q4.id });
    createNode(store, { name: 'Broker chases', parentId: roles.id });
    createNode(store, { name: 'Free node' });
    const paths = nodePaths(store);
    expect(paths.get(roles.id)).toBe('Q4 Division of labour/Roles');
    expect(new Map(listNodes(store).map((n) => [n.id, n.path]))).toEqual(paths);
    const source = importTextSource(store, { name: 'S', kind: 'transcript', text: 'Interviewer: Who chases?\n\nAmara: The broker chases.', originFormat: 'txt' });
    createCoding(store, { sourceId: source.id, nodeId: roles.id, start: 0, end: 10 });
    createCoding(store, { sourceId: source.id, nodeId: roles.id, start: 20, end: 30 });
    for (const node of listNodes(store)) expect(getNode(store, node.id)).toEqual(node);
    expect(getNode(store, roles.id).codingCount).toBe(2);
    expect([...paths.values()].sort()).toEqual(['Free node', 'Q4 Division of labour', 'Q4 Division of labour/Roles', 'Q4 Division of labour/Roles/Broker chases']);
  });
});
