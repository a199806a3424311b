import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryStore } from '../../tests/helpers/memory-store.ts';
import { snapshotTables } from '../../tests/helpers/snapshot.ts';
import { ACTIVITY_THEORY_CODEBOOK } from '../../shared/model/codebook-template.ts';
import type { Store } from '../db/store.ts';
import { redo, runSetup, undo } from '../db/undo-log.ts';
import { insertTemplate, updateNode } from '../codebook/codebook.ts';
import { addObjective, deleteObjective, getAlignment, moveObjective, setAlignmentCell, updateObjective } from './alignment.ts';

let store: Store & { close(): void };
beforeEach(() => (store = memoryStore()));
afterEach(() => store.close());

describe('the alignment matrix', () => {
  it('has the six questions as columns, named by the codebook when it has them', () => {
    expect(getAlignment(store).questions.map((q) => q.name)).toEqual(ACTIVITY_THEORY_CODEBOOK.map((n) => n.name));
    runSetup(store, (rec) => insertTemplate(rec, ACTIVITY_THEORY_CODEBOOK));
    const q3 = store.db.prepare('SELECT id FROM nodes WHERE parent_id IS NULL AND question = 3').pluck().get() as number;
    updateNode(store, q3, { name: 'Q3 The community' });
    expect(getAlignment(store).questions[2]).toEqual({ question: 3, name: 'Q3 The community' });
  });

  it('keeps objectives in order with free text per question', () => {
    let m = addObjective(store, 'Understand how peer coaching was set up');
    m = addObjective(store, 'Explain what changed for learners');
    const [a, b] = m.objectives;
    if (!a || !b) throw new Error('two objectives expected');
    setAlignmentCell(store, a.id, 1, 'Process, forms, meetings');
    m = setAlignmentCell(store, b.id, 6, 'Outcome interviews, round 2');
    expect(m.objectives.map((o) => o.cells)).toEqual([{ '1': 'Process, forms, meetings' }, { '6': 'Outcome interviews, round 2' }]);
    m = moveObjective(store, b.id, a.id);
    expect(m.objectives.map((o) => o.id)).toEqual([b.id, a.id]);
    m = updateObjective(store, a.id, 'Understand the set-up');
    expect(m.objectives[1]?.title).toBe('Understand the set-up');
    m = setAlignmentCell(store, a.id, 1, '');
    expect(m.objectives[1]?.cells).toEqual({});
  });

  it('every change is undoable exactly, including deleting a row with its cells', () => {
    const m = addObjective(store, 'Objective');
    const id = m.objectives[0]?.id ?? 0;
    setAlignmentCell(store, id, 2, 'Roles');
    setAlignmentCell(store, id, 4, 'Power');
    const before = snapshotTables(store.db);
    deleteObjective(store, id);
    expect(getAlignment(store).objectives).toEqual([]);
    const after = snapshotTables(store.db);
    undo(store);
    expect(snapshotTables(store.db)).toEqual(before);
    redo(store);
    expect(snapshotTables(store.db)).toEqual(after);
  });

  it('says clearly when an objective is gone', () => {
    expect(() => setAlignmentCell(store, 42, 1, 'x')).toThrow(/no longer in the matrix/);
  });
});
