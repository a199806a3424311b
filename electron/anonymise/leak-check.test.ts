// The leak check reads every part of an output: names smuggled into each place a Word
// document (or a spreadsheet, CSV or SVG) can hold text are found and located.
import { Document, Footer, FootnoteReferenceRun, Header, ImageRun, Packer, Paragraph, TextRun, CommentRangeStart, CommentRangeEnd, CommentReference } from 'docx';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { createMatcher } from '../../shared/anonymise/matcher.ts';
import type { MatchRule } from '../../shared/model/anonymise.ts';
import { checkCsv, checkPackage, checkSvg } from './leak-check.ts';

const rules: MatchRule[] = [
  { id: 1, kind: 'person', realText: 'Margaret Okafor', replacement: 'Strategic enabler', caseSensitive: false, variants: [], autoVariants: true },
  { id: 2, kind: 'organisation', realText: 'Hollins Adult Learning Centre', replacement: 'Project 1 partner organisation', caseSensitive: false, variants: [], autoVariants: true },
];
const matcher = createMatcher(rules);

// a 1x1 PNG
const PNG = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'));

async function cleanDocx(): Promise<Uint8Array> {
  const doc = new Document({
    title: 'Coded extracts',
    creator: '',
    lastModifiedBy: '',
    comments: { children: [{ id: 0, author: 'Memo', initials: 'M', children: [new Paragraph('A clean memo.')] }] },
    footnotes: { 1: { children: [new Paragraph('A clean footnote.')] } },
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph('Running head')] }) },
        footers: { default: new Footer({ children: [new Paragraph('Page')] }) },
        children: [
          new Paragraph({ heading: 'Heading1', children: [new TextRun('Q4 Division of labour')] }),
          new Paragraph({ children: [new CommentRangeStart(0), new TextRun('A clean quote.'), new CommentRangeEnd(0), new TextRun({ children: [new CommentReference(0)] }), new FootnoteReferenceRun(1)] }),
          new Paragraph({
            children: [
              new ImageRun({
                type: 'svg',
                data: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><title>System</title><text>Tools</text></svg>'),
                fallback: { type: 'png', data: PNG },
                transformation: { width: 10, height: 10 },
                altText: { name: 'Figure 1', title: 'Activity system', description: 'A clean description' },
              }),
            ],
          }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

function inject(bytes: Uint8Array, path: string | RegExp, edit: (xml: string) => string): Uint8Array {
  const files = unzipSync(bytes);
  const key = Object.keys(files).find((k) => (typeof path === 'string' ? k === path : path.test(k)));
  if (!key) throw new Error(`no part ${String(path)} in ${Object.keys(files).join(', ')}`);
  files[key] = strToU8(edit(strFromU8(files[key] as Uint8Array)));
  return zipSync(files);
}

let clean: Uint8Array;
beforeAll(async () => {
  clean = await cleanDocx();
});

describe('the leak check of a Word document', () => {
  it('passes a clean document', () => {
    const report = checkPackage(matcher, clean);
    expect(report.hits).toEqual([]);
    expect(report.partsScanned).toBeGreaterThan(10);
  });

  const places: { name: string; part: string | RegExp; edit: (xml: string) => string; where: RegExp; found: string }[] = [
    { name: 'the body', part: 'word/document.xml', edit: (x) => x.replace('A clean quote.', 'A quote about Margaret’s plan.'), where: /^document body, under “Q4 Division of labour”$/, found: 'Margaret' },
    {
      name: 'the body, split over runs with a zero-width space',
      part: 'word/document.xml',
      edit: (x) => x.replace('<w:t xml:space="preserve">A clean quote.</w:t>', '<w:t xml:space="preserve">Oka</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>\u200bfor said</w:t>'),
      where: /^document body/,
      found: 'Oka</w:t>',
    },
    { name: 'a heading', part: 'word/document.xml', edit: (x) => x.replace('Q4 Division of labour', 'Q4 Division of labour at Hollins'), where: /^heading “Q4 Division of labour at Hollins”$/, found: 'Hollins' },
    { name: 'the header', part: /^word\/header\d*\.xml$/, edit: (x) => x.replace('Running head', 'Report for M. Okafor'), where: /^header 1$/, found: 'M. Okafor' },
    { name: 'the footer', part: /^word\/footer\d*\.xml$/, edit: (x) => x.replace('Page', 'Page – HOLLINS'), where: /^footer 1$/, found: 'HOLLINS' },
    { name: 'a comment', part: 'word/comments.xml', edit: (x) => x.replace('A clean memo.', 'Ask Mrs Okafor about this.'), where: /^comment 1$/, found: 'Mrs Okafor' },
    { name: 'a comment author', part: 'word/comments.xml', edit: (x) => x.replace('w:author="Memo"', 'w:author="Margaret Okafor"'), where: /^comment 1 \(x author\)$/, found: 'Margaret Okafor' },
    { name: 'a footnote', part: 'word/footnotes.xml', edit: (x) => x.replace('A clean footnote.', 'Confirmed by Márgarét.'), where: /^footnote 1$/, found: 'Márgarét' },
    { name: 'the core properties (author)', part: 'docProps/core.xml', edit: (x) => x.replace('</cp:coreProperties>', '<dc:creator>margaret okafor</dc:creator></cp:coreProperties>'), where: /^document properties \(core/, found: 'margaret okafor' },
    { name: 'the app properties (company)', part: 'docProps/app.xml', edit: (x) => x.replace(/<Properties([^>]*)\/>/, '<Properties$1><Company>Hollins Adult Learning Centre</Company></Properties>'), where: /^document properties \(application/, found: 'Hollins Adult Learning Centre' },
    {
      name: 'the custom properties',
      part: 'docProps/custom.xml',
      edit: (x) => x.replace(/<Properties([^>]*)\/>/, '<Properties$1><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Reviewer"><vt:lpwstr>Okafor</vt:lpwstr></property></Properties>'),
      where: /^custom document properties$/,
      found: 'Okafor',
    },
    { name: 'an image description', part: 'word/document.xml', edit: (x) => x.replace('A clean description', 'Drawn with Margaret'), where: /^document body.*\(docPr descr\)$/, found: 'Margaret' },
    { name: 'an image title', part: 'word/document.xml', edit: (x) => x.replace('title="Activity system"', 'title="Hollins system"'), where: /\(docPr title\)$/, found: 'Hollins' },
    { name: 'the text of an embedded SVG', part: /^word\/media\/.*\.svg$/, edit: (x) => x.replace('<text>Tools</text>', '<text><tspan>Oka</tspan><tspan>for</tspan></text>'), where: /^embedded SVG /, found: 'Oka</tspan><tspan>for' },
  ];

  it.each(places)('finds a name smuggled into $name', ({ part, edit, where }) => {
    const report = checkPackage(matcher, inject(clean, part, edit));
    expect(report.total).toBeGreaterThanOrEqual(1);
    expect(report.hits.some((h) => where.test(h.where)), JSON.stringify(report.hits)).toBe(true);
  });

  it('finds a name in a file name inside the package', () => {
    const files = unzipSync(clean);
    files['word/media/okafor-photo.png'] = PNG;
    const report = checkPackage(matcher, zipSync(files));
    expect(report.hits.map((h) => h.where)).toContain('file names inside the package');
  });

  it('refuses to read a damaged package', () => {
    expect(() => checkPackage(matcher, clean.slice(0, 100))).toThrow(/could not be read back/);
  });
});

describe('the leak check of spreadsheets, CSV and SVG', () => {
  it('finds a name in any XLSX cell, sheet name or property', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Extracts');
    sheet.addRow(['Node', 'Extract', 'Attribution']);
    sheet.addRow(['Q4', 'A clean extract', '(Broker, Project 1)']);
    const cleanBytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(checkPackage(matcher, cleanBytes).total).toBe(0);
    sheet.addRow(['Q4', 'Then OKAFOR said', '(Broker, Project 1)']);
    workbook.addWorksheet('Hollins');
    const report = checkPackage(matcher, new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect([...new Set(report.hits.map((h) => h.found))].sort()).toEqual(['Hollins', 'OKAFOR']);
  });

  it('finds a name in a CSV cell and says which', () => {
    const report = checkCsv(matcher, 'node,extract\r\nQ4,"clean, quoted"\r\nQ4,"she said ""ask Margaret"""\r\n');
    expect(report.hits.map((h) => h.where)).toEqual(['row 3, column 2']);
  });

  it('finds a name in SVG text, titles and aria labels', () => {
    const svg = '<svg><title>Hollins</title><g aria-label="Okafor"><text>clean</text></g></svg>';
    expect(checkSvg(matcher, svg).hits.map((h) => h.found).sort()).toEqual(['Hollins', 'Okafor']);
  });
});
