// The streaming XML reader of project files: the same tree as parseXml whatever the chunk
// boundaries, the same refusals (document types, broken XML named with its line, bare
// ampersands, repeated attributes, deep nesting), and non-UTF-8 files handed back whole.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/errors.ts';
import { readProjectEntry } from './qdpx-read-stream.ts';
import { parseXml } from './qdpx-xml.ts';
import type { XmlElement } from './qdpx-xml.ts';
import { SafeZip } from '../infra/zip-reader.ts';
import { NotUtf8Error, XmlTokenizer } from './xml-tokenizer.ts';
import { buildXmlTree } from './xml-stream-tree.ts';

// Parses bytes fed in chunks of `size` bytes.
function streamed(xml: string | Uint8Array, size: number, take?: Parameters<typeof buildXmlTree>[2]): XmlElement {
  const bytes = typeof xml === 'string' ? new TextEncoder().encode(xml) : xml;
  return buildXmlTree(
    'project.qde',
    (push) => {
      for (let i = 0; i < bytes.length; i += size) push(bytes.slice(i, i + size));
    },
    take,
  );
}

function refusal(xml: string, size = 5): ApiError {
  try {
    streamed(xml, size);
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

const SIZES = [1, 2, 3, 7, 64, 100_000];

const DOCUMENTS = [
  '<?xml version="1.0" encoding="UTF-8"?>\n<Project name="A &amp; B &#233;" origin=\'x "y"\'><Users><User guid="1" name="Zoë"/></Users></Project>',
  '<?xml version="1.0"?>\r\n<qda:Project xmlns:qda="urn:QDA-XML:project:1.0" name="A &amp; B">\r\n<qda:Notes><qda:Note guid="x"><qda:PlainTextContent>one\r\ntwo <![CDATA[<kept & raw>]]></qda:PlainTextContent></qda:Note></qda:Notes></qda:Project>',
  '<!-- first --><Project>\n  <Description>line one\r\nline two &lt;b&gt; &unknown; &#x1F44B;</Description>\n  <?pi ignored?>\n  <Sources><TextSource guid="g" name="n"><PlainTextSelection guid="s" startPosition="0" endPosition="4" name="tab\there"><Coding guid="c"><CodeRef targetGUID="k"/></Coding></PlainTextSelection></TextSource></Sources>\n</Project>\n<!-- after -->',
  '\uFEFF<Project a = "1"\n b=\'2\' ><Empty/><Mixed>a<b/>c</Mixed></Project>',
];

describe('buildXmlTree', () => {
  it.each(DOCUMENTS.map((d, i) => [i, d] as const))('reads document %i as parseXml does, whatever the chunk size', (_i, xml) => {
    const expected = parseXml(xml.replace(/^\uFEFF/, ''), 'project.qde');
    for (const size of SIZES) expect(streamed(xml, size)).toEqual(expected);
  });

  it('hands elements to the caller as they close and leaves them out of the tree', () => {
    const taken: string[] = [];
    const root = streamed(DOCUMENTS[2] ?? '', 3, (el, depth, parent) => {
      if (depth !== 2 || parent?.name !== 'Sources') return false;
      taken.push(`${el.name}:${el.children.length}`);
      return true;
    });
    expect(taken).toEqual(['TextSource:1']);
    expect(root.children.find((c) => c.name === 'Sources')?.children).toEqual([]);
  });

  it.each([
    ['a document type, even after a comment', '<?xml version="1.0"?>\n<!-- c -->\n<!DOCTYPE lolz [<!ENTITY lol "lol">]>\n<Project name="&lol;"/>', /<!DOCTYPE>/],
    ['a system document type', '<!doctype Project SYSTEM "file:///etc/passwd"><Project/>', /document type declaration/],
    ['tags that do not nest', '<Project>\n<Users>\n</Project>', /not well-formed XML \(line 3: Expected closing tag 'Users'/],
    ['an unclosed root', '<Project>\n<Users/>\n', /not well-formed XML \(line 3: Unclosed tag 'Project'/],
    ['a bare ampersand in text', '<Project>\n\nfish & chips</Project>', /line 3: char '&' is not expected/],
    ['a repeated attribute', '<Project a="1" a="2"/>', /Attribute 'a' is repeated/],
    ['an unquoted attribute', '<Project a=1/>', /Attribute 'a' is without value/],
    ['attributes run together', '<Project a="1"b="2"/>', /Attribute 'b' has no space/],
    ['an invalid tag name', '<1Project/>', /Tag '1Project' is an invalid name/],
    ['a file cut inside a tag', '<Project><Users name="x', /not well-formed XML/],
    ['no element at all', '<!-- nothing -->', /holds no XML element/],
  ])('refuses %s', (_what, xml, message) => {
    for (const size of [1, 4, 1000]) expect(refusal(xml, size).message).toMatch(message);
  });

  it('refuses nesting deeper than 256', () => {
    const deep = `${'<a>'.repeat(300)}${'</a>'.repeat(300)}`;
    expect(refusal(deep, 50).message).toMatch(/nests elements more than 256 deep/);
  });

  it('refuses one tag or run of text larger than its cap, before holding it whole', () => {
    const feed = (xml: string) => {
      const tokenizer = new XmlTokenizer('project.qde', { open: () => {}, text: () => {}, close: () => {} }, 1024);
      const bytes = new TextEncoder().encode(xml);
      for (let i = 0; i < bytes.length; i += 100) tokenizer.push(bytes.slice(i, i + 100));
      tokenizer.end();
    };
    expect(() => feed(`<Project>${'word '.repeat(150)}</Project>`)).not.toThrow();
    expect(() => feed(`<Project>${'word '.repeat(300)}</Project>`)).toThrow(/one tag or run of text over/);
    expect(() => feed(`<Project name="${'x'.repeat(2000)}"/>`)).toThrow(/one tag or run of text over/);
    expect(() => feed(`<Project><!-- ${'x'.repeat(2000)} --></Project>`)).toThrow(/one tag or run of text over/);
  });

  it('hands UTF-16 and Windows-1252 files back to be decoded whole', () => {
    expect(() => streamed(new Uint8Array([0xff, 0xfe, 0x3c, 0x00, 0x50, 0x00]), 64)).toThrow(NotUtf8Error);
    expect(() => streamed(new Uint8Array([...new TextEncoder().encode('<Project name="caf'), 0xe9, 0x22, 0x2f, 0x3e]), 64)).toThrow(NotUtf8Error);
  });
});

describe('readProjectEntry', () => {
  it('reads a Windows-1252 or UTF-16 project file whole, and a UTF-8 one as a stream', () => {
    const xml = '<Project name="café"><Sources><TextSource guid="{A}" name="One"><PlainTextContent>x</PlainTextContent></TextSource></Sources></Project>';
    const cp1252 = Uint8Array.from(Array.from(xml, (c) => c.charCodeAt(0)));
    const utf16 = new Uint8Array(2 + xml.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < xml.length; i++) utf16[2 + i * 2] = xml.charCodeAt(i);
    for (const bytes of [strToU8(xml), cp1252, utf16]) {
      const zip = SafeZip.open(zipSync({ 'project.qde': bytes }), 'p.qdpx');
      const project = readProjectEntry(zip, zip.entries[0] ?? zip.entries[0]!, 'project.qde');
      expect(project.name).toBe('café');
      expect(project.sources.map((s) => s.name)).toEqual(['One']);
    }
  });
});
