// Agreement of two coders on a small project computed by hand, the review of their
// disagreements (each decision one undoable action, counted when agreement is recomputed),
// and the report's export.
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { undo } from '../db/undo-log.ts';
import type { Store } from '../db/store.ts';
import { createNode } from '../codebook/codebook.ts';
import { createCoding } from '../codings/codings.ts';
import { writeDemoStudy } from '../projects/demo-study.ts';
import { importTextSource } from '../sources/sources.ts';
import { memoryStore } from '../../tests/helpers/memory-store.ts';
import type { AgreementReport } from '../../shared/model/team.ts';
import { decide, revokeDecision } from './adjudication.ts';
import { agreementReport } from './agreement.ts';
import { exportAgreement } from './agreement-export.ts';
import { listDisagreements } from './disagreements.ts';
import { teamOverview } from './logbook.ts';
import { coder } from './testing/team-projects.ts';

let store: Store & { close(): void };
let a: number;
let b: number;
let n1: number;
let n2: number;
let source: number;

beforeEach(() => {
  store = memoryStore();
  source = importTextSource(store, { name: 'Hundred', kind: 'transcript', text: 'x'.repeat(100), originFormat: 'txt' }).id;
  n1 = createNode(store, { name: 'N1' }).id;
  n2 = createNode(store, { name: 'N2' }).id;
  a = coder(store, 'Ann Able', 'AA');
  b = coder(store, 'Ben Baker', 'BB');
  const code = (coderId: number, nodeId: number, start: number, end: number) => createCoding(store, { sourceId: source, nodeId, start, end, coderId });
  // A: N1 [0,40), N2 [60,80); B: N1 [10,40) and [90,100), N2 [60,70)
  code(a, n1, 0, 40);
  code(a, n2, 60, 80);
  code(b, n1, 10, 40);
  code(b, n1, 90, 100);
  code(b, n2, 60, 70);
});
afterEach(() => store.close());

const row = (report: AgreementReport, label: string, table = 0) => report.tables[table]?.rows.find((r) => r.label === label)?.values ?? [];
const char = (withDecisions = false) => agreementReport(store, { coderIds: [a, b], level: 'char', withDecisions });

describe('agreement of two coders', () => {
  it('gives the character-level figures computed by hand', () => {
    const report = char();
    expect(report.tables[0]?.columns.map((c) => c.label)).toEqual(['Agreement', 'Kappa', 'Mean kappa (NVivo)', 'Agreement on coded text', 'Kappa on coded text', 'Both coded', 'Only AA', 'Only BB', 'Neither coded']);
    // N1: both 30, only A 10, only B 10, neither 50; p_o = 0.8, p_e = 0.4*0.4 + 0.6*0.6 = 0.52
    const first = row(report, 'N1');
    expect(first[0]).toBeCloseTo(0.8, 10);
    expect(first[1]).toBeCloseTo((0.8 - 0.52) / 0.48, 10);
    expect(first[3]).toBeCloseTo(30 / 50, 10);
    expect(first.slice(5)).toEqual([30, 10, 10, 50]);
    // N2: both 10, only A 10, neither 80; p_o = 0.9, p_e = 0.2*0.1 + 0.8*0.9 = 0.74
    expect(row(report, 'N2')[1]).toBeCloseTo((0.9 - 0.74) / 0.26, 10);
    // pooled: 170 of 200 characters agree
    expect(row(report, 'All nodes and sources')[0]).toBeCloseTo(0.85, 10);
    expect(row(report, 'Hundred')[0]).toBeCloseTo(0.85, 10);
    expect(report.tables[0]?.explanation).toContain('Cohen 1960');
  });

  it('leaves out the figures over all text when asked to', () => {
    const report = agreementReport(store, { coderIds: [a, b], level: 'char', excludeUncoded: true });
    expect(report.tables[0]?.columns.map((c) => c.label)).toEqual(['Agreement on coded text', 'Kappa on coded text', 'Both coded', 'Only AA', 'Only BB']);
    expect(row(report, 'All nodes and sources')[0]).toBeCloseTo(40 / 70, 10);
  });

  it('gives the segment-level figures computed by hand', () => {
    // N1: [0,40) and [10,40) overlap by 30/40 = 75%; N2: [60,80) and [60,70) by 50%
    const report = agreementReport(store, { coderIds: [a, b], level: 'segment', minOverlap: 0.7 });
    expect(row(report, 'N1').slice(0, 5)).toEqual([1, 2, 1, 1, 2 / 3]);
    const overall = row(report, 'All nodes and sources');
    expect(overall[4]).toBeCloseTo(0.4, 10);
    // Brennan and Prediger with k = 2 nodes: (0.4 - 0.5) / 0.5
    expect(overall[5]).toBeCloseTo(-0.2, 10);
    expect(report.tables[1]?.title).toContain('Node present');
  });

  it('gives alpha 1 for two coders who coded alike', () => {
    const c = coder(store, 'Cat Copy', 'CC');
    createCoding(store, { sourceId: source, nodeId: n1, start: 0, end: 40, coderId: c });
    createCoding(store, { sourceId: source, nodeId: n2, start: 60, end: 80, coderId: c });
    const report = agreementReport(store, { coderIds: [a, c], level: 'alpha' });
    expect(row(report, 'All nodes and sources')[0]).toBe(1);
  });

  it('refuses fewer than two coders and unknown sources with a clear message', () => {
    expect(() => agreementReport(store, { coderIds: [a, a], level: 'char' })).toThrow('at least two different coders');
    expect(() => agreementReport(store, { coderIds: [a, b], level: 'char', sourceIds: [999] })).toThrow('no source with id 999');
  });
});

describe('the review of disagreements', () => {
  it('lists each passage the coders coded differently, and each decision raises agreement after review', () => {
    const list = listDisagreements(store, { coderA: a, coderB: b });
    expect(list.items.map((d) => [d.nodePath, d.start, d.end])).toEqual([
      ['N1', 0, 40],
      ['N2', 60, 80],
      ['N1', 90, 100],
    ]);
    expect(list).toMatchObject({ total: 3, decided: 0 });
    const first = decide(store, { coderA: a, coderB: b, sourceId: source, nodeId: n1, start: 0, end: 40, decision: 'keep-a' });
    expect(first.consensusCoder.name).toBe('Consensus');
    expect(row(char(true), 'N1')[0]).toBeCloseTo(0.9, 10);
    decide(store, { coderA: a, coderB: b, sourceId: source, nodeId: n1, start: 90, end: 100, decision: 'keep-neither' });
    expect(row(char(true), 'N1')[0]).toBe(1);
    expect(row(char(false), 'N1')[0]).toBeCloseTo(0.8, 10);
    expect(listDisagreements(store, { coderA: a, coderB: b })).toMatchObject({ total: 3, decided: 2 });
    // the agreed coding is the consensus coder's
    const consensus = agreementReport(store, { coderIds: [a, first.consensusCoder.id], level: 'char', sourceIds: [source], nodeIds: [n1] });
    expect(row(consensus, 'N1').slice(5)).toEqual([40, 0, 0, 60]);
    // every decision is one undo step, and can be taken back
    expect(undo(store)).toContain('kept neither coding');
    expect(row(char(true), 'N1')[0]).toBeCloseTo(0.9, 10);
    revokeDecision(store, first.decisionId);
    expect(row(char(true), 'N1')[0]).toBeCloseTo(0.8, 10);
    expect(teamOverview(store).logbook.map((e) => e.kind)).toEqual(['adjudication', 'adjudication']);
  });

  it('keeps both or B as asked, and replaces a decision made again', () => {
    decide(store, { coderA: a, coderB: b, sourceId: source, nodeId: n2, start: 60, end: 80, decision: 'keep-b' });
    const again = decide(store, { coderA: a, coderB: b, sourceId: source, nodeId: n2, start: 60, end: 80, decision: 'keep-both' });
    const report = agreementReport(store, { coderIds: [a, again.consensusCoder.id], level: 'char', nodeIds: [n2], sourceIds: [source] });
    expect(row(report, 'N2').slice(5)).toEqual([20, 0, 0, 80]);
    expect(listDisagreements(store, { coderA: a, coderB: b }).items.find((d) => d.nodeId === n2)?.decision).toBe('keep-both');
  });
});

describe('the agreement report as a file', () => {
  it('exports the demo\'s two coders anonymised, with how each figure was computed and the logbook', async () => {
    const demo = memoryStore();
    writeDemoStudy(demo);
    const coders = agreementReport(demo, { coderIds: [1, 2], level: 'char' }).coders;
    expect(coders.map((c) => c.initials)).toEqual(['AM', 'JR']);
    const csv = Buffer.from((await exportAgreement(demo, { coderIds: [1, 2], level: 'char' }, 'csv')).bytesBase64, 'base64').toString('utf8');
    expect(csv).toContain('Character level: Coder 1 and Coder 2');
    expect(csv).toContain('How each figure was computed');
    expect(csv).toContain('Team logbook');
    expect(csv).not.toContain('Okafor');
    const docx = await exportAgreement(demo, { coderIds: [1, 2], level: 'segment' }, 'docx');
    const body = strFromU8(unzipSync(Buffer.from(docx.bytesBase64, 'base64'))['word/document.xml'] ?? new Uint8Array());
    expect(body).toContain('Brennan and Prediger');
    const xlsx = await exportAgreement(demo, { coderIds: [1, 2], level: 'alpha' }, 'xlsx');
    expect(xlsx.fileName).toBe('agreement-alpha.xlsx');
    demo.close();
  });
});
