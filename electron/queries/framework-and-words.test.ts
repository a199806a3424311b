// Framework matrices, co-occurrence, word use and stop words, saved queries and
// anonymised exports on the demo study; every write undoes exactly.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryStore } from '../../tests/helpers/memory-store.ts';
import { snapshotTables } from '../../tests/helpers/snapshot.ts';
import type { Store } from '../db/store.ts';
import { undo } from '../db/undo-log.ts';
import { listCases } from '../cases/cases.ts';
import { writeDemoStudy } from '../projects/demo-study.ts';
import { cooccurrenceInstances, runCooccurrence } from './cooccurrence.ts';
import { exportQuery } from './export.ts';
import { createFramework, deleteFramework, frameworkCellReferences, getFramework, saveFrameworkCell } from './framework.ts';
import { uncodeReferences } from './recode.ts';
import { deleteSavedQuery, getSavedQuery, listSavedQueries, saveQuery } from './saved.ts';
import { getStopWords, runWordFrequency, setStopWords, wordContext } from './word-use.ts';

let store: Store & { close(): void };
const nodeId = (name: string) => Number(store.db.prepare('SELECT id FROM nodes WHERE name = ?').pluck().get(name));

beforeAll(() => {
  store = memoryStore();
  writeDemoStudy(store);
});
afterAll(() => store.close());

describe('framework matrix', () => {
  it('holds a summary per case and node, linked to references, with undo', () => {
    const before = snapshotTables(store.db);
    const nodes = [nodeId('Q4 Division of labour'), nodeId('Q5 Rules and agenda')];
    const fw = createFramework(store, { name: 'Roles and rules', nodeIds: nodes, caseIds: [], includeDescendants: true });
    expect(fw.cases.length).toBeGreaterThan(3);
    expect(fw.cells).toHaveLength(fw.cases.length * 2);
    const cell = fw.cells.find((c) => c.referenceCount > 1);
    if (!cell) throw new Error('no cell with references');
    const refs = frameworkCellReferences(store, { frameworkId: fw.id, caseId: cell.caseId, nodeId: cell.nodeId });
    expect(refs.total).toBe(cell.referenceCount);
    const saved = saveFrameworkCell(store, { frameworkId: fw.id, caseId: cell.caseId, nodeId: cell.nodeId, summary: 'Sees the log as paperwork.', codingIds: refs.references.slice(0, 2).map((r) => r.codingId) });
    expect(saved).toMatchObject({ summary: 'Sees the log as paperwork.', codingIds: refs.references.slice(0, 2).map((r) => r.codingId), missingLinks: 0 });
    expect(() => createFramework(store, { name: 'roles AND RULES', nodeIds: nodes, caseIds: [], includeDescendants: true })).toThrow(/already a framework/);

    // a linked reference that is uncoded shows as missing, not as an error
    uncodeReferences(store, [saved.codingIds[0] ?? 0]);
    expect(getFramework(store, fw.id).cells.find((c) => c.caseId === cell.caseId && c.nodeId === cell.nodeId)?.missingLinks).toBe(1);

    deleteFramework(store, fw.id);
    for (let i = 0; i < 4; i++) undo(store);
    expect(snapshotTables(store.db)).toEqual(before);
  });
});

describe('co-occurrence', () => {
  it('counts question pairs on overlapping text and in the same turn, with the passages behind them', () => {
    const overlap = runCooccurrence(store, { items: { kind: 'questions' }, mode: 'overlap' });
    const turn = runCooccurrence(store, { items: { kind: 'questions' }, mode: 'same-segment' });
    expect(overlap.pairs.length).toBeGreaterThan(0);
    const top = turn.pairs[0];
    if (!top) throw new Error('no pairs');
    expect(turn.pairs.every((p) => p.sources >= 1 && p.count >= p.sources)).toBe(true);
    const detail = cooccurrenceInstances(store, { items: { kind: 'questions' }, mode: 'same-segment' }, top.a, top.b);
    expect(detail.total).toBe(top.count);
    const labelA = turn.items.find((i) => i.key === top.a)?.label ?? '';
    for (const inst of detail.instances) {
      expect(inst.codingA.nodePath.startsWith(labelA)).toBe(true);
      expect(inst.text.length).toBeGreaterThan(0);
    }
  });
});

describe('word use', () => {
  it('counts words without stop words, stems on request, and gives KWIC with roles', () => {
    const plain = runWordFrequency(store, { selection: { kind: 'sources' }, stem: false, stopWords: true, minLength: 3, limit: 50 });
    expect(plain.words.map((w) => w.key)).not.toContain('the');
    expect(plain.words[0]?.count).toBeGreaterThan(50);
    const stemmed = runWordFrequency(store, { selection: { kind: 'sources' }, stem: true, stopWords: true, minLength: 3, limit: 2000 });
    const observ = stemmed.words.find((w) => w.key === 'observ');
    expect(observ?.forms).toEqual(expect.arrayContaining(['observation', 'observations']));
    const lines = wordContext(store, { selection: { kind: 'sources', scope: { filters: [{ field: 'role', values: ['mentee', 'mentor'] }] } }, key: 'observ', stem: true, limit: 500 });
    expect(lines.total).toBeGreaterThan(0);
    expect(lines.lines.every((l) => (l.role === 'mentee' || l.role === 'mentor') && l.match.toLowerCase().startsWith('observ'))).toBe(true);
    const atNode = runWordFrequency(store, { selection: { kind: 'node', nodeId: nodeId('Q1 Tools and artefacts'), includeDescendants: true }, stem: false, stopWords: true, minLength: 3, limit: 10 });
    expect(atNode.totalWords).toBeLessThan(plain.totalWords);
  });

  it('keeps an edited stop-word list in the project (undoable)', () => {
    expect(getStopWords(store).isDefault).toBe(true);
    const before = snapshotTables(store.db);
    setStopWords(store, ['Coaching', 'project']);
    expect(getStopWords(store)).toEqual({ words: ['coaching', 'project'], isDefault: false });
    const r = runWordFrequency(store, { selection: { kind: 'sources' }, stem: false, stopWords: true, minLength: 3, limit: 10 });
    expect(r.words.map((w) => w.key)).not.toContain('coaching');
    expect(r.words.map((w) => w.key)).toContain('the');
    undo(store);
    expect(snapshotTables(store.db)).toEqual(before);
  });
});

describe('saved queries and exports', () => {
  it('saves, lists, renames and deletes a query with undo', () => {
    const before = snapshotTables(store.db);
    const saved = saveQuery(store, { name: 'Questions by role', definition: { kind: 'matrix', rows: { kind: 'questions' }, columns: 'role' } });
    expect(listSavedQueries(store).map((q) => q.name)).toEqual(['Questions by role']);
    expect(() => saveQuery(store, { name: 'questions BY role', definition: { kind: 'search', query: 'log' } })).toThrow(/already a saved query/);
    saveQuery(store, { id: saved.id, name: 'Q by role', definition: saved.definition });
    expect(getSavedQuery(store, 'q by role').kind).toBe('matrix');
    deleteSavedQuery(store, saved.id);
    undo(store);
    undo(store);
    undo(store);
    expect(snapshotTables(store.db)).toEqual(before);
  });

  it('exports a matrix to CSV and XLSX with case labels and no real names', async () => {
    const realNames = listCases(store).map((c) => c.realName);
    const csv = await exportQuery(store, { definition: { kind: 'matrix', rows: { kind: 'questions' }, columns: 'case' }, format: 'csv' });
    const text = Buffer.from(csv.bytesBase64, 'base64').toString('utf8');
    expect(text.split('\r\n')[1]).toMatch(/^Q1 Tools and artefacts,\d+/);
    for (const name of realNames) expect(text).not.toContain(name);
    const xlsx = await exportQuery(store, { definition: { kind: 'matrix', rows: { kind: 'questions' }, columns: 'role' }, format: 'xlsx', measure: 'words' });
    const book = new ExcelJS.Workbook();
    const bytes = Buffer.from(xlsx.bytesBase64, 'base64');
    await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    expect(book.worksheets.map((w) => w.name)).toEqual(['References', 'Sources', 'Words coded']);
    expect(book.getWorksheet('References')?.getRow(2).getCell(1).value).toBe('Q1 Tools and artefacts');
  });

  it('exports references with sources by kind and number, and names in the text replaced', async () => {
    const file = await exportQuery(store, { definition: { kind: 'node', nodeId: nodeId('Q5 Rules and agenda'), includeDescendants: true }, format: 'csv' });
    const text = Buffer.from(file.bytesBase64, 'base64').toString('utf8');
    expect(text).toMatch(/Transcript \d+/);
    const sourceNames = store.db.prepare('SELECT name FROM sources').pluck().all() as string[];
    for (const name of [...sourceNames, ...listCases(store).map((c) => c.realName)]) expect(text).not.toContain(name);
    const plain = await exportQuery(store, { definition: { kind: 'node', nodeId: nodeId('Q5 Rules and agenda'), includeDescendants: true }, format: 'csv', anonymise: false });
    expect(Buffer.from(plain.bytesBase64, 'base64').toString('utf8')).toMatch(/Interview - /);
  });
});
