// The node view and matrix coding on the demo study, checked against `codings --json`'s
// own service (listCodingDetails) and cases; re-coding and uncoding undo exactly.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryStore } from '../../tests/helpers/memory-store.ts';
import { snapshotTables } from '../../tests/helpers/snapshot.ts';
import { countWordsIn } from '../../shared/analysis/words.ts';
import type { Store } from '../db/store.ts';
import { undo } from '../db/undo-log.ts';
import { listCases } from '../cases/cases.ts';
import { listCodingDetails } from '../codings/coding-report.ts';
import { createCoding } from '../codings/codings.ts';
import { writeDemoStudy } from '../projects/demo-study.ts';
import { matrixCellReferences, runMatrix } from './matrix.ts';
import { nodeView, passageContext } from './node-view.ts';
import { recodeReferences, uncodeReferences } from './recode.ts';

let store: Store & { close(): void };
const nodeId = (name: string) => Number(store.db.prepare('SELECT id FROM nodes WHERE name = ?').pluck().get(name));

beforeAll(() => {
  store = memoryStore();
  writeDemoStudy(store);
});
afterAll(() => store.close());

describe('matrix of the six questions', () => {
  it('counts per role exactly what codings and cases say', () => {
    const roles = new Map(listCases(store).map((c) => [c.id, c.role]));
    const expected = new Map<string, number>();
    for (const c of listCodingDetails(store)) {
      const key = `${c.nodePath.split('/')[0]}|${c.caseId === null ? '(no value)' : roles.get(c.caseId) || '(no value)'}`;
      expected.set(key, (expected.get(key) ?? 0) + 1);
    }
    const m = runMatrix(store, { rows: { kind: 'questions' }, columns: 'role' });
    expect(m.rows.map((r) => r.label)).toEqual(['Q1 Tools and artefacts', 'Q2 Subject and object', 'Q3 Community', 'Q4 Division of labour', 'Q5 Rules and agenda', 'Q6 Outcome']);
    expect(m.columns.map((c) => c.label)).toContain('broker');
    let total = 0;
    m.rows.forEach((r, i) =>
      m.columns.forEach((c, j) => {
        expect(m.references[i]?.[j], `${r.label} x ${c.label}`).toBe(expected.get(`${r.label}|${c.label}`) ?? 0);
        total += m.references[i]?.[j] ?? 0;
      }),
    );
    // the rows are the six questions: every coding under them, none of the discursive manifestations branch
    expect(total).toBe(listCodingDetails(store).filter((c) => /^Q[1-6] /.test(c.nodePath)).length);
  });

  it('counts sources and words coded, and lists a cell references', () => {
    const m = runMatrix(store, { rows: { kind: 'questions' }, columns: 'partnerRole', words: true });
    const col = m.columns.findIndex((c) => c.label === 'lead');
    const cell = matrixCellReferences(store, { rows: { kind: 'questions' }, columns: 'partnerRole' }, 'q1', 'v:lead', 0, 1000);
    expect(cell.total).toBe(m.references[0]?.[col]);
    expect(new Set(cell.references.map((r) => r.sourceId)).size).toBe(m.sources[0]?.[col]);
    expect(cell.references.every((r) => r.partnerRole === 'lead' && r.nodePath.startsWith('Q1 '))).toBe(true);
    // words coded: no overlaps among one question's references in the demo, so the sum of each reference's words
    const overlap = cell.references.some((a, i) => cell.references.some((b, k) => k !== i && a.sourceId === b.sourceId && a.start < b.end && b.start < a.end));
    if (!overlap) expect(m.words?.[0]?.[col]).toBe(cell.references.reduce((n, r) => n + countWordsIn(r.text), 0));
    expect(cell.rowLabel).toBe('Q1 Tools and artefacts');
  });

  it('spreads over cases by label (never real names) and over round', () => {
    const byCase = runMatrix(store, { rows: { kind: 'nodes', nodeIds: [nodeId('Q4 Division of labour')], includeDescendants: true }, columns: 'case' });
    const realNames = listCases(store).map((c) => c.realName);
    expect(byCase.columns.some((c) => realNames.includes(c.label))).toBe(false);
    const byRound = runMatrix(store, { rows: { kind: 'questions' }, columns: 'round' });
    expect(byRound.columns.map((c) => c.label)).toEqual(['1', '2']);
    const sum = (g: number[][]) => g.flat().reduce((a, b) => a + b, 0);
    expect(sum(byRound.references)).toBe(sum(runMatrix(store, { rows: { kind: 'questions' }, columns: 'role' }).references));
    const brokersOnly = runMatrix(store, { rows: { kind: 'questions' }, columns: 'role', scope: { filters: [{ field: 'role', values: ['broker'] }] } });
    expect(brokersOnly.columns.map((c) => c.label)).toEqual(['broker']);
  });
});

describe('node view', () => {
  it('lists a node with its descendants, with case, role and text, and filters', () => {
    const q1 = nodeId('Q1 Tools and artefacts');
    const all = nodeView(store, { nodeId: q1, includeDescendants: true, limit: 1000 });
    const details = listCodingDetails(store).filter((c) => c.nodePath === 'Q1 Tools and artefacts' || c.nodePath.startsWith('Q1 Tools and artefacts/'));
    expect(all.total).toBe(details.length);
    expect(nodeView(store, { nodeId: q1, includeDescendants: false }).total).toBe(details.filter((d) => d.nodePath === 'Q1 Tools and artefacts').length);
    const byId = new Map(details.map((d) => [d.id, d]));
    for (const r of all.references) {
      expect(r.text).toBe(byId.get(r.codingId)?.text);
      expect(r.caseId).toBe(byId.get(r.codingId)?.caseId);
    }
    const mentees = nodeView(store, { nodeId: q1, includeDescendants: true, scope: { filters: [{ field: 'role', values: ['mentee'] }] }, limit: 1000 });
    expect(mentees.total).toBeGreaterThan(0);
    expect(mentees.references.every((r) => r.role === 'mentee')).toBe(true);
    const round2 = nodeView(store, { nodeId: q1, includeDescendants: true, scope: { filters: [{ field: 'round', values: ['2'] }], excludeInterviewer: true }, limit: 1000 });
    expect(round2.references.every((r) => r.round === 2 && !r.inInterviewerTurn)).toBe(true);
    const page = nodeView(store, { nodeId: q1, includeDescendants: true, offset: 2, limit: 3 });
    expect(page.references.map((r) => r.codingId)).toEqual(all.references.slice(2, 5).map((r) => r.codingId));
    expect(page.truncated).toBe(true);
  });

  it('gives the turn holding a passage and the turns around it', () => {
    const ref = nodeView(store, { nodeId: nodeId('Who set the agenda'), includeDescendants: false }).references.find((r) => r.sourceKind === 'transcript' && !r.inInterviewerTurn);
    if (!ref) throw new Error('no reference');
    const ctx = passageContext(store, { sourceId: ref.sourceId, start: ref.start, end: ref.end, around: 1 });
    const holding = ctx.segments.filter((s) => s.containsPassage);
    expect(holding).toHaveLength(1);
    expect(holding[0]?.text).toContain(ref.text);
    expect(ctx.segments).toHaveLength(3);
    expect(ctx.segments[0]?.isInterviewer).toBe(true);
  });
});

describe('re-code and uncode from the list', () => {
  it('copies, moves and uncodes as single actions that undo exactly', () => {
    const from = nodeId('Who set the agenda');
    const to = nodeId('Power and conflict');
    const refs = nodeView(store, { nodeId: from, includeDescendants: false }).references.map((r) => r.codingId);
    const before = snapshotTables(store.db);

    const copied = recodeReferences(store, { codingIds: refs, nodeId: to, move: false });
    expect(copied.created + copied.skipped).toBe(refs.length);
    expect(copied).toMatchObject({ removed: 0 });
    expect(copied.created).toBeGreaterThan(0);
    expect(nodeView(store, { nodeId: to, includeDescendants: false }).total).toBeGreaterThanOrEqual(refs.length);
    undo(store);
    expect(snapshotTables(store.db)).toEqual(before);

    expect(recodeReferences(store, { codingIds: refs, nodeId: to, move: true })).toMatchObject({ removed: refs.length });
    expect(nodeView(store, { nodeId: from, includeDescendants: false }).total).toBe(0);
    undo(store);
    expect(snapshotTables(store.db)).toEqual(before);

    expect(uncodeReferences(store, refs)).toEqual({ removed: refs.length });
    expect(() => uncodeReferences(store, refs)).toThrow(/no longer exist/);
    undo(store);
    expect(snapshotTables(store.db)).toEqual(before);
  });
});

describe('the shared project index', () => {
  it('is rebuilt as soon as the project changes (a coding, its undo)', () => {
    const node = nodeId('How the community was formed');
    const before = nodeView(store, { nodeId: node, includeDescendants: false }).total;
    const source = Number(store.db.prepare("SELECT id FROM sources WHERE kind = 'transcript' ORDER BY id LIMIT 1").pluck().get());
    createCoding(store, { sourceId: source, nodeId: node, start: 300, end: 340 });
    expect(nodeView(store, { nodeId: node, includeDescendants: false }).total).toBe(before + 1);
    undo(store);
    expect(nodeView(store, { nodeId: node, includeDescendants: false }).total).toBe(before);
  });
});
