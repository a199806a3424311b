// The direct Word reader against mammoth: every document reads to the same blocks, text,
// speakers and warnings both ways; ordinary documents take the direct way, and documents it
// does not follow exactly (images, symbols, merged cells, deleted paragraphs, broken parts)
// go to mammoth.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { openSafeZip } from '../infra/safe-unzip.ts';
import { readDocxBodyDirectly } from './docx-body-stream.ts';
import { scanPlainXml } from './plain-xml-scan.ts';
import { leaveOutOfDocx } from './docx-left-out.ts';
import { readDocx } from './read-docx.ts';
import { labelled, makeDocx, plain } from './testing/make-docx.ts';

const ROOT = join(import.meta.dirname, '../..');
const SAMPLE = join(ROOT, '../shared/sample-inputs/qualcoder-examples/ID1.docx');

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const PARTS = {
  '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
  '_rels/.rels':
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  'word/styles.xml': `<?xml version="1.0" encoding="UTF-8"?><w:styles ${W}><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style><w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote &amp; more"/></w:style><w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/></w:style></w:styles>`,
};

function hand(body: string, extra: Record<string, string | Uint8Array> = {}): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const all: Record<string, string | Uint8Array> = { ...PARTS, 'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`, ...extra };
  for (const [name, value] of Object.entries(all)) files[name] = typeof value === 'string' ? strToU8(value) : value;
  return zipSync(files);
}

const run = (text: string, props = '') => `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;

// Documents the direct reader reads itself.
const DIRECT: [string, () => Promise<Uint8Array> | Uint8Array][] = [
  ['the QualCoder sample', () => readFileSync(SAMPLE)],
  ...readdirSync(join(ROOT, 'fixtures/demo/docx')).filter((f) => !f.includes('report')).map((f): [string, () => Uint8Array] => [`demo ${f}`, () => readFileSync(join(ROOT, 'fixtures/demo/docx', f))]),
  ['bold labels, headings, a table, line breaks', () => makeDocx([{ kind: 'heading', text: 'Interview 1' }, labelled('Interviewer:', ' How did it start?'), { kind: 'paragraph', runs: [{ text: 'Jane', bold: true }, { text: ' We met.' }, { lineBreak: true }, { text: 'Then more.' }] }, { kind: 'table', rows: [['a', 'b'], ['', '']] }, plain('The end.')])],
  ['styles, bold off, tabs, hyphens, page breaks', () => hand(`<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>${run('Title')}</w:p><w:p><w:pPr><w:pStyle w:val="Quote"/><w:pStyle w:val="Heading1"/></w:pPr>${run('Quoted')}</w:p><w:p>${run('Ann:', '<w:b w:val="0"/>')}${run(' not bold')}</w:p><w:p>${run('Ann:', '<w:b/><w:b w:val="false"/>')}<w:r><w:tab/><w:t>x</w:t><w:noBreakHyphen/><w:softHyphen/><w:br w:type="page"/><w:br w:type="column"/><w:br/><w:t>y</w:t></w:r></w:p>`)],
  ['hyperlinks, insertions, smart tags, content controls, fields', () => hand(`<w:p><w:hyperlink w:anchor="x">${run('link')}</w:hyperlink><w:ins>${run(' inserted')}</w:ins><w:del><w:r><w:delText>gone</w:delText></w:r></w:del><w:smartTag>${run(' tag')}</w:smartTag><w:sdt><w:sdtPr><w:alias w:val="x"/></w:sdtPr><w:sdtContent>${run(' control')}</w:sdtContent></w:sdt><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:proofErr/><w:bookmarkStart w:name="b"/>${run('!')}</w:p><w:sdt><w:sdtContent><w:p>${run('Block control')}</w:p></w:sdtContent></w:sdt><w:unknown><w:p>${run('ignored')}</w:p></w:unknown>`)],
  ['entities and spaces', () => hand(`<w:p>${run('A &amp; B &lt;3&gt; &#233;')}${run('   ')}${run('end')}</w:p><w:p/><w:p>${run('P2:')}${run(' text')}</w:p>`)],
];

// Documents that go to mammoth, with why.
const MAMMOTH: [string, () => Uint8Array][] = [
  ['an image', () => readFileSync(join(ROOT, 'fixtures/import/report-with-table.docx'))],
  ['a symbol', () => hand(`<w:p><w:r><w:sym w:font="Wingdings" w:char="F04A"/></w:r>${run('smile')}</w:p>`)],
  ['a merged cell', () => hand(`<w:tbl><w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p>${run('a')}</w:p></w:tc></w:tr><w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p>${run('b')}</w:p></w:tc></w:tr></w:tbl>`)],
  ['a deleted paragraph mark', () => hand(`<w:p><w:pPr><w:rPr><w:del w:id="1"/></w:rPr></w:pPr>${run('joined ')}</w:p><w:p>${run('to the next')}</w:p>`)],
  ['a check box field', () => hand(`<w:p><w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:checkBox><w:default w:val="1"/></w:checkBox></w:ffData></w:fldChar></w:r><w:r><w:instrText> FORMCHECKBOX </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>${run(' done')}</w:p>`)],
  ['alternate content', () => hand(`<w:p><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Fallback>${run('fallback')}</mc:Fallback></mc:AlternateContent></w:p>`)],
  ['a prefix bound elsewhere', () => hand('', { 'word/document.xml': '<w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"><w:body><w:p><w:r><w:t>strict</w:t></w:r></w:p></w:body></w:document>' })],
  ['a prefix bound again inside', () => hand(`<w:p xmlns:w="urn:x">${run('x')}</w:p>`)],
  ['an unknown entity', () => hand(`<w:p>${run('&nbsp;x')}</w:p>`)],
  ['CDATA', () => hand(`<w:p><w:r><w:t><![CDATA[a < b]]></w:t></w:r></w:p>`)],
  ['a UTF-16 body', () => hand('', { 'word/document.xml': Uint8Array.from(Buffer.from(`\ufeff<w:document ${W}><w:body><w:p>${run('wide')}</w:p></w:body></w:document>`, 'utf16le')) })],
  ['broken styles', () => hand(`<w:p>${run('x')}</w:p>`, { 'word/styles.xml': `<w:styles ${W}><w:style>` })],
  ['broken body', () => hand(`<w:p>${run('x')}</w:p><w:p>`)],
];

function directTree(bytes: Uint8Array): unknown {
  const zip = openSafeZip(bytes, 'x.docx', (name) => /\.(xml|rels)$/iu.test(name));
  return readDocxBodyDirectly(leaveOutOfDocx(zip.parts).parts);
}

async function bothWays(bytes: Uint8Array): Promise<[unknown, unknown]> {
  const outcome = async (via: 'direct' | 'mammoth') => readDocx(bytes, 'x.docx', via).catch((error: unknown) => ({ refused: error instanceof Error ? error.message : String(error) }));
  return [await outcome('direct'), await outcome('mammoth')];
}

describe('the direct Word reader', () => {
  it.each(DIRECT)('reads %s itself, as mammoth does', async (_name, build) => {
    const bytes = await build();
    expect(directTree(bytes)).not.toBeNull();
    const [direct, viaMammoth] = await bothWays(bytes);
    expect(direct).toEqual(viaMammoth);
  });

  it.each(MAMMOTH)('hands %s to mammoth, with the same result', async (_name, build) => {
    const bytes = build();
    expect(directTree(bytes)).toBeNull();
    const [direct, viaMammoth] = await bothWays(bytes);
    expect(direct).toEqual(viaMammoth);
  });

  it('refuses a body that is not well-formed with a clear message', async () => {
    await expect(readDocx(hand(`<w:p>${run('x')}</w:p><w:p>`), 'broken.docx')).rejects.toThrow(/^broken\.docx could not be read as a Word document \(.+\)\. Save it again from Word and retry\. Nothing was imported\.$/su);
  });

  it.each([
    ['tags that do not nest', '<a><b></a></b>'],
    ['two roots', '<a/><b/>'],
    ['a bare ampersand', '<a>x & y</a>'],
    ['a bare "<"', '<a>x < y</a>'],
    ['an unquoted attribute', '<a b=c/>'],
    ['an attribute given twice', '<a b="1" b="2"/>'],
    ['an unclosed root', '<a><b/>'],
    ['text outside the root', '<a/>x'],
    ['a document type', '<!DOCTYPE a><a/>'],
  ])('finds %s not plain XML', (_name, xml) => {
    expect(scanPlainXml(xml, { open() {}, text() {}, close() {} })).toBe(false);
  });

  it('scans plain XML: tags, attributes, entities, comments, line ends', () => {
    const seen: string[] = [];
    const plain = scanPlainXml('\ufeff<?xml version="1.0"?><!-- c --><a x="1 &amp; 2" y=\'&#x41;\'>t&lt;&#233;\r\n<b/></a>\n', {
      open: (name, attrs) => seen.push(`<${name} ${JSON.stringify(attrs)}>`),
      text: (text) => seen.push(text),
      close: (name) => seen.push(`</${name}>`),
    });
    expect(plain).toBe(true);
    expect(seen).toEqual(['<a {"x":"1 & 2","y":"A"}>', 't<\u00e9\n', '<b {}>', '</b>', '</a>']);
  });
});
