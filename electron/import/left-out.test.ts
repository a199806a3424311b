// What a Word or OpenDocument file holds outside its visible body: hidden text is never
// imported (a name hidden in the file must not reach extracts), and the warnings count
// exactly the footnotes, endnotes, comments, headers, footers and hidden runs left out.
import { CommentRangeEnd, CommentRangeStart, CommentReference, Document, EndnoteReferenceRun, Footer, FootnoteReferenceRun, Header, Packer, Paragraph, TextRun } from 'docx';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { leftOutWarnings, noneLeftOut } from './left-out.ts';
import { readDocx } from './read-docx.ts';
import { readOdt } from './read-odt.ts';

const HIDDEN_NAME = 'Okafor';

async function docxWithEverything(): Promise<Uint8Array> {
  const doc = new Document({
    creator: 'Activity Lens tests',
    comments: { children: [{ id: 0, author: 'Tester', children: [new Paragraph('A comment that names nobody.')] }] },
    styles: { characterStyles: [{ id: 'Secret', name: 'Secret', run: { vanish: true } }] },
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph('Interview with a header')] }) },
        footers: { default: new Footer({ children: [new Paragraph('Page footer text')] }) },
        children: [
          new Paragraph({ children: [new TextRun({ text: 'Interviewer: ', bold: true }), new TextRun('How did it start? '), new TextRun({ text: `Ask ${HIDDEN_NAME} later.`, vanish: true })] }),
          new Paragraph({
            children: [
              new TextRun({ text: 'Participant: ', bold: true }),
              new CommentRangeStart(0),
              new TextRun('With the inspection.'),
              new CommentRangeEnd(0),
              new TextRun({ children: [new CommentReference(0)] }),
              new FootnoteReferenceRun({ children: [new Paragraph('The first note.')] }),
              new TextRun(' And then '),
              new FootnoteReferenceRun({ children: [new Paragraph('The second note.')] }),
              new EndnoteReferenceRun({ children: [new Paragraph('An endnote.')] }),
              new TextRun({ text: ` said Mrs ${HIDDEN_NAME}`, style: 'Secret' }),
              new TextRun({ text: ' the end.', vanish: false }),
            ],
          }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"';

function odtWithEverything(): Uint8Array {
  const content = `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${NS} office:version="1.3"><office:automatic-styles>
<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Hid" style:family="text"><style:text-properties text:display="none"/></style:style>
<style:style style:name="PHid" style:family="paragraph"><style:text-properties text:display="none"/></style:style>
</office:automatic-styles><office:body><office:text>
<text:p><text:span text:style-name="T1">Interviewer:</text:span> How did it start?<text:span text:style-name="Hid"> Ask ${HIDDEN_NAME} later.</text:span></text:p>
<text:p><text:span text:style-name="T1">Participant:</text:span> With the inspection.<text:note text:note-class="footnote"><text:note-body><text:p>One.</text:p></text:note-body></text:note> And<text:note text:note-class="footnote"><text:note-body><text:p>Two.</text:p></text:note-body></text:note><text:note text:note-class="endnote"><text:note-body><text:p>End.</text:p></text:note-body></text:note><office:annotation><dc:creator>T</dc:creator><text:p>A comment.</text:p></office:annotation> then.<text:hidden-text text:condition="ooow:1" text:string-value="${HIDDEN_NAME} again" text:is-hidden="true"/></text:p>
<text:p text:style-name="PHid">A hidden paragraph about ${HIDDEN_NAME}.</text:p>
<text:p><text:hidden-paragraph text:condition="ooow:1" text:is-hidden="true"/>Another hidden paragraph: ${HIDDEN_NAME}.</text:p>
<text:section text:name="S" text:display="none"><text:p>A hidden section with ${HIDDEN_NAME}.</text:p></text:section>
</office:text></office:body></office:document-content>`;
  const styles = `<?xml version="1.0" encoding="UTF-8"?><office:document-styles ${NS}><office:styles/><office:master-styles><style:master-page style:name="Standard"><style:header><text:p>Header text</text:p></style:header><style:footer><text:p>Footer text</text:p></style:footer></style:master-page></office:master-styles></office:document-styles>`;
  return zipSync({ mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }], 'content.xml': strToU8(content), 'styles.xml': strToU8(styles) });
}

describe('what a document holds outside its visible text', () => {
  it('a .docx: hidden runs (set on the run or by a character style) are left out, and every footnote, endnote, comment, header and footer is counted', async () => {
    const doc = await readDocx(await docxWithEverything(), 'hidden.docx');
    expect(doc.text).not.toContain(HIDDEN_NAME);
    expect(doc.text).toContain('How did it start?');
    expect(doc.text).toContain('With the inspection.');
    expect(doc.text).toContain('the end.');
    expect(doc.warnings).toContain('2 pieces of hidden text were left out: text the document hides from view (it may hold names you never saw). Open the original to see it.');
    expect(doc.warnings).toContain('Left out of the text: 2 footnotes, 1 endnote, 1 comment, 1 header and 1 footer.');
  });

  it('an .odt: hidden spans, hidden-text fields, hidden paragraphs and sections are left out, and notes, comments, headers and footers are counted', () => {
    const doc = readOdt(odtWithEverything(), 'hidden.odt');
    expect(doc.text).not.toContain(HIDDEN_NAME);
    expect(doc.text).toContain('How did it start?');
    expect(doc.text).toContain('then.');
    expect(doc.warnings).toContain('5 pieces of hidden text were left out: text the document hides from view (it may hold names you never saw). Open the original to see it.');
    expect(doc.warnings).toContain('Left out of the text: 2 footnotes, 1 endnote, 1 comment, 1 header and 1 footer.');
  });

  it('words the counts in the singular and leaves out what is not there', () => {
    expect(leftOutWarnings(noneLeftOut())).toEqual([]);
    expect(leftOutWarnings({ ...noneLeftOut(), hidden: 1, footnotes: 1 })).toEqual([
      '1 piece of hidden text was left out: text the document hides from view (it may hold names you never saw). Open the original to see it.',
      'Left out of the text: 1 footnote.',
    ]);
  });
});
