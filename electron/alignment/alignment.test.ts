import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryStore } from '../../tests/helpers/memory-store.ts';
import { snapshotTables } from '../../tests/helpers/snapshot.ts';
import { ACTIVITY_THEORY_CODEBOOK } from '../../shared/model/codebook-template.ts';
import type { Store } from '../db/store.ts';
import { redo, runSetup, undo } from '../db/undo-log.ts';
import { insertTemplate, updateNode } from '../codebook/codebook.ts';
import { appMigrations, migrate } from '../db/migrate.ts';
import { addObjective, deleteObjective, getAlignment, moveObjective, setAlignmentCell, updateAlignmentRow, updateObjective } from './alignment.ts';

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
    addObjective(store, 'Understand how peer coaching was set up');
    let m = addObjective(store, 'Explain what changed for learners');
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

describe('the alignment table (objective | research questions | components | presented in)', () => {
  it('reads a matrix kept as notes per question as a table: its questions, and their components', () => {
    const id = addObjective(store, 'Understand the partnership').objectives[0]?.id ?? 0;
    setAlignmentCell(store, id, 4, 'Who does what');
    const row = setAlignmentCell(store, id, 2, 'Roles').objectives[0];
    expect(row).toMatchObject({ questions: [2, 4], researchQuestions: '', components: ['subject', 'object', 'division-of-labour'], componentsChosen: false, presentedIn: '' });
  });

  it('sets the columns of a row, and its questions, in one undoable step each', () => {
    const id = addObjective(store, 'Objective', { researchQuestions: 'RQ1 How did roles change?', questions: [3], presentedIn: 'Chapter 5' }).objectives[0]?.id ?? 0;
    expect(getAlignment(store).objectives[0]).toMatchObject({ questions: [3], components: ['community'], presentedIn: 'Chapter 5', cells: {} });
    const before = snapshotTables(store.db);
    let row = updateAlignmentRow(store, id, { components: ['rules', 'community'], questions: [3, 5], presentedIn: 'Chapter 6, section 6.2' }).objectives[0];
    expect(row).toMatchObject({ questions: [3, 5], components: ['rules', 'community'], componentsChosen: true, presentedIn: 'Chapter 6, section 6.2' });
    undo(store);
    expect(snapshotTables(store.db)).toEqual(before);
    redo(store);
    // back to following the questions; a dropped question loses its note
    setAlignmentCell(store, id, 5, 'Inspection');
    row = updateAlignmentRow(store, id, { components: null, questions: [3] }).objectives[0];
    expect(row).toMatchObject({ questions: [3], components: ['community'], componentsChosen: false, cells: {} });
    expect(() => updateAlignmentRow(store, 999, { presentedIn: 'x' })).toThrow(/no longer in the matrix/);
  });

  it('keeps every matrix kept before the table had its columns', () => {
    const db = new Database(':memory:');
    const migrations = appMigrations();
    const tableColumns = migrations.findIndex((m) => m.sql.includes('research_questions'));
    migrate(db, migrations.slice(0, tableColumns));
    db.prepare("INSERT INTO alignment_objectives (id, guid, title, sort_order, created_at) VALUES (1, 'g1', 'Old objective', 1, '2025-01-01')").run();
    db.prepare("INSERT INTO alignment_cells (guid, objective_id, question, text) VALUES ('c1', 1, 6, 'Outcomes for learners')").run();
    migrate(db, migrations);
    const old = { ...store, db };
    expect(getAlignment(old).objectives).toEqual([
      { id: 1, guid: 'g1', title: 'Old objective', cells: { '6': 'Outcomes for learners' }, questions: [6], researchQuestions: '', components: ['outcome'], componentsChosen: false, presentedIn: '' },
    ]);
    db.close();
  });
});
