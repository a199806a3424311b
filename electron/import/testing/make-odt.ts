// Builds minimal OpenDocument text files for tests: paragraphs with an optional bold
// start (an automatic text style), headings and tables.
import { strToU8, zipSync } from 'fflate';

export type OdtItem = { bold?: string; text?: string } | { heading: string } | { table: string[][] };

function esc(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}

// Spaces as ODF writes them: runs of spaces after the first become <text:s text:c="n"/>.
function spaced(text: string): string {
  return esc(text).replace(/ {2,}/gu, (run) => ` <text:s text:c="${run.length - 1}"/>`);
}

function body(items: readonly OdtItem[]): string {
  return items
    .map((item) => {
      if ('heading' in item) return `<text:h text:style-name="Heading_20_1" text:outline-level="1">${spaced(item.heading)}</text:h>`;
      if ('table' in item) {
        const rows = item.table.map((row) => `<table:table-row>${row.map((c) => `<table:table-cell office:value-type="string"><text:p>${spaced(c)}</text:p></table:table-cell>`).join('')}</table:table-row>`).join('');
        return `<table:table table:name="T1"><table:table-column table:number-columns-repeated="${item.table[0]?.length ?? 1}"/>${rows}</table:table>`;
      }
      const bold = item.bold ? `<text:span text:style-name="T1">${spaced(item.bold)}</text:span>` : '';
      return `<text:p text:style-name="P1">${bold}${spaced(item.text ?? '')}</text:p>`;
    })
    .join('');
}

const NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"';

// Writes an .odt holding the items; `manifestExtra` goes into the manifest (e.g. encryption data).
export function makeOdt(items: readonly OdtItem[], options: { manifestExtra?: string; contentPrefix?: string } = {}): Uint8Array {
  const content = `${options.contentPrefix ?? '<?xml version="1.0" encoding="UTF-8"?>'}<office:document-content ${NS} office:version="1.3"><office:automatic-styles><style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style><style:style style:name="P1" style:family="paragraph" style:parent-style-name="Standard"/></office:automatic-styles><office:body><office:text>${body(items)}</office:text></office:body></office:document-content>`;
  const styles = `<?xml version="1.0" encoding="UTF-8"?><office:document-styles ${NS}><office:styles><style:style style:name="Standard" style:family="paragraph"/><style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:default-outline-level="1"><style:text-properties fo:font-weight="bold"/></style:style></office:styles></office:document-styles>`;
  const manifest = `<?xml version="1.0" encoding="UTF-8"?><manifest:manifest ${NS} manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">${options.manifestExtra ?? ''}</manifest:file-entry></manifest:manifest>`;
  return zipSync({
    mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }],
    'content.xml': strToU8(content),
    'styles.xml': strToU8(styles),
    'META-INF/manifest.xml': strToU8(manifest),
  });
}
