// Plain text (.txt) and Markdown (.md): decoded (UTF-8 with or without BOM, UTF-16 with
// BOM, Windows-1252 fallback said so), normalised to NFC with `\n`. A .txt is one block of
// free text; Markdown keeps `#` headings and `|` tables as structure and drops emphasis marks.
import { ApiError } from '../../shared/errors.ts';
import type { ImportedDocument } from '../../shared/model/import.ts';
import { codePointLength } from '../../shared/text/code-points.ts';
import { normaliseText } from '../../shared/text/normalise.ts';
import { decodeTextBytes, looksBinary } from './decode-text.ts';
import { DocumentBuilder } from './document-builder.ts';
import { LIMITS } from './limits.ts';

function decodeChecked(bytes: Uint8Array, fileName: string): { text: string; encoding: string; warning: string | null } {
  if (bytes.length === 0) throw new ApiError('BAD_INPUT', `${fileName} is empty (0 bytes). Nothing was imported.`);
  if (looksBinary(bytes)) {
    throw new ApiError('BAD_INPUT', `${fileName} does not look like a text file (it holds binary data; it may be a Word or PDF file renamed). Nothing was imported.`);
  }
  const decoded = decodeTextBytes(bytes);
  const text = normaliseText(decoded.text);
  if (text.trim().length === 0) throw new ApiError('BAD_INPUT', `${fileName} holds no text (only spaces or blank lines). Nothing was imported.`);
  return { text, encoding: decoded.encoding, warning: decoded.warning };
}

// Reads a .txt file: the whole canonical text is one block of free text.
export function readPlainText(bytes: Uint8Array, fileName: string): ImportedDocument {
  const { text, encoding, warning } = decodeChecked(bytes, fileName);
  const length = codePointLength(text);
  if (length > LIMITS.maxTextLength) {
    throw new ApiError('TOO_LARGE', `${fileName} holds more than ${LIMITS.maxTextLength.toLocaleString('en-GB')} characters, the most one source may have. Split it into smaller files. Nothing was imported.`);
  }
  return {
    format: 'txt',
    text,
    blocks: [{ kind: 'text', start: 0, end: length, speaker: null, labelStart: null, labelEnd: null, timestamp: null, page: null }],
    warnings: warning ? [warning] : [],
    encoding,
    pages: null,
  };
}

const MD_HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/u;
const MD_TABLE_ROW = /^ {0,3}\|.*\|[ \t]*$/u;
const MD_TABLE_RULE = /^ {0,3}\|?(?:[ \t]*:?-{2,}:?[ \t]*\|)+[ \t]*(?::?-{2,}:?[ \t]*)?\|?[ \t]*$/u;
const MD_FENCE = /^ {0,3}(```|~~~)/u;

// Drops Markdown emphasis marks (**bold**, __bold__, *em*, _em_) around words.
export function stripEmphasis(line: string): string {
  return line
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/gu, '$2')
    .replace(/(^|[\s(])\*(?=\S)([^*\n]+?)(?<=\S)\*(?=$|[\s).,;:!?])/gu, '$1$2')
    .replace(/(^|[\s(])_(?=\S)([^_\n]+?)(?<=\S)_(?=$|[\s).,;:!?])/gu, '$1$2');
}

function tableCells(line: string): string[] {
  const body = line.trim().replace(/^\|/u, '').replace(/\|$/u, '');
  return body.split(/(?<!\\)\|/u).map((cell) => stripEmphasis(cell.trim().replace(/\\\|/gu, '|')));
}

// Reads a Markdown file: headings and tables as structure, paragraphs as free text.
export function readMarkdown(bytes: Uint8Array, fileName: string): ImportedDocument {
  const { text, encoding, warning } = decodeChecked(bytes, fileName);
  const builder = new DocumentBuilder('md', fileName);
  let paragraph: string[] = [];
  let table = 0;
  let inFence = false;
  const flush = () => {
    if (paragraph.length > 0) builder.add('text', paragraph.join('\n'));
    paragraph = [];
  };
  let previousWasTable = false;
  for (const line of text.split('\n')) {
    if (MD_FENCE.test(line)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      paragraph.push(line);
      continue;
    }
    if (line.trim().length === 0) {
      flush();
      previousWasTable = false;
      continue;
    }
    const heading = MD_HEADING.exec(line);
    if (heading) {
      flush();
      previousWasTable = false;
      builder.add('heading', stripEmphasis(heading[2] ?? ''));
      continue;
    }
    if (MD_TABLE_ROW.test(line)) {
      flush();
      if (!previousWasTable) table++;
      previousWasTable = true;
      if (!MD_TABLE_RULE.test(line)) builder.add('table-row', tableCells(line).join(' | '), { group: `table-${table}` });
      continue;
    }
    previousWasTable = false;
    paragraph.push(stripEmphasis(line));
  }
  flush();
  if (builder.size === 0) throw new ApiError('BAD_INPUT', `${fileName} holds no text. Nothing was imported.`);
  return builder.build({ warnings: warning ? [warning] : [], encoding });
}
