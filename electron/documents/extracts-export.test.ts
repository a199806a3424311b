// The Word exports on the demo study: the question-4 report read back with mammoth has its
// headings, quotes and attributions and no real name; a name put into an exported memo
// blocks the export and nothing is written; references are stable; the other documents.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldedKey } from '../../shared/anonymise/tokenise.ts';
import type { ExtractSelection } from '../../shared/model/anonymise.ts';
import { createProject } from '../db/open-project.ts';
import type { OpenStore } from '../db/open-project.ts';
import { undo } from '../db/undo-log.ts';
import { makeTempDir } from '../../tests/helpers/temp-dir.ts';
import { exportCodebookDocx, exportJournalDocx, exportTranscriptDocx } from './other-documents.ts';
import { exportExtractsDocx, previewExtracts } from './extracts-export.ts';
import type { ExtractsExportOptions } from './extracts-export.ts';
import { addOverride } from '../anonymise/overrides.ts';
import { addRule, listRules } from '../anonymise/register.ts';
import { listCases } from '../cases/cases.ts';
import { writeDemoStudy } from '../projects/demo-study.ts';
import { saveMemo } from '../memos/memos.ts';
import { listSources } from '../sources/sources.ts';
import { createDiagram, setComponentText } from '../diagrams/diagrams.ts';
import { unzipSync } from 'fflate';

let tmp: { dir: string; cleanup: () => void };
let store: OpenStore;
const Q4: ExtractSelection = { questions: [4], nodeIds: [], caseIds: [], sourceIds: [], facets: [] };

function options(path: string, extra: Partial<ExtractsExportOptions> = {}): ExtractsExportOptions {
  return {
    path,
    overwrite: false,
    selection: Q4,
    attribution: 'role-project',
    memos: 'comments',
    anonymiseMemos: false,
    title: 'Coded extracts',
    tableOfContents: true,
    nodeDescriptions: true,
    matrixFacet: 'role',
    alignmentMatrix: false,
    diagramIds: [],
    ...extra,
  };
}

async function html(path: string): Promise<string> {
  const result = await mammoth.convertToHtml({ path }, { styleMap: ["p[style-name='Quote'] => blockquote > p:fresh"] });
  return result.value;
}

// Every real name as a reader would spot it: full names, each part, organisations, register entries.
function realNames(): string[] {
  const names = new Set<string>();
  for (const c of listCases(store)) {
    names.add(c.realName);
    for (const part of c.realName.split(' ')) names.add(part);
    if (c.organisation) names.add(c.organisation);
  }
  for (const r of listRules(store)) names.add(r.realText);
  return [...names];
}

function containsWord(text: string, name: string): boolean {
  return ` ${foldedKey(text)} `.includes(` ${foldedKey(name)} `);
}

beforeAll(() => {
  tmp = makeTempDir();
  store = createProject(join(tmp.dir, 'demo.alens'), 'Demo');
  writeDemoStudy(store);
});
afterAll(() => {
  store.close();
  tmp.cleanup();
});

describe('the coded extracts report', () => {
  it('exports question 4 by role: headings, quotes with attributions, no real names', async () => {
    const path = join(tmp.dir, 'q4.docx');
    const outcome = await exportExtractsDocx(store, options(path));
    expect(outcome.written).toBe(true);
    if (!outcome.written) return;
    expect(outcome.extracts).toBeGreaterThanOrEqual(30);
    expect(outcome.replacements).toBeGreaterThanOrEqual(10);
    expect(outcome.warnings.some((w) => w.includes('identifies one person'))).toBe(true);
    const body = await html(path);
    expect(body).toContain('<h1><a id="_Toc1"></a>Q4 Division of labour</h1>');
    for (const h of ['How work was divided', 'Power and conflict', 'Tensions between roles']) expect(body).toMatch(new RegExp(`<h2>(<a [^>]*></a>)?${h}</h2>`));
    expect(body).toContain('(Broker, Project 1, Lead)');
    expect(body).toContain('[Strategic enabler, Project 1, Lead] signs everything off. (Mentee, Project 1, Partner)');
    expect(body).toContain('[Mentor, Project 1, Lead]’s diary'.replace('’', "'"));
    expect(body).toContain('saved as [Broker, Project 1, Lead]_coaching_log_v3');
    expect(body).toContain('at [lead organisation&#39;s main site]'.replace('&#39;', "'"));
    expect((body.match(/<blockquote>/g) ?? []).length).toBe(outcome.extracts);
    const text = (await mammoth.extractRawText({ path })).value;
    for (const name of realNames()) expect(containsWord(text, name), `"${name}" leaked`).toBe(false);
    // no temporary file is left beside it
    expect(readdirSync(tmp.dir).filter((f) => f.includes('.partial'))).toEqual([]);
  });

  it('refuses when a name is put into a memo that is exported, and writes nothing', async () => {
    const codingId = previewExtracts(store, Q4, { attribution: 'role-project', anonymiseMemos: false, includeMemos: true, limit: 5 }).extracts[0]?.codingId ?? 0;
    const memo = saveMemo(store, { targetKind: 'coding', targetId: codingId, title: 'Check', contentJson: '{"type":"doc"}', plainText: 'Ask Rachel whether this was before the steering group.' });
    const path = join(tmp.dir, 'blocked.docx');
    const outcome = await exportExtractsDocx(store, options(path));
    expect(outcome.written).toBe(false);
    if (outcome.written) return;
    expect(outcome.leaks.map((l) => `${l.where}: ${l.found}`)).toEqual(['comment 1: Rachel']);
    expect(existsSync(path)).toBe(false);
    expect(readdirSync(tmp.dir).filter((f) => f.includes('.partial'))).toEqual([]);
    // as footnotes: found there too
    const asFootnotes = await exportExtractsDocx(store, options(path, { memos: 'footnotes' }));
    expect(asFootnotes.written === false && asFootnotes.leaks.map((l) => l.where)).toEqual(['footnote 1']);
    // memos left out: written
    expect((await exportExtractsDocx(store, options(path, { memos: 'none' }))).written).toBe(true);
    // with the register applied to memos: written, with the replacement in the comment
    const anonymised = await exportExtractsDocx(store, options(join(tmp.dir, 'memo-anon.docx'), { anonymiseMemos: true }));
    expect(anonymised.written).toBe(true);
    // marking that occurrence as not a name (logged) lets it through, as written
    const at = [...memo.plainText].indexOf('R');
    addOverride(store, { ruleId: listRules(store).find((r) => r.realText === 'Rachel Ainsworth')?.id ?? 0, location: 'memo', locationId: memo.id, start: at, end: at + 6, note: 'test' });
    const overridden = await exportExtractsDocx(store, options(join(tmp.dir, 'memo-overridden.docx')));
    expect(overridden.written).toBe(true);
    undo(store);
    undo(store);
  });

  it('gives an extract the same reference in every export, and pseudonyms when asked', () => {
    const first = previewExtracts(store, Q4, { attribution: 'role-project', anonymiseMemos: false, includeMemos: false, limit: 100 });
    const again = previewExtracts(store, { ...Q4, questions: [1, 4] }, { attribution: 'pseudonym', anonymiseMemos: false, includeMemos: false, limit: 1000 });
    const refs = new Map(again.extracts.map((e) => [e.codingId, e.reference]));
    for (const e of first.extracts) expect(refs.get(e.codingId)).toBe(e.reference);
    expect(first.extracts[0]?.reference).toMatch(/^[TR]\d{8}, (turn|para) \d+$/);
    const pseudonymous = again.extracts.find((e) => e.attribution === 'Nina');
    expect(pseudonymous).toBeDefined();
    expect(again.extracts.some((e) => e.text.includes('[Vera]'))).toBe(true);
  });

  it('filters by case facet and source', () => {
    const brokers = previewExtracts(store, { ...Q4, facets: [{ facet: 'role', values: ['broker'] }] }, { attribution: 'role-project', anonymiseMemos: false, includeMemos: false, limit: 100 });
    expect(brokers.total).toBeGreaterThan(0);
    expect(brokers.extracts.every((e) => e.attribution.startsWith('Broker'))).toBe(true);
    const source = listSources(store).find((s) => s.name.includes('Ainsworth') && s.round === 1);
    const one = previewExtracts(store, { ...Q4, sourceIds: [source?.id ?? 0] }, { attribution: 'role-project', anonymiseMemos: false, includeMemos: false, limit: 100 });
    expect(new Set(one.extracts.map((e) => e.sourceId))).toEqual(new Set([source?.id]));
  });

  it('refuses a file that exists unless replacing is allowed, and a wrong extension', async () => {
    const path = join(tmp.dir, 'exists.docx');
    expect((await exportExtractsDocx(store, options(path))).written).toBe(true);
    await expect(exportExtractsDocx(store, options(path))).rejects.toThrow(/already exists/);
    expect((await exportExtractsDocx(store, options(path, { overwrite: true }))).written).toBe(true);
    await expect(exportExtractsDocx(store, options(join(tmp.dir, 'x.doc')))).rejects.toThrow(/must end in .docx/);
    await expect(exportExtractsDocx(store, options(join(tmp.dir, 'missing', 'x.docx')))).rejects.toThrow(/does not exist/);
  });

  it('a name added to the register after the fact is found in the title and blocks', async () => {
    addRule(store, { kind: 'other', realText: 'Peer coaching fund', replacement: 'the fund' });
    const outcome = await exportExtractsDocx(store, options(join(tmp.dir, 'titled.docx'), { title: 'Peer Coaching Fund extracts' }));
    expect(outcome.written).toBe(false);
    const where = outcome.written ? [] : outcome.leaks.map((l) => l.where.replace(/ \(.*$/, ''));
    expect(new Set(where)).toEqual(new Set(['document properties', 'header 1', 'heading “Peer Coaching Fund extracts”']));
    undo(store);
  });
});

describe('diagrams as figures', () => {
  it('embeds a diagram (PNG and SVG, with its description) and reads the SVG text in the leak check', async () => {
    const diagram = createDiagram(store, { generation: 2, title: 'After round two', caption: 'The collective system after two rounds.' });
    const community = diagram.systems[0]?.components.find((c) => c.kind === 'community');
    if (!community) throw new Error('no community component');
    setComponentText(store, community.id, 'mentors, mentees, brokers');
    const path = join(tmp.dir, 'figures.docx');
    const outcome = await exportExtractsDocx(store, options(path, { memos: 'none', diagramIds: [diagram.id] }));
    expect(outcome.written).toBe(true);
    const parts = Object.keys(unzipSync(new Uint8Array(readFileSync(path))));
    expect(parts.some((p) => p.startsWith('word/media/') && p.endsWith('.svg'))).toBe(true);
    expect(parts.some((p) => p.startsWith('word/media/') && p.endsWith('.png'))).toBe(true);
    // the caption names the diagram by its title, then the researcher's caption
    expect(await html(path)).toContain('Figure 1: After round two. The collective system after two rounds.');
    setComponentText(store, community.id, 'mentors, mentees, Imran');
    const blocked = await exportExtractsDocx(store, options(join(tmp.dir, 'figures2.docx'), { memos: 'none', diagramIds: [diagram.id] }));
    expect(blocked.written).toBe(false);
    expect(blocked.written ? [] : [...new Set(blocked.leaks.map((l) => l.where.replace(/ .*$/, '')))].sort()).toEqual(['document', 'embedded']);
  });
});

describe('the other Word documents', () => {
  it('exports a transcript for checking: anonymised, two columns, codes per turn', async () => {
    const source = listSources(store).find((s) => s.name.includes('Okafor') && s.round === 1);
    const path = join(tmp.dir, 'transcript.docx');
    const outcome = await exportTranscriptDocx(store, { path, overwrite: false, sourceId: source?.id ?? 0, anonymise: true });
    expect(outcome.written).toBe(true);
    const body = await html(path);
    expect(body).toContain('<table>');
    expect(body).toContain('Codes and notes');
    expect(body).toContain('Q4 Division of labour/How work was divided');
    expect(body).toContain('[Strategic enabler, Project 1, Lead]:');
    for (const name of realNames()) expect(containsWord((await mammoth.extractRawText({ path })).value, name), name).toBe(false);
    // real names on request, with the warning in the document
    const real = join(tmp.dir, 'transcript-real.docx');
    await exportTranscriptDocx(store, { path: real, overwrite: false, sourceId: source?.id ?? 0, anonymise: false });
    const realText = (await mammoth.extractRawText({ path: real })).value;
    expect(realText).toContain('Margaret:');
    expect(realText).toContain('contains real names');
  });

  it('exports the codebook with descriptions, counts and one example per node', async () => {
    const path = join(tmp.dir, 'codebook.docx');
    const outcome = await exportCodebookDocx(store, { path, overwrite: false, attribution: 'role-project' });
    expect(outcome.written).toBe(true);
    const body = await html(path);
    expect(body).toContain('Q4 Division of labour</h1>');
    expect(body).toMatch(/\d+ extracts in \d+ sources/);
    expect((body.match(/<blockquote>/g) ?? []).length).toBeGreaterThan(15);
  });

  it('exports the research journal, and refuses one that names a participant', async () => {
    saveMemo(store, { targetKind: 'project', targetId: null, title: 'First thoughts', contentJson: JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Coaching is ' }, { type: 'text', text: 'not', marks: [{ type: 'bold' }] }, { type: 'text', text: ' observation.' }] }] }), plainText: 'Coaching is not observation.' });
    const path = join(tmp.dir, 'journal.docx');
    expect((await exportJournalDocx(store, { path, overwrite: false, anonymise: false })).written).toBe(true);
    expect(await html(path)).toContain('Coaching is <strong>not</strong> observation.');
    saveMemo(store, { targetKind: 'project', targetId: null, title: 'After meeting Imran', contentJson: '{}', plainText: 'He was frank.' });
    const blocked = await exportJournalDocx(store, { path: join(tmp.dir, 'journal2.docx'), overwrite: false, anonymise: false });
    expect(blocked.written).toBe(false);
    expect((await exportJournalDocx(store, { path: join(tmp.dir, 'journal3.docx'), overwrite: false, anonymise: true })).written).toBe(true);
    expect(readFileSync(join(tmp.dir, 'journal3.docx')).length).toBeGreaterThan(1000);
  });
});
