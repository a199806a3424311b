// The Cases grid's writes and attribute tables from CSV/XLSX (cases123.csv from the
// QualCoder examples among them): mapping guessed, rows matched, one undo step.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryStore } from '../../tests/helpers/memory-store.ts';
import { snapshotTables } from '../../tests/helpers/snapshot.ts';
import type { Store } from '../db/store.ts';
import { undo } from '../db/undo-log.ts';
import { createCase, getCase, listCases } from './cases.ts';
import { caseGridOptions, updateCaseOrganisation } from './case-grid.ts';
import { applyCaseTable, guessMapping } from './case-table-apply.ts';
import { readCaseTable } from '../import/read-case-table.ts';

const SAMPLES = join(import.meta.dirname, '../../../shared/sample-inputs/qualcoder-examples');

let store: Store & { close(): void };
beforeEach(() => {
  store = memoryStore();
});
afterEach(() => store.close());

describe('organisation details of a case', () => {
  it('sets organisation, project, lead/partner, provider type and region (shared by the organisation)', () => {
    const a = createCase(store, { realName: 'Margaret Okafor', label: 'Strategic enabler, Project 1', role: 'strategic enabler' });
    const b = createCase(store, { realName: 'Rachel Pryce', label: 'Broker, Project 1', role: 'broker' });
    updateCaseOrganisation(store, a.id, { organisation: 'Ashdown College', project: 'Project 1', partnerRole: 'lead', providerType: 'general FE college', region: 'North West' });
    const rb = updateCaseOrganisation(store, b.id, { organisation: 'ashdown college' });
    expect(rb).toMatchObject({ organisation: 'Ashdown College', project: 'Project 1', partnerRole: 'lead', providerType: 'general FE college', region: 'North West' });
    const options = caseGridOptions(store);
    expect(options.organisations).toEqual([expect.objectContaining({ name: 'Ashdown College', caseCount: 2 })]);
    expect(options.roles.slice(0, 7)).toEqual(['strategic enabler', 'broker', 'mentee', 'mentor', 'facilitator', 'evaluator', 'researcher']);
    expect(options.regions).toEqual(['North West']);
  });

  it('asks for an organisation before its details', () => {
    const a = createCase(store, { realName: 'Ann' });
    expect(() => updateCaseOrganisation(store, a.id, { region: 'London' })).toThrow(/organisation first/);
  });

  it('undoes an edit exactly', () => {
    const a = createCase(store, { realName: 'Ann' });
    const before = snapshotTables(store.db);
    updateCaseOrganisation(store, a.id, { organisation: 'Hollins', project: 'Project 2' });
    undo(store);
    expect(snapshotTables(store.db)).toEqual(before);
  });
});

describe('case attribute tables', () => {
  it('reads cases123.csv and applies it to the cases it names, making the missing ones when asked', async () => {
    createCase(store, { realName: 'id1', label: 'id1' });
    const read = guessMapping(await readCaseTable('cases123.csv', readFileSync(join(SAMPLES, 'cases123.csv'))));
    expect(read.table.columns).toEqual(['case', 'Age', 'gender', 'interest']);
    expect(read.keyColumn).toBe(0);
    expect(read.targets).toEqual([{ kind: 'skip' }, { kind: 'attribute', name: 'Age' }, { kind: 'attribute', name: 'gender' }, { kind: 'attribute', name: 'interest' }]);
    const withoutCreating = applyCaseTable(store, { ...read.table, keyColumn: read.keyColumn, targets: read.targets, createMissing: false });
    expect(withoutCreating).toEqual({ updated: 1, created: 0, skipped: [{ row: 3, reason: 'no case is called "ID2"' }, { row: 4, reason: 'no case is called "ID3"' }] });
    const result = applyCaseTable(store, { ...read.table, keyColumn: read.keyColumn, targets: read.targets, createMissing: true });
    expect(result).toMatchObject({ updated: 1, created: 2, skipped: [] });
    expect(listCases(store).map((c) => [c.label, c.attributes])).toEqual([
      ['id1', { Age: '20', gender: 'f', interest: 'science' }],
      ['ID2', { Age: '22', gender: 'm', interest: 'performing arts' }],
      ['ID3', { Age: '45', gender: 'f', interest: 'politics' }],
    ]);
  });

  it('reads an .xlsx and maps role, organisation, project and lead/partner columns to case fields', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Participants');
    sheet.addRow(['Participant', 'Role', 'Organisation', 'Project', 'Lead or partner', 'Region', 'Interviewed']);
    sheet.addRow(['Imran', 'broker', 'Hollins Adult Learning Centre', 'Project 1', 'Partner', 'North West', new Date(Date.UTC(2025, 9, 20))]);
    sheet.addRow(['Nobody', 'mentee', '', '', 'sideways', '', '']);
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    const imran = createCase(store, { realName: 'Imran Shah', label: 'Imran' });
    createCase(store, { realName: 'Nobody', label: 'Nobody' });
    const read = guessMapping(await readCaseTable('participants.xlsx', bytes));
    expect(read.table.sheet).toBe('Participants');
    expect(read.targets.map((t) => (t.kind === 'field' ? t.field : t.kind === 'attribute' ? `@${t.name}` : '-'))).toEqual(['-', 'role', 'organisation', 'project', 'partnerRole', 'region', '@Interviewed']);
    const before = snapshotTables(store.db);
    const result = applyCaseTable(store, { ...read.table, keyColumn: read.keyColumn, targets: read.targets, createMissing: false });
    expect(result.updated).toBe(2);
    expect(result.skipped).toEqual([{ row: 3, reason: 'Lead or partner: "sideways" is not lead, partner, external or other' }]);
    expect(getCase(store, imran.id)).toMatchObject({ role: 'broker', organisation: 'Hollins Adult Learning Centre', project: 'Project 1', partnerRole: 'partner', region: 'North West', attributes: { Interviewed: '2025-10-20' } });
    undo(store);
    expect(snapshotTables(store.db)).toEqual(before);
  });
});
