// The forms of a name a red team got past the leak check: hyphenated across a line break,
// apostrophe look-alikes, handles and e-mail local parts, enclosed, mathematical and
// full-width letters, names spelled out. Each is replaced by the matcher in a demo
// source's export, and found by the leak check in every kind of output it reads.
import { Document, Footer, FootnoteReferenceRun, Header, Packer, Paragraph, TextRun, CommentRangeStart, CommentRangeEnd, CommentReference } from 'docx';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymiseText } from '../../shared/anonymise/anonymise-text.ts';
import type { Matcher } from '../../shared/anonymise/matcher.ts';
import { xmlTextParts } from '../../shared/anonymise/xml-text.ts';
import { codePointLength } from '../../shared/text/code-points.ts';
import { makeTempDir } from '../../tests/helpers/temp-dir.ts';
import { createProject } from '../db/open-project.ts';
import type { OpenStore } from '../db/open-project.ts';
import { listNodes } from '../codebook/codebook.ts';
import { createCoding } from '../codings/codings.ts';
import { exportExtractsDocx, exportMatcher } from '../documents/extracts-export.ts';
import type { ExtractsExportOptions } from '../documents/extracts-export.ts';
import { saveMemo } from '../memos/memos.ts';
import { writeDemoStudy } from '../projects/demo-study.ts';
import { importTextSource } from '../sources/sources.ts';
import { checkCsv, checkPackage, checkSvg } from './leak-check.ts';

// Each form, and a piece of it that must not survive anonymisation.
const FORMS: { name: string; text: string; piece: string }[] = [
  { name: 'a name hyphenated across a line break', text: 'Oka-\nfor', piece: 'Oka-' },
  { name: 'the same with the line break gone', text: 'Oka-for', piece: 'Oka-for' },
  { name: 'U+02BC as an apostrophe', text: 'Shahʼs', piece: 'Shah' },
  { name: 'another apostrophe look-alike (U+A78C)', text: 'Shahꞌs', piece: 'Shah' },
  { name: 'a handle', text: '@mokafor', piece: 'mokafor' },
  { name: 'an e-mail local part', text: 'ishah@example.org', piece: 'ishah' },
  { name: 'a handle of first name and surname', text: 'davidpryce99', piece: 'davidpryce' },
  { name: 'enclosed letters', text: 'Ⓞⓚⓐⓕⓞⓡ', piece: 'Ⓞⓚⓐ' },
  { name: 'negative squared letters', text: '🅾🅺🅰🅵🅾🆁', piece: '🅾🅺' },
  { name: 'mathematical bold letters', text: '𝐎𝐤𝐚𝐟𝐨𝐫', piece: '𝐎𝐤' },
  { name: 'full-width letters', text: 'Ｐｒｙｃｅ', piece: 'Ｐｒ' },
  { name: 'a name spelled out with hyphens', text: 'O-K-A-F-O-R', piece: 'O-K-A' },
  { name: 'a name spelled out with dots', text: 'P.R.Y.C.E.', piece: 'P.R.Y' },
  { name: 'a name spelled out with spaces', text: 'O K A F O R', piece: 'O K A' },
];

let tmp: { dir: string; cleanup: () => void };
let store: OpenStore;
let matcher: Matcher;

beforeAll(() => {
  tmp = makeTempDir('alens-leak-forms-');
  store = createProject(join(tmp.dir, 'demo.alens'), 'Demo');
  writeDemoStudy(store);
  matcher = exportMatcher(store);
});
afterAll(() => {
  store.close();
  tmp.cleanup();
});

function exportOptions(path: string, sourceId: number, memos: ExtractsExportOptions['memos']): ExtractsExportOptions {
  return {
    path,
    overwrite: true,
    selection: { questions: [], nodeIds: [], caseIds: [], sourceIds: [sourceId], facets: [] },
    attribution: 'role-project',
    memos,
    anonymiseMemos: false,
    title: 'Coded extracts',
    tableOfContents: false,
    nodeDescriptions: false,
    matrixFacet: null,
    alignmentMatrix: false,
    diagramIds: [],
  };
}

describe('the matcher replaces each form', () => {
  it.each(FORMS)('$name', ({ text, piece }) => {
    const anonymised = anonymiseText(matcher, `They said ${text} had agreed.`).text;
    expect(anonymised).not.toContain(piece);
    expect(anonymised).toMatch(/^They said @?\[[^\]]+\]/);
  });

  it('leaves ordinary hyphenated words and stray letters alone', () => {
    const text = 'The well-known co-ordinator, a self-taught part-time tutor: I a m sure.';
    expect(anonymiseText(matcher, text).text).toBe(text);
  });
});

describe('a demo source holding every form', () => {
  let sourceId = 0;
  let codingId = 0;
  beforeAll(() => {
    const lines = FORMS.map((f, i) => `Interviewer: And then?\n\nAnn: Number ${i + 1}: ${f.text} was there.`);
    const text = lines.join('\n\n');
    sourceId = importTextSource(store, { name: 'Red team transcript', kind: 'transcript', text, originFormat: 'txt' }).id;
    const nodeId = listNodes(store)[0]?.id ?? 0;
    codingId = createCoding(store, { sourceId, nodeId, start: 0, end: codePointLength(text) }).id;
  });

  it('is exported with every form replaced (the matcher caught them, so the leak check passes)', async () => {
    const path = join(tmp.dir, 'extracts.docx');
    const outcome = await exportExtractsDocx(store, exportOptions(path, sourceId, 'none'));
    expect(outcome.written, JSON.stringify(outcome)).toBe(true);
    const files = unzipSync(new Uint8Array(readFileSync(path)));
    const body = xmlTextParts(strFromU8(files['word/document.xml'] as Uint8Array), 'body', 'word')[0]?.text ?? '';
    expect(body).toContain('Number 14:');
    for (const f of FORMS) expect(body, f.name).not.toContain(f.piece);
  });

  it('is refused when the forms are left in memos exported as they are (the leak check caught them)', async () => {
    for (const f of FORMS) saveMemo(store, { targetKind: 'coding', targetId: codingId, title: f.name, contentJson: '{}', plainText: `See ${f.text} about it.` });
    const outcome = await exportExtractsDocx(store, exportOptions(join(tmp.dir, 'blocked.docx'), sourceId, 'comments'));
    expect(outcome.written).toBe(false);
    if (outcome.written) return;
    expect(new Set(outcome.leaks.filter((l) => l.where.startsWith('comment')).map((l) => l.where)).size).toBe(FORMS.length);
  });
});

// A Word document with the text in its body, header, footer, a comment and a footnote, and as its title.
async function docxHolding(text: string): Promise<Uint8Array> {
  const runs = (t: string) => t.split('\n').map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0 }));
  const doc = new Document({
    title: text,
    comments: { children: [{ id: 0, author: 'Memo', initials: 'M', children: [new Paragraph({ children: runs(`Memo: ${text}`) })] }] },
    footnotes: { 1: { children: [new Paragraph({ children: runs(`Note: ${text}`) })] } },
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph({ children: runs(`Head: ${text}`) })] }) },
        footers: { default: new Footer({ children: [new Paragraph({ children: runs(`Foot: ${text}`) })] }) },
        children: [new Paragraph({ children: [new CommentRangeStart(0), ...runs(`Body: ${text}`), new CommentRangeEnd(0), new TextRun({ children: [new CommentReference(0)] }), new FootnoteReferenceRun(1)] })],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe('the leak check finds each form in every output it reads', () => {
  it.each(FORMS)('$name', async ({ text }) => {
    const docx = checkPackage(matcher, await docxHolding(text));
    const places = new Set(docx.hits.map((h) => h.where.replace(/, under .*$/, '').replace(/ \d+$/, '')));
    expect([...places].sort(), JSON.stringify(docx.hits)).toEqual(expect.arrayContaining(['comment', 'document body', 'document properties (core: title, author, subject)', 'footer', 'footnote', 'header']));

    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Extracts').addRow(['Q4', `Then ${text} said`]);
    expect(checkPackage(matcher, new Uint8Array(await workbook.xlsx.writeBuffer())).total).toBeGreaterThanOrEqual(1);

    expect(checkCsv(matcher, `node,extract\r\nQ4,"Then ${text} said"\r\n`).hits.map((h) => h.where)).toEqual(['row 2, column 2']);
    const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    expect(checkSvg(matcher, `<svg><text>${escaped.replace('\n', '</text><text>')}</text><title>System</title></svg>`).total).toBeGreaterThanOrEqual(1);
  });
});
