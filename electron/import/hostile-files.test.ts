// Hostile and broken containers, built here (no bombs are committed): each is refused
// with a clear reason before any parser sees it, and nothing large is ever inflated.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readCaseTable } from './read-case-table.ts';
import { readDocument } from './read-document.ts';
import { listZipEntries, openSafeZip } from '../infra/safe-unzip.ts';
import { makeDocx, plain } from './testing/make-docx.ts';
import { makeOdt } from './testing/make-odt.ts';

const DOCX_PARTS = {
  '[Content_Types].xml':
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  '_rels/.rels':
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
};

function documentXml(body: string, prolog = '<?xml version="1.0" encoding="UTF-8"?>'): string {
  return `${prolog}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
}

function docxWith(parts: Record<string, string | Uint8Array>): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const [name, value] of Object.entries({ ...DOCX_PARTS, ...parts })) files[name] = typeof value === 'string' ? strToU8(value) : value;
  return zipSync(files);
}

const u16 = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);

// Rewrites header fields of one entry (local and central), as a forger would.
function patchEntry(zip: Uint8Array, name: string, fields: { size?: number; flags?: number }): Uint8Array {
  const out = Uint8Array.from(zip);
  const view = new DataView(out.buffer);
  const nameBytes = strToU8(name);
  for (let at = 0; at + 46 < out.length; at++) {
    const sig = view.getUint32(at, true);
    const isLocal = sig === 0x04034b50;
    const isCentral = sig === 0x02014b50;
    if (!isLocal && !isCentral) continue;
    const nameAt = at + (isLocal ? 30 : 46);
    const nameLength = u16(out, at + (isLocal ? 26 : 28));
    if (nameLength !== nameBytes.length || !nameBytes.every((c, i) => out[nameAt + i] === c)) continue;
    if (fields.size !== undefined) view.setUint32(at + (isLocal ? 22 : 24), fields.size, true);
    if (fields.flags !== undefined) view.setUint16(at + (isLocal ? 6 : 8), fields.flags, true);
  }
  return out;
}

describe('hostile Word files', () => {
  const bigXml = () => documentXml(`<w:p><w:r><w:t>${'a'.repeat(30 * 1024 * 1024)}</w:t></w:r></w:p>`);
  const cases: { name: string; build: () => Promise<Uint8Array> | Uint8Array; reason: RegExp }[] = [
    { name: 'a zip bomb (absurd compression ratio)', build: () => docxWith({ 'word/document.xml': bigXml() }), reason: /unpack \d+ times larger.*zip bomb/ },
    {
      name: 'a part that inflates past its declared size',
      build: () => patchEntry(docxWith({ 'word/document.xml': documentXml(`<w:p><w:r><w:t>${'text '.repeat(200_000)}</w:t></w:r></w:p>`) }), 'word/document.xml', { size: 5000 }),
      reason: /more data than it declares/,
    },
    {
      name: 'an absurd declared size',
      build: () => patchEntry(docxWith({ 'word/document.xml': documentXml('<w:p/>') }), 'word/document.xml', { size: 0xfff00000 }),
      reason: /would unpack to \d+ MB/,
    },
    {
      name: 'thousands of entries',
      build: () => docxWith(Object.fromEntries(Array.from({ length: 6000 }, (_, i) => [`word/media/x${i}.xml`, '<x/>']))),
      reason: /holds 600\d parts/,
    },
    { name: 'a DTD with entities (billion laughs)', build: () => docxWith({ 'word/document.xml': documentXml('<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>', '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol9 "&lol;&lol;">]>') }), reason: /declares a DTD/ },
    { name: 'a DTD in another part', build: () => docxWith({ 'word/document.xml': documentXml('<w:p/>'), 'word/styles.xml': '<!DOCTYPE x SYSTEM "http://example.invalid/x.dtd"><w:styles/>' }), reason: /word\/styles\.xml.*DTD/ },
    { name: 'a truncated file', build: async () => (await makeDocx([plain('Hello there, this is a transcript.')])).subarray(0, 2000), reason: /damaged or incomplete/ },
    { name: 'a file cut before its table of contents ends', build: async () => { const d = await makeDocx([plain('Hello')]); return d.subarray(0, d.length - 30); }, reason: /damaged or incomplete/ },
    { name: 'a password-protected document (OLE container)', build: () => Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(600).fill(0)]), reason: /password-protected/ },
    { name: 'an encrypted zip entry', build: () => patchEntry(docxWith({ 'word/document.xml': documentXml('<w:p/>') }), 'word/document.xml', { flags: 1 }), reason: /password-protected/ },
    { name: 'an empty archive', build: () => zipSync({}), reason: /empty archive/ },
    { name: 'an empty file', build: () => new Uint8Array(0), reason: /empty \(0 bytes\)/ },
    { name: 'a text file renamed to .docx', build: () => strToU8('Interviewer: hello'), reason: /not a zip container/ },
    { name: 'a zip that is not a Word document', build: () => zipSync({ 'hello.txt': strToU8('hi') }), reason: /has no word\/document\.xml/ },
  ];
  it.each(cases)('refuses $name', async ({ build, reason }) => {
    const before = process.memoryUsage().rss;
    await expect(readDocument('hostile.docx', await build())).rejects.toThrow(reason);
    // refusing must not have inflated anything large
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
  });

  it('lists the same part twice: refused', () => {
    const zip = docxWith({ 'word/document.xml': documentXml('<w:p/>'), 'word/documenX.xml': documentXml('<w:p/>') });
    const forged = patchName(zip, 'word/documenX.xml', 'word/document.xml');
    expect(() => listZipEntries(forged, 'twice.docx')).toThrow(/twice/);
  });

  it('inflates only the parts asked for', () => {
    const zip = docxWith({ 'word/document.xml': documentXml('<w:p/>'), 'word/media/photo.xml': '<x/>' });
    const opened = openSafeZip(zip, 'a.docx', (name) => name === 'word/document.xml');
    expect([...opened.parts.keys()]).toEqual(['word/document.xml']);
    expect(opened.entries.map((e) => e.name)).toContain('word/media/photo.xml');
  });
});

function patchName(zip: Uint8Array, from: string, to: string): Uint8Array {
  const text = Buffer.from(zip).toString('latin1').split(from).join(to);
  return Uint8Array.from(Buffer.from(text, 'latin1'));
}

describe('hostile OpenDocument files', () => {
  it('refuses a password-protected .odt', () => {
    const odt = makeOdt([{ text: 'secret' }], { manifestExtra: '<manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="x"/>' });
    return expect(readDocument('locked.odt', odt)).rejects.toThrow(/password-protected/);
  });

  it('refuses a DTD in content.xml', () => {
    const odt = makeOdt([{ text: '&e;' }], { contentPrefix: '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "boom">]>' });
    return expect(readDocument('dtd.odt', odt)).rejects.toThrow(/declares a DTD/);
  });

  it('refuses an OpenDocument spreadsheet renamed .odt', () => {
    const odt = zipSync({ mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }], 'content.xml': strToU8('<x/>') });
    return expect(readDocument('sheet.odt', odt)).rejects.toThrow(/another kind/);
  });
});

describe('hostile case tables', () => {
  it('refuses an .xlsx zip bomb', async () => {
    const bomb = zipSync({ 'xl/workbook.xml': strToU8('<workbook/>'), 'xl/worksheets/sheet1.xml': strToU8(`<x>${' '.repeat(20 * 1024 * 1024)}</x>`) });
    await expect(readCaseTable('cases.xlsx', bomb)).rejects.toThrow(/zip bomb/);
  });

  it('refuses binary content in a .csv', async () => {
    await expect(readCaseTable('cases.csv', Uint8Array.from([0, 1, 2, 3, 0, 0]))).rejects.toThrow(/binary data/);
  });
});
