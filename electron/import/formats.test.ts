// Every format the importer reads, table-driven: encodings of plain text, and the
// structure (headings, paragraphs, table rows, pages) Word, ODT, PDF, Markdown and
// caption files keep. Readers run in-process here; parse-runner.test.ts covers the
// reader process.
import { describe, expect, it } from 'vitest';
import type { BlockKind, ImportedDocument } from '../../shared/model/import.ts';
import { createOffsetIndex } from '../../shared/text/code-points.ts';
import { readDocument } from './read-document.ts';
import { segmentDocument } from './segment-document.ts';
import { labelled, makeDocx, plain } from './testing/make-docx.ts';
import { makeOdt } from './testing/make-odt.ts';
import { makePdf } from './testing/make-pdf.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...parts: (number[] | Uint8Array)[]) => Uint8Array.from(parts.flatMap((p) => [...p]));
const utf16le = (text: string) => Uint8Array.from(Buffer.from(text, 'utf16le'));
const utf16be = (text: string) => Uint8Array.from(Buffer.from(text, 'utf16le').swap16());

function blocks(doc: ImportedDocument): string[] {
  const index = createOffsetIndex(doc.text);
  return doc.blocks.map((b) => `${b.kind}: ${index.slice(b.start, b.end)}`);
}

describe('plain text encodings', () => {
  const cases: { name: string; data: Uint8Array; text: string; encoding: string; warning: RegExp | null }[] = [
    { name: 'UTF-8 without BOM', data: utf8('Café – naïve\n'), text: 'Café – naïve\n', encoding: 'utf-8', warning: null },
    { name: 'UTF-8 with BOM', data: bytes([0xef, 0xbb, 0xbf], utf8('Café')), text: 'Café', encoding: 'utf-8', warning: null },
    { name: 'UTF-16 LE with BOM', data: bytes([0xff, 0xfe], utf16le('Zoë: hi')), text: 'Zoë: hi', encoding: 'utf-16le', warning: null },
    { name: 'UTF-16 BE with BOM', data: bytes([0xfe, 0xff], utf16be('Zoë: hi')), text: 'Zoë: hi', encoding: 'utf-16be', warning: null },
    { name: 'UTF-16 LE without BOM', data: utf16le('Interviewer: hello there'), text: 'Interviewer: hello there', encoding: 'utf-16le', warning: /byte-order mark/ },
    { name: 'Windows-1252', data: bytes(utf8('Caf'), [0xe9, 0x20, 0x93], utf8('quoted'), [0x94, 0x20, 0x96, 0x20], utf8('dash')), text: 'Café “quoted” – dash', encoding: 'windows-1252', warning: /Windows-1252/ },
    { name: 'CRLF and lone CR line ends', data: utf8('a\r\nb\rc\n'), text: 'a\nb\nc\n', encoding: 'utf-8', warning: null },
    { name: 'decomposed accents become NFC', data: utf8('Cafe\u0301 and Zoe\u0308'), text: 'Café and Zoë', encoding: 'utf-8', warning: null },
  ];
  it.each(cases)('$name', async ({ data, text, encoding, warning }) => {
    const doc = await readDocument('notes.txt', data);
    expect(doc.text).toBe(text);
    expect(doc.encoding).toBe(encoding);
    if (warning) expect(doc.warnings.join(' ')).toMatch(warning);
    else expect(doc.warnings).toEqual([]);
    expect(doc.blocks).toHaveLength(1);
  });

  const refusals: { name: string; file: string; data: Uint8Array; reason: RegExp }[] = [
    { name: 'binary content in a .txt', file: 'scan.txt', data: bytes(utf8('%PDF-1.4'), [0, 0, 1, 2, 3], utf8('stream')), reason: /binary data/ },
    { name: 'many control characters', file: 'noise.txt', data: Uint8Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 1 : 65)), reason: /binary data/ },
    { name: 'an empty file', file: 'empty.txt', data: new Uint8Array(0), reason: /empty \(0 bytes\)/ },
    { name: 'only blank lines', file: 'blank.md', data: utf8('\n \n\t\n'), reason: /no text/ },
    { name: 'an old Word .doc', file: 'old.doc', data: utf8('x'), reason: /save it as a Word document \(\.docx\)/ },
    { name: 'an unknown kind of file', file: 'photo.jpeg', data: utf8('x'), reason: /cannot be imported.*\.docx/ },
  ];
  it.each(refusals)('refuses $name', async ({ file, data, reason }) => {
    await expect(readDocument(file, data)).rejects.toThrow(reason);
  });
});

describe('structure', () => {
  const cases: { name: string; file: string; data: () => Promise<Uint8Array> | Uint8Array; blocks: string[]; text?: string }[] = [
    {
      name: 'Markdown headings, tables and paragraphs',
      file: 'report.md',
      data: () => utf8('# Final report\n\nSome *emphasis* and **bold** words.\nSecond line.\n\n| Activity | Planned |\n|---|---:|\n| Launch day | 1 |\n\n## Next\n'),
      blocks: ['heading: Final report', 'text: Some emphasis and bold words.\nSecond line.', 'table-row: Activity | Planned', 'table-row: Launch day | 1', 'heading: Next'],
      text: 'Final report\n\nSome emphasis and bold words.\nSecond line.\n\nActivity | Planned\nLaunch day | 1\n\nNext',
    },
    {
      name: 'Word headings, paragraphs with line breaks, tables',
      file: 'report.docx',
      data: () =>
        makeDocx([
          { kind: 'heading', text: '1. Introduction' },
          { kind: 'paragraph', runs: [{ text: 'First line' }, { lineBreak: true }, { text: 'second line.' }] },
          { kind: 'table', rows: [['Activity', 'Planned'], ['Launch day', '1']] },
          plain('After the table.'),
        ]),
      blocks: ['heading: 1. Introduction', 'text: First line\nsecond line.', 'table-row: Activity | Planned', 'table-row: Launch day | 1', 'text: After the table.'],
      text: '1. Introduction\n\nFirst line\nsecond line.\n\nActivity | Planned\nLaunch day | 1\n\nAfter the table.',
    },
    {
      name: 'OpenDocument headings, spaces, tables',
      file: 'report.odt',
      data: () => makeOdt([{ heading: 'Summary' }, { text: 'Two  spaces kept.' }, { table: [['Role', 'Count'], ['Mentor', '9']] }]),
      blocks: ['heading: Summary', 'text: Two  spaces kept.', 'table-row: Role | Count', 'table-row: Mentor | 9'],
    },
    {
      name: 'PDF pages, paragraphs, headings by size, page numbers dropped, paragraphs joined over a page break',
      file: 'report.pdf',
      data: () =>
        makePdf([
          [
            { text: 'Final evaluation', size: 18 },
            { text: 'The project met most of its targets and', gapBefore: 10 },
            { text: 'achieved its aim of establishing peer co-' },
            { text: 'operation between the two sites.' },
            { text: 'A second paragraph begins here and it', gapBefore: 12 },
            { text: 'runs on to the next page without a' },
            { text: '1', gapBefore: 300 },
          ],
          [{ text: 'full stop at the end of page one.' }, { text: 'Third paragraph.', gapBefore: 12 }, { text: 'Page 2 of 2', gapBefore: 300 }],
        ]),
      blocks: [
        'heading: Final evaluation',
        'text: The project met most of its targets and achieved its aim of establishing peer co-operation between the two sites.',
        'text: A second paragraph begins here and it runs on to the next page without a full stop at the end of page one.',
        'text: Third paragraph.',
      ],
    },
    {
      name: 'WebVTT header, notes and unlabelled cues grouped into timed paragraphs',
      file: 'captions.vtt',
      data: () =>
        utf8(
          'WEBVTT - recorded call\nKind: captions\n\nNOTE this is a comment\n\n00:00:01.000 --> 00:00:02.000\nHello &amp; welcome.\n\n00:00:02.500 --> 00:00:03.000\nThis is one paragraph.\n\n00:00:09.000 --> 00:00:10.000 align:start\nAfter a pause.\n',
        ),
      blocks: ['paragraph: [00:00:01] Hello & welcome. This is one paragraph.', 'paragraph: [00:00:09] After a pause.'],
    },
    {
      name: 'SubRip without speakers',
      file: 'film.srt',
      data: () => utf8('1\r\n00:01:00,000 --> 00:01:02,000\r\n<i>First</i> line\r\nwraps.\r\n\r\n2\r\n00:01:02,100 --> 00:01:03,000\r\nMore.\r\n'),
      blocks: ['paragraph: [00:01:00] First line wraps. More.'],
    },
  ];
  it.each(cases)('$name', async ({ file, data, blocks: expected, text }) => {
    const doc = await readDocument(file, await data());
    expect(blocks(doc)).toEqual(expected);
    if (text !== undefined) expect(doc.text).toBe(text);
    // segments follow the blocks and stay inside the text
    for (const s of segmentDocument(doc)) expect(s.end).toBeLessThanOrEqual([...doc.text].length);
  });

  it('keeps a page number for each PDF block and counts the pages', async () => {
    const doc = await readDocument('two.pdf', makePdf([[{ text: 'One.' }], [{ text: 'Two.' }]]));
    expect(doc.pages).toBe(2);
    expect(doc.blocks.map((b) => b.page)).toEqual([1, 2]);
  });

  it('says when a Word document had images left out', async () => {
    const doc = await readDocument('pictures.docx', await makeDocx([plain('A photo of the launch day:'), { kind: 'image' }, labelled('Note:', ' taken in September.')]));
    expect(doc.warnings.join(' ')).toMatch(/One image was left out/);
    expect(doc.text).toBe('A photo of the launch day:\n\nNote: taken in September.');
  });

  it('gives table rows their own segments and the heading its own', async () => {
    const doc = await readDocument('t.docx', await makeDocx([{ kind: 'heading', text: 'Delivery' }, { kind: 'table', rows: [['a', 'b'], ['c', 'd']] }]));
    expect(segmentDocument(doc).map((s) => s.kind)).toEqual<BlockKind[]>(['heading', 'table-row', 'table-row']);
  });

  const captionRefusals: { name: string; file: string; data: Uint8Array; reason: RegExp }[] = [
    { name: 'a .vtt without the WEBVTT line', file: 'x.vtt', data: utf8('00:00:01.000 --> 00:00:02.000\nHi\n'), reason: /must start with "WEBVTT"/ },
    { name: 'a caption file without cues', file: 'x.srt', data: utf8('just some text\n'), reason: /no captions with text/ },
    { name: 'a PDF without a text layer', file: 'scan.pdf', data: makePdf([[]]), reason: /no text layer/ },
    { name: 'a password-protected PDF', file: 'locked.pdf', data: makePdf([[{ text: 'secret' }]], { encrypted: true }), reason: /password-protected/ },
    { name: 'a damaged PDF', file: 'broken.pdf', data: utf8('%PDF-1.7\n1 0 obj\n<< /Type /Catalog'), reason: /not a readable PDF|no text layer/ },
    { name: 'a PDF that is not one', file: 'fake.pdf', data: utf8('hello'), reason: /not a PDF/ },
  ];
  it.each(captionRefusals)('refuses $name', async ({ file, data, reason }) => {
    await expect(readDocument(file, data)).rejects.toThrow(reason);
  });
});
