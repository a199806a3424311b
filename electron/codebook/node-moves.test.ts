import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { snapshotTables } from '../../tests/helpers/snapshot.ts';
import { codePhrase, workspaceFixture } from '../../tests/helpers/workspace-fixture.ts';
import type { WorkspaceFixture } from '../../tests/helpers/workspace-fixture.ts';
import { redo, undo } from '../db/undo-log.ts';
import { createNode, getNode, listNodes } from './codebook.ts';
import { createCoder } from '../codings/coding-actions.ts';
import { createCoding, listCodings } from '../codings/codings.ts';
import { listMemos, saveMemo } from '../memos/memos.ts';
import { mergeNodes, moveNode } from './node-moves.ts';

let f: WorkspaceFixture;
beforeEach(() => (f = workspaceFixture()));
afterEach(() => f.store.close());

function childNames(parentId: number | null): string[] {
  return listNodes(f.store)
    .filter((n) => n.parentId === parentId)
    .map((n) => n.name);
}

describe('moving a node', () => {
  it('moves a node with its subtree under another parent, which gives them its question', () => {
    const q1 = createNode(f.store, { name: 'Q1 Tools', question: 1 });
    const deep = createNode(f.store, { name: 'Deeper', parentId: f.inspection });
    moveNode(f.store, f.rules, q1.id);
    expect(getNode(f.store, f.rules).path).toBe('Q1 Tools/Rules');
    expect(getNode(f.store, deep.id).path).toBe('Q1 Tools/Rules/Inspection/Deeper');
    expect(getNode(f.store, deep.id).question).toBe(1);
  });

  it('reorders siblings, before another or last', () => {
    const extra = createNode(f.store, { name: 'Community' });
    expect(childNames(null)).toEqual(['Rules', 'Tools', 'Community']);
    moveNode(f.store, extra.id, null, f.rules);
    expect(childNames(null)).toEqual(['Community', 'Rules', 'Tools']);
    moveNode(f.store, f.rules, null, null);
    expect(childNames(null)).toEqual(['Community', 'Tools', 'Rules']);
    moveNode(f.store, f.tools, null, extra.id);
    expect(childNames(null)).toEqual(['Tools', 'Community', 'Rules']);
  });

  it('refuses to put a node inside itself or its own child, and changes nothing', () => {
    const before = snapshotTables(f.store.db);
    expect(() => moveNode(f.store, f.rules, f.inspection)).toThrow(/inside itself/);
    expect(() => moveNode(f.store, f.rules, f.rules)).toThrow(/inside itself/);
    expect(snapshotTables(f.store.db)).toEqual(before);
  });

  it('refuses a move onto a sibling of the same name and suggests merging', () => {
    createNode(f.store, { name: 'inspection' });
    expect(() => moveNode(f.store, f.inspection, null)).toThrow(/already a node called "Inspection".*merge/);
  });

  it('is one undoable action', () => {
    const before = snapshotTables(f.store.db);
    moveNode(f.store, f.inspection, null, f.rules);
    const after = snapshotTables(f.store.db);
    undo(f.store);
    expect(snapshotTables(f.store.db)).toEqual(before);
    redo(f.store);
    expect(snapshotTables(f.store.db)).toEqual(after);
  });
});

describe('merging nodes', () => {
  it('moves codings, collapses exact duplicates (keeping their memos) and deletes the merged node', () => {
    const same = 'the college set it up';
    const kept = codePhrase(f, f.tools, same);
    const duplicate = codePhrase(f, f.inspection, same);
    const moved = codePhrase(f, f.inspection, 'we had to log every visit');
    saveMemo(f.store, { targetKind: 'coding', targetId: duplicate, title: '', contentJson: '{}', plainText: 'why this matters' });
    saveMemo(f.store, { targetKind: 'node', targetId: f.inspection, title: '', contentJson: '{}', plainText: 'node memo' });

    const result = mergeNodes(f.store, f.inspection, f.tools);
    expect(result).toMatchObject({ movedCodings: 1, collapsedDuplicates: 1, mergedNodes: 1 });
    expect(result.into.codingCount).toBe(2);
    expect(listCodings(f.store, { nodeId: f.tools }).map((c) => c.id).sort()).toEqual([kept, moved].sort());
    expect(listNodes(f.store).some((n) => n.id === f.inspection)).toBe(false);
    expect(listMemos(f.store, { targetKind: 'coding', targetId: kept }).map((m) => m.plainText)).toEqual(['why this matters']);
    expect(listMemos(f.store, { targetKind: 'node', targetId: f.tools }).map((m) => m.plainText)).toEqual(['node memo']);
  });

  it('keeps two coders\' codings of the same passage apart: only the same coder\'s duplicate collapses', () => {
    const a = createCoder(f.store, { name: 'Coder A', initials: 'CA' });
    const b = createCoder(f.store, { name: 'Coder B', initials: 'CB' });
    const place = f.at('the college set it up');
    const byA = createCoding(f.store, { sourceId: f.sourceId, nodeId: f.tools, ...place, coderId: a.id }).id;
    const byB = createCoding(f.store, { sourceId: f.sourceId, nodeId: f.inspection, ...place, coderId: b.id }).id;
    createCoding(f.store, { sourceId: f.sourceId, nodeId: f.inspection, ...place, coderId: a.id });
    const result = mergeNodes(f.store, f.inspection, f.tools);
    expect(result).toMatchObject({ movedCodings: 1, collapsedDuplicates: 1 });
    expect(listCodings(f.store, { nodeId: f.tools }).map((c) => [c.id, c.coderId]).sort()).toEqual([[byA, a.id], [byB, b.id]].sort());
  });

  it('brings children across, merging same-named ones, and unites components', () => {
    const a = createNode(f.store, { name: 'Forms', parentId: f.rules });
    const b = createNode(f.store, { name: 'forms', parentId: f.tools });
    codePhrase(f, a.id, 'log every visit');
    const result = mergeNodes(f.store, f.rules, f.tools);
    expect(result.mergedNodes).toBe(2);
    expect(childNames(f.tools).sort()).toEqual(['Inspection', 'forms']);
    expect(getNode(f.store, b.id).codingCount).toBe(1);
    expect(getNode(f.store, f.tools).components.sort()).toEqual(['rules', 'tools']);
  });

  it('refuses to merge a node into itself or into its own child', () => {
    expect(() => mergeNodes(f.store, f.rules, f.rules)).toThrow(/two different nodes/);
    expect(() => mergeNodes(f.store, f.rules, f.inspection)).toThrow(/own children/);
  });

  it('undo restores both nodes, every coding and memo exactly', () => {
    codePhrase(f, f.tools, 'the college set it up');
    const dup = codePhrase(f, f.rules, 'the college set it up');
    codePhrase(f, f.inspection, 'graded ones');
    saveMemo(f.store, { targetKind: 'coding', targetId: dup, title: '', contentJson: '{}', plainText: 'm' });
    const before = snapshotTables(f.store.db);
    mergeNodes(f.store, f.rules, f.tools);
    const after = snapshotTables(f.store.db);
    undo(f.store);
    expect(snapshotTables(f.store.db)).toEqual(before);
    redo(f.store);
    expect(snapshotTables(f.store.db)).toEqual(after);
  });
});
