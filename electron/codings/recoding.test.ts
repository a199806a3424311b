// Re-coding a passage at a node it is already coded at (by the same coder) gives one coding,
// never a second identical one; other coders' and other nodes' codings stay apart.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { snapshotTables } from '../../tests/helpers/snapshot.ts';
import { codePhrase, workspaceFixture } from '../../tests/helpers/workspace-fixture.ts';
import type { WorkspaceFixture } from '../../tests/helpers/workspace-fixture.ts';
import { undo } from '../db/undo-log.ts';
import { createDiagram } from '../diagrams/diagrams.ts';
import { addEvidence, listEvidence } from '../diagrams/evidence.ts';
import { listMemos, saveMemo } from '../memos/memos.ts';
import { createCoder } from './coding-actions.ts';
import { createCoding, listCodings } from './codings.ts';

let f: WorkspaceFixture;
beforeEach(() => {
  f = workspaceFixture();
});
afterEach(() => f.store.close());

const atTools = () => listCodings(f.store, { nodeId: f.tools });

describe('coding a passage already coded at the node', () => {
  it('leaves one coding when the same passage is coded twice', () => {
    const first = codePhrase(f, f.tools, 'the college set it up');
    const again = codePhrase(f, f.tools, 'the college set it up');
    expect(again).toBe(first);
    expect(atTools()).toHaveLength(1);
  });

  it('widens the coding over an overlapping or touching passage, in one undo step', () => {
    const first = codePhrase(f, f.tools, 'the college set it up');
    const before = snapshotTables(f.store.db);
    codePhrase(f, f.tools, 'set it up and we');
    expect(atTools()).toHaveLength(1);
    expect(f.codedText(first)).toBe('the college set it up and we');
    // a passage that ends where the coding starts
    createCoding(f.store, { sourceId: f.sourceId, nodeId: f.tools, ...f.at('Well, um, ') });
    expect(atTools()).toHaveLength(1);
    expect(f.codedText(first)).toBe('Well, um, the college set it up and we');
    undo(f.store);
    undo(f.store);
    expect(snapshotTables(f.store.db)).toEqual(before);
  });

  it('folds every coding the new passage bridges into one, moving their memos and diagram evidence', () => {
    const left = codePhrase(f, f.tools, 'the college');
    const right = codePhrase(f, f.tools, 'we had to log');
    saveMemo(f.store, { targetKind: 'coding', targetId: right, title: '', contentJson: '{}', plainText: 'on the log' });
    const diagram = createDiagram(f.store, { generation: 2, title: 'Before' });
    const tools = diagram.systems[0]?.components.find((c) => c.kind === 'tools');
    if (!tools) throw new Error('no tools component');
    addEvidence(f.store, { componentId: tools.id }, [left, right]);
    codePhrase(f, f.tools, 'college set it up and we -- we');
    expect(atTools().map((c) => c.id)).toEqual([left]);
    expect(f.codedText(left)).toBe('the college set it up and we -- we had to log');
    expect(listMemos(f.store, { targetKind: 'coding', targetId: left }).map((m) => m.plainText)).toEqual(['on the log']);
    expect(listEvidence(f.store, { componentId: tools.id }).items.map((i) => i.codingId)).toEqual([left]);
  });

  it('keeps other coders\' and other nodes\' codings of the same passage apart', () => {
    const a = createCoder(f.store, { name: 'Coder A', initials: 'CA' });
    const b = createCoder(f.store, { name: 'Coder B', initials: 'CB' });
    const place = f.at('the college set it up');
    createCoding(f.store, { sourceId: f.sourceId, nodeId: f.tools, ...place, coderId: a.id });
    createCoding(f.store, { sourceId: f.sourceId, nodeId: f.tools, ...place, coderId: b.id });
    createCoding(f.store, { sourceId: f.sourceId, nodeId: f.inspection, ...place, coderId: a.id });
    expect(atTools().map((c) => c.coderId).sort()).toEqual([a.id, b.id].sort());
    expect(listCodings(f.store, { nodeId: f.inspection })).toHaveLength(1);
  });

  it('refuses a passage outside the text without changing anything', () => {
    codePhrase(f, f.tools, 'the college');
    const before = snapshotTables(f.store.db);
    expect(() => createCoding(f.store, { sourceId: f.sourceId, nodeId: f.tools, start: 0, end: 100_000 })).toThrow(/not inside the source/);
    expect(snapshotTables(f.store.db)).toEqual(before);
  });
});
