// Untrusted REFI XML: document types refused (no entity expansion), broken XML named
// with its line, and the text other programs write read exactly.
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/errors.ts';
import { decodeXmlBytes, decodeXmlEntities, parseXml } from './qdpx-xml.ts';

function refusal(xml: string): ApiError {
  try {
    parseXml(xml, 'project.qde');
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('parseXml', () => {
  it('refuses a document type declaration, so entities can never expand', () => {
    const bomb = '<?xml version="1.0"?>\n<!-- a comment first -->\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>\n<Project name="&lol2;"/>';
    const error = refusal(bomb);
    expect(error.code).toBe('BAD_INPUT');
    expect(error.message).toContain('<!DOCTYPE>');
    expect(refusal('<!doctype Project SYSTEM "file:///etc/passwd"><Project/>').message).toContain('document type declaration');
  });

  it('names the line of XML that is not well formed', () => {
    expect(refusal('<Project>\n<Users>\n</Project>').message).toMatch(/not well-formed XML \(line \d+/);
  });

  it('decodes only predefined entities and character references, leaving others as written', () => {
    expect(decodeXmlEntities('a &lt;b&gt; &amp; &quot;c&quot; &apos;d&apos; &#233; &#x1F44B; &nbsp; &#0;')).toBe('a <b> & "c" \'d\' é 👋 &nbsp; &#0;');
  });

  it('reads namespaces, attributes, CDATA and keeps carriage returns inside PlainTextContent', () => {
    const root = parseXml(
      '<?xml version="1.0"?>\r\n<qda:Project xmlns:qda="urn:QDA-XML:project:1.0" name="A &amp; B">\r\n<qda:Notes><qda:Note guid="x"><qda:PlainTextContent>one\r\ntwo <![CDATA[<kept & raw>]]></qda:PlainTextContent></qda:Note></qda:Notes></qda:Project>',
      'project.qde',
    );
    expect(root.name).toBe('Project');
    expect(root.attrs.name).toBe('A & B');
    const content = root.children[0]?.children[0]?.children[0];
    expect(content?.name).toBe('PlainTextContent');
    expect(content?.text).toBe('one\r\ntwo <kept & raw>');
  });

  it('decodes a UTF-8 byte-order mark and UTF-16 files', () => {
    const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<Project name="é"/>')]);
    expect(parseXml(decodeXmlBytes(utf8), 'a.qde').attrs.name).toBe('é');
    const text = '<Project name="ü"/>';
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16[0] = 0xff;
    utf16[1] = 0xfe;
    for (let i = 0; i < text.length; i++) utf16[2 + i * 2] = text.charCodeAt(i);
    expect(parseXml(decodeXmlBytes(utf16), 'b.qde').attrs.name).toBe('ü');
  });
});
