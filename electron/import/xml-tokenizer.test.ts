// The XML reader around saxes: what it reads as the REFI-QDA programs write it (carriage
// returns kept only in PlainTextContent, entities it does not know left as written, an
// ampersand in an attribute value), whatever the chunk boundaries.
import { describe, expect, it } from 'vitest';
import { parseXml } from './qdpx-xml.ts';
import type { XmlElement } from './qdpx-xml.ts';
import { buildXmlTree } from './xml-stream-tree.ts';

function streamed(xml: string, size: number): XmlElement {
  const bytes = new TextEncoder().encode(xml);
  return buildXmlTree('p.qde', (push) => {
    for (let i = 0; i < bytes.length; i += size) push(bytes.slice(i, i + size));
  });
}

function everyWay(xml: string): XmlElement[] {
  return [parseXml(xml, 'p.qde'), ...[1, 2, 5, 64, 10_000].map((size) => streamed(xml, size))];
}

describe('the XML reader', () => {
  it('keeps carriage returns in PlainTextContent (its CDATA too) and turns them into line feeds elsewhere', () => {
    const xml = '<P><Note><PlainTextContent a="1"\r\n b="2">a\r\nb\rc<![CDATA[d\r\ne]]>f &amp; g</PlainTextContent><Description>x\r\ny\rz</Description></Note></P>';
    for (const root of everyWay(xml)) {
      const note = root.children[0];
      expect(note?.children.map((c) => [c.name, c.text])).toEqual([
        ['PlainTextContent', 'a\r\nb\rcd\r\nef & g'],
        ['Description', 'x\ny\nz'],
      ]);
      expect(note?.children[0]?.attrs).toEqual({ a: '1', b: '2' });
    }
  });

  it('leaves entities it does not know as written and reads an ampersand in an attribute value', () => {
    for (const root of everyWay('<P name="Fish & chips &amp; peas" note="&nbsp;">&unknown; &#233; &#x1F44B; &lt;b&gt;</P>')) {
      expect(root.attrs).toEqual({ name: 'Fish & chips & peas', note: '&nbsp;' });
      expect(root.text).toBe('&unknown; é 👋 <b>');
    }
  });

  it('reads past byte-order marks, spaces before the declaration and text after the root', () => {
    for (const root of everyWay('\uFEFF\uFEFF\r\n <?xml version="1.0"?><P a="1"/>\n trailing')) expect(root).toEqual({ name: 'P', attrs: { a: '1' }, children: [], text: '' });
  });

  it('refuses a bare ampersand in text with the line it is on, and an unclosed CDATA section', () => {
    for (const size of [1, 7, 1000]) {
      expect(() => streamed('<P>\n<Q>a & b;</Q></P>', size)).toThrow(/line 2: char '&' is not expected/);
      expect(() => streamed('<P><![CDATA[x', size)).toThrow(/not well-formed XML/);
    }
  });
});
