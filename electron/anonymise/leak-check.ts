// The leak check of a finished output file, run on its bytes before anything is written:
// a .docx is unzipped and every part is read as a reader would see it - the body (named
// by the heading it falls under), headers, footers, each comment and footnote, the core,
// app and custom properties, image descriptions and titles, the text of embedded SVG
// figures, even the package's file names. XLSX, CSV and SVG outputs have checks here too.
import { strFromU8, unzipSync } from 'fflate';
import type { Allowance } from '../../shared/anonymise/anonymise-text.ts';
import { scanForLeaks } from '../../shared/anonymise/leak-scan.ts';
import type { LeakReport, TextPart } from '../../shared/anonymise/leak-scan.ts';
import type { Matcher } from '../../shared/anonymise/matcher.ts';
import { xmlTextParts } from '../../shared/anonymise/xml-text.ts';
import type { XmlFlavour } from '../../shared/anonymise/xml-text.ts';

const MAX_ENTRIES = 10_000;
const MAX_TOTAL_BYTES = 2_000_000_000;

function friendlyName(path: string): string {
  const p = path.replace(/^\/+/, '');
  const numbered = /^(?:word|xl|ppt)\/(header|footer)(\d*)\.xml$/.exec(p);
  if (numbered) return `${numbered[1]} ${numbered[2] || '1'}`;
  const known: Record<string, string> = {
    'word/document.xml': 'document body',
    'word/comments.xml': 'comments',
    'word/commentsExtended.xml': 'comments (extended)',
    'word/footnotes.xml': 'footnotes',
    'word/endnotes.xml': 'endnotes',
    'docProps/core.xml': 'document properties (core: title, author, subject)',
    'docProps/app.xml': 'document properties (application, company)',
    'docProps/custom.xml': 'custom document properties',
    'xl/sharedStrings.xml': 'cells (shared strings)',
  };
  if (known[p]) return known[p];
  if (/\.svg$/i.test(p)) return `embedded SVG ${p.split('/').pop() ?? p}`;
  const sheet = /^xl\/worksheets\/sheet(\d+)\.xml$/.exec(p);
  if (sheet) return `sheet ${sheet[1]} cells`;
  return p;
}

function flavourOf(path: string): XmlFlavour | null {
  if (/\.svg$/i.test(path)) return 'svg';
  if (!/\.(xml|rels|vml)$/i.test(path)) return null;
  if (path.startsWith('docProps/') || path === '[Content_Types].xml') return 'meta';
  if (path.startsWith('xl/')) return 'sheet';
  return 'word';
}

// Splits a comments or footnotes part into one text per item ("comment 3", "footnote 2").
function itemParts(xml: string, element: 'comment' | 'footnote' | 'endnote', label: string): TextPart[] {
  const out: TextPart[] = [];
  const re = new RegExp(`<w:${element}\\b([^>]*)>([\\s\\S]*?)</w:${element}>`, 'g');
  const rest: string[] = [];
  let last = 0;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    rest.push(xml.slice(last, m.index));
    last = m.index + m[0].length;
    const id = /w:id="(-?\d+)"/.exec(m[1] ?? '')?.[1] ?? '?';
    const n = element === 'comment' ? Number(id) + 1 : Number(id);
    out.push(...xmlTextParts(`<x ${m[1] ?? ''}>${m[2] ?? ''}</x>`, `${label} ${Number.isFinite(n) ? n : id}`, 'word'));
  }
  rest.push(xml.slice(last));
  // whatever lies outside the items (nothing, in files Activity Lens writes) is scanned too
  out.push(...xmlTextParts(rest.join(''), label, 'word'));
  return out;
}

// Splits the document body at headings, so a hit says which heading it falls under.
function bodyParts(xml: string): TextPart[] {
  const paragraphs = xml.split(/(?=<w:p[ >])/);
  const out: TextPart[] = [];
  let heading = 'start of the document';
  let chunk: string[] = [];
  const flush = () => {
    if (chunk.length > 0) out.push(...xmlTextParts(chunk.join(''), `document body, under “${heading}”`, 'word'));
    chunk = [];
  };
  for (const p of paragraphs) {
    const style = /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1] ?? '';
    if (/^(Heading\d|Title)$/.test(style)) {
      flush();
      const text = xmlTextParts(p, '', 'word')[0]?.text.replace(/\s+/g, ' ').trim() ?? '';
      out.push(...xmlTextParts(p, `heading “${text.slice(0, 80)}”`, 'word'));
      heading = text.slice(0, 80) || heading;
      continue;
    }
    chunk.push(p);
  }
  flush();
  return out;
}

// Every readable text of an Office (or any zip) package, part by part.
export function packageTextParts(bytes: Uint8Array): TextPart[] {
  let entries: Record<string, Uint8Array>;
  let total = 0;
  let count = 0;
  try {
    entries = unzipSync(bytes, {
      filter: (file) => {
        count++;
        total += file.originalSize;
        if (count > MAX_ENTRIES || total > MAX_TOTAL_BYTES) throw new Error('The package is too large to check.');
        return true;
      },
    });
  } catch (error) {
    throw new Error(`The output could not be read back for the leak check (${error instanceof Error ? error.message : 'unknown error'}).`, { cause: error });
  }
  const parts: TextPart[] = [{ where: 'file names inside the package', text: Object.keys(entries).join('\n') }];
  for (const [path, data] of Object.entries(entries)) {
    const flavour = flavourOf(path);
    if (!flavour) continue;
    const xml = strFromU8(data);
    const where = friendlyName(path);
    if (path === 'word/document.xml') parts.push(...bodyParts(xml));
    else if (path === 'word/comments.xml') parts.push(...itemParts(xml, 'comment', 'comment'));
    else if (path === 'word/footnotes.xml') parts.push(...itemParts(xml, 'footnote', 'footnote'));
    else if (path === 'word/endnotes.xml') parts.push(...itemParts(xml, 'endnote', 'endnote'));
    else parts.push(...xmlTextParts(xml, where, flavour));
  }
  return parts;
}

// Scans a .docx (or .xlsx) file's bytes for register names.
export function checkPackage(matcher: Matcher, bytes: Uint8Array, allowances: readonly Allowance[] = []): LeakReport {
  return scanForLeaks(matcher, packageTextParts(bytes), allowances);
}

// Scans an SVG document (every text node and readable attribute).
export function checkSvg(matcher: Matcher, svg: string, where = 'SVG'): LeakReport {
  return scanForLeaks(matcher, xmlTextParts(svg, where, 'svg'));
}

// Scans a CSV file cell by cell ("row 3, column 2").
export function checkCsv(matcher: Matcher, csv: string, allowances: readonly Allowance[] = []): LeakReport {
  const parts: TextPart[] = [];
  parseCsv(csv).forEach((row, r) => row.forEach((cell, c) => parts.push({ where: `row ${r + 1}, column ${c + 1}`, text: cell })));
  return scanForLeaks(matcher, parts, allowances);
}

// Splits CSV text into rows of cells (RFC 4180 quoting; any of , ; or tab as the separator).
export function parseCsv(csv: string): string[][] {
  const firstLine = csv.slice(0, csv.indexOf('\n') >= 0 ? csv.indexOf('\n') : csv.length);
  const sep = [',', ';', '\t'].sort((a, b) => firstLine.split(b).length - firstLine.split(a).length)[0] ?? ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i] ?? '';
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === sep) {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && csv[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
