import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { snapshotTables } from '../../tests/helpers/snapshot.ts';
import { codePhrase, workspaceFixture } from '../../tests/helpers/workspace-fixture.ts';
import type { WorkspaceFixture } from '../../tests/helpers/workspace-fixture.ts';
import { undo } from '../db/undo-log.ts';
import { codeInVivo, createCoder, deleteCodings, inVivoName, uncodeRange } from './coding-actions.ts';
import { createCoding, listCodings } from './codings.ts';
import { listNodes } from '../codebook/codebook.ts';
import { saveMemo, listMemos } from '../memos/memos.ts';

let f: WorkspaceFixture;
beforeEach(() => (f = workspaceFixture()));
afterEach(() => f.store.close());

describe('in-vivo coding', () => {
  it.each([
    ['  log every visit. ', 'log every visit'],
    ['"mixed up",\n and', 'mixed up",\n and'.replace(/\s+/g, ' ')],
    ['—', ''],
    ['word '.repeat(30), `${'word '.repeat(16).trim()}…`],
  ])('names a node by the words %j', (text, name) => {
    expect(inVivoName(text)).toBe(name);
  });

  it('creates a node named by the selection and codes the selection there, as one undoable action', () => {
    const coder = createCoder(f.store, { name: 'Sam Coder', initials: 'sc' });
    const before = snapshotTables(f.store.db);
    const result = codeInVivo(f.store, { sourceId: f.sourceId, ...f.at('log every visit'), parentId: f.rules, coderId: coder.id });
    expect(result.createdNode).toBe(true);
    expect(result.node.path).toBe('Rules/log every visit');
    expect(result.coding.coderId).toBe(coder.id);
    expect(f.codedText(result.coding.id)).toBe('log every visit');
    undo(f.store);
    expect(snapshotTables(f.store.db)).toEqual(before);
  });

  it('reuses a same-named node at that place', () => {
    const first = codeInVivo(f.store, { sourceId: f.sourceId, ...f.at('coaching') });
    const second = codeInVivo(f.store, { sourceId: f.sourceId, start: f.at('the coaching ones').start + 4, end: f.at('the coaching ones').start + 12 });
    expect(second.createdNode).toBe(false);
    expect(second.node.id).toBe(first.node.id);
    expect(listNodes(f.store).filter((n) => n.name === 'coaching')).toHaveLength(1);
  });

  it('names the new node as asked when a name is given (the picker\'s "new node")', () => {
    const result = codeInVivo(f.store, { sourceId: f.sourceId, ...f.at('log every visit'), name: 'Paperwork' });
    expect(result.node.path).toBe('Paperwork');
    expect(f.codedText(result.coding.id)).toBe('log every visit');
  });

  it('refuses a selection without words', () => {
    const at = f.at(' -- ');
    expect(() => codeInVivo(f.store, { sourceId: f.sourceId, start: at.start + 1, end: at.start + 3 })).toThrow(/no words/);
  });
});

describe('uncoding part of a passage', () => {
  it('removes codings inside, trims codings across an edge and splits a coding around the selection', () => {
    const inside = codePhrase(f, f.tools, 'log every');
    const across = codePhrase(f, f.rules, 'we had to log');
    const around = codePhrase(f, f.inspection, 'we -- we had to log every visit');
    saveMemo(f.store, { targetKind: 'coding', targetId: inside, title: '', contentJson: '{}', plainText: 'gone with it' });
    const result = uncodeRange(f.store, { sourceId: f.sourceId, ...f.at('log every') });
    expect(result).toEqual({ removed: 1, trimmed: 1, split: 1 });
    expect(listCodings(f.store, { nodeId: f.tools })).toHaveLength(0);
    expect(f.codedText(across)).toBe('we had to ');
    const parts = listCodings(f.store, { nodeId: f.inspection });
    expect(parts.map((c) => f.codedText(c.id))).toEqual(['we -- we had to ', ' visit']);
    expect(parts.find((c) => c.id === around)).toBeDefined();
    expect(listMemos(f.store, { targetKind: 'coding' })).toHaveLength(0);
  });

  it('uncodes at one node only when a node is given, and undo restores exactly', () => {
    codePhrase(f, f.tools, 'log every');
    const other = codePhrase(f, f.rules, 'log every');
    const before = snapshotTables(f.store.db);
    expect(uncodeRange(f.store, { sourceId: f.sourceId, ...f.at('log every'), nodeId: f.tools }).removed).toBe(1);
    expect(listCodings(f.store, { sourceId: f.sourceId }).map((c) => c.id)).toEqual([other]);
    undo(f.store);
    expect(snapshotTables(f.store.db)).toEqual(before);
  });

  it('does nothing (and records no action) where nothing is coded', () => {
    const logged = () => f.store.db.prepare('SELECT count(*) FROM undo_log').pluck().get();
    const before = logged();
    expect(uncodeRange(f.store, { sourceId: f.sourceId, start: 0, end: 5 })).toEqual({ removed: 0, trimmed: 0, split: 0 });
    expect(logged()).toBe(before);
  });
});

describe('removing several codings at once', () => {
  it('is one undoable action that takes memos on them along', () => {
    const a = codePhrase(f, f.tools, 'log every');
    const b = codePhrase(f, f.rules, 'graded ones');
    saveMemo(f.store, { targetKind: 'coding', targetId: b, title: '', contentJson: '{}', plainText: 'note' });
    const before = snapshotTables(f.store.db);
    expect(deleteCodings(f.store, [a, b, a])).toEqual({ removed: 2 });
    expect(listCodings(f.store, { sourceId: f.sourceId })).toHaveLength(0);
    undo(f.store);
    expect(snapshotTables(f.store.db)).toEqual(before);
    expect(() => deleteCodings(f.store, [a, 9999])).toThrow(/no longer exists/);
    expect(snapshotTables(f.store.db)).toEqual(before);
  });
});

describe('coders', () => {
  it('adds a coder once and refuses initials another coder uses', () => {
    const a = createCoder(f.store, { name: 'Sam Coder', initials: 'sc' });
    expect(a.initials).toBe('SC');
    expect(createCoder(f.store, { name: 'sam coder', initials: 'SC' }).id).toBe(a.id);
    expect(() => createCoder(f.store, { name: 'Sue Cole', initials: 'SC' })).toThrow(/initials SC/);
  });

  it('codings record the coder; an unknown coder is refused with a clear message', () => {
    const coder = createCoder(f.store, { name: 'Sam Coder', initials: 'SC' });
    const coding = createCoding(f.store, { sourceId: f.sourceId, nodeId: f.tools, start: 0, end: 5, coderId: coder.id });
    expect(coding.coderId).toBe(coder.id);
    expect(() => createCoding(f.store, { sourceId: f.sourceId, nodeId: f.tools, start: 0, end: 5, coderId: 999 })).toThrow(/coder no longer exists/);
  });
});
