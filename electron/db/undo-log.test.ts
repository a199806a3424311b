import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryStore } from '../../tests/helpers/memory-store.ts';
import { snapshotTables } from '../../tests/helpers/snapshot.ts';
import { redo, undo, undoState } from './undo-log.ts';
import type { Store } from './store.ts';
import { createCase, updateCase } from '../cases/cases.ts';
import { createNode, deleteNode, updateNode } from '../codebook/codebook.ts';
import { createCoding, deleteCoding } from '../codings/codings.ts';
import { deleteMemo, saveMemo } from '../memos/memos.ts';
import { editSourceText } from '../sources/source-edits.ts';
import { deleteSource, importTextSource, updateSource } from '../sources/sources.ts';

const TRANSCRIPT = [
  'Interview 1 - test',
  '',
  'Interviewer: How did the coaching start?',
  '',
  'Ruth: Well, um, the college set it up and we -- we had to log every visit.',
  '',
  'Interviewer: And the observations?',
  '',
  'Ruth: The graded ones and the coaching ones got mixed up, and the coaching felt like inspection.',
].join('\n');

let store: Store & { close(): void };
let ids: { source: number; node: number; child: number; caseId: number; coding: number; memo: number };

beforeEach(() => {
  store = memoryStore();
  const caseRec = createCase(store, { realName: 'Ruth Example', label: 'Mentee, Project 9', role: 'mentee' });
  const source = importTextSource(store, { name: 'Ruth', kind: 'transcript', text: TRANSCRIPT, originFormat: 'txt', speakers: { Interviewer: { caseId: 'interviewer' }, Ruth: { caseId: caseRec.id } } });
  const node = createNode(store, { name: 'Rules', components: ['rules'] });
  const child = createNode(store, { name: 'Inspection', parentId: node.id });
  const coding = createCoding(store, { sourceId: source.id, nodeId: child.id, start: 60, end: 90 });
  const memo = saveMemo(store, { targetKind: 'coding', targetId: coding.id, title: 'Note', contentJson: '{"type":"doc"}', plainText: 'a note' });
  ids = { source: source.id, node: node.id, child: child.id, caseId: caseRec.id, coding: coding.id, memo: memo.id };
});
afterEach(() => store.close());

const operations: [string, () => unknown][] = [
  ['import a source', () => importTextSource(store, { name: 'Second', kind: 'evaluator report', text: '1. Introduction\n\nThe project ran for a year.', originFormat: 'txt' })],
  ['edit source details', () => updateSource(store, ids.source, { name: 'Renamed', round: 2, mode: 'telephone', interviewDate: '2026-01-02' })],
  ['delete a source with its codings and memos', () => deleteSource(store, ids.source)],
  ['correct the text before a coding', () => editSourceText(store, ids.source, { start: 20, end: 20, insert: 'Q: ', baseRevision: 0 })],
  ['correct the text inside a coding', () => editSourceText(store, ids.source, { start: 70, end: 75, insert: 'replaced text', baseRevision: 0 })],
  ['delete all of a coding\'s text', () => editSourceText(store, ids.source, { start: 55, end: 95, insert: '', baseRevision: 0 })],
  ['create a case', () => createCase(store, { realName: 'Sam Other', role: 'broker', attributes: { Region: 'North' } })],
  ['update a case and its attributes', () => updateCase(store, ids.caseId, { label: 'Broker, Project 9', attributes: { Region: 'South', Years: '3' } })],
  ['create a node', () => createNode(store, { name: 'Tools', components: ['tools', 'object'] })],
  ['update a node', () => updateNode(store, ids.node, { name: 'Rules and agenda', color: '#123456', components: ['rules', 'division-of-labour'] })],
  ['delete a node with its children, codings and memos', () => deleteNode(store, ids.node)],
  ['code a passage', () => createCoding(store, { sourceId: ids.source, nodeId: ids.node, start: 10, end: 40 })],
  ['uncode a passage', () => deleteCoding(store, ids.coding)],
  ['write a memo', () => saveMemo(store, { targetKind: 'project', targetId: null, title: 'Journal', contentJson: '{}', plainText: 'day one' })],
  ['edit a memo', () => saveMemo(store, { id: ids.memo, targetKind: 'coding', targetId: ids.coding, title: 'Changed', contentJson: '{"a":1}', plainText: 'changed' })],
  ['delete a memo', () => deleteMemo(store, ids.memo)],
];

describe('undo and redo of every mutating operation', () => {
  it.each(operations)('%s: undo restores every row exactly, redo restores the result', (_name, operation) => {
    const before = snapshotTables(store.db);
    operation();
    const after = snapshotTables(store.db);
    expect(after).not.toEqual(before);
    expect(undoState(store).canUndo).toBe(true);
    expect(undo(store)).not.toBeNull();
    expect(snapshotTables(store.db)).toEqual(before);
    expect(redo(store)).not.toBeNull();
    expect(snapshotTables(store.db)).toEqual(after);
    expect(undo(store)).not.toBeNull();
    expect(snapshotTables(store.db)).toEqual(before);
  });

  it('undoes several actions in reverse order, and a new action clears redo', () => {
    const s0 = snapshotTables(store.db);
    createNode(store, { name: 'A' });
    const s1 = snapshotTables(store.db);
    createNode(store, { name: 'B' });
    undo(store);
    expect(snapshotTables(store.db)).toEqual(s1);
    undo(store);
    expect(snapshotTables(store.db)).toEqual(s0);
    createNode(store, { name: 'C' });
    expect(undoState(store).canRedo).toBe(false);
    expect(redo(store)).toBeNull();
  });

  it('refuses to undo over a row changed outside the log, and changes nothing', () => {
    updateNode(store, ids.node, { name: 'First' });
    store.db.prepare('UPDATE nodes SET name = ? WHERE id = ?').run('Changed behind our back', ids.node);
    const snap = snapshotTables(store.db);
    expect(() => undo(store)).toThrow(/cannot be undone/);
    expect(snapshotTables(store.db)).toEqual(snap);
  });
});
