// Chooses the reader for a file by its name and checks what every reader needs: a known
// format, a size under the limit, content, and some text at the end. Runs in the reader
// process (parse-worker.ts), never in the app's own process.
import { extname } from 'node:path';
import { ApiError } from '../../shared/errors.ts';
import { IMPORT_EXTENSIONS } from '../../shared/model/import.ts';
import type { ImportedDocument, ImportFormat } from '../../shared/model/import.ts';
import { formatMegabytes, LIMITS } from './limits.ts';
import { readCaptions } from './read-captions.ts';
import { readDocx } from './read-docx.ts';
import { readOdt } from './read-odt.ts';
import { readPdf } from './read-pdf.ts';
import { readMarkdown, readPlainText } from './read-text.ts';

const OTHER_FORMATS: Record<string, string> = {
  '.doc': 'This is the old Word format (.doc). Open it in Word and save it as a Word document (.docx), then import that.',
  '.rtf': 'Rich Text (.rtf) is not read. Save it from Word as .docx or as plain text (.txt).',
  '.pages': 'Apple Pages files are not read. Export it as Word (.docx) or PDF.',
  '.xlsx': 'Spreadsheets are imported on the Cases screen (case attributes), not as sources.',
  '.csv': 'Spreadsheets are imported on the Cases screen (case attributes), not as sources.',
};

const SUPPORTED = '.txt, .md, .docx, .odt, .pdf, .vtt and .srt';

// The import format a file name means, or a clear refusal.
export function formatOf(fileName: string): ImportFormat {
  const ext = extname(fileName).toLowerCase();
  const format = IMPORT_EXTENSIONS[ext];
  if (format) return format;
  const hint = OTHER_FORMATS[ext];
  throw new ApiError('BAD_INPUT', `${fileName}: ${hint ?? `files ending in "${ext || '(nothing)'}" cannot be imported. Activity Lens reads ${SUPPORTED}.`}`);
}

// Reads any supported file into an ImportedDocument, or throws an ApiError saying why not.
export async function readDocument(fileName: string, bytes: Uint8Array): Promise<ImportedDocument> {
  const format = formatOf(fileName);
  if (bytes.length === 0) throw new ApiError('BAD_INPUT', `${fileName} is empty (0 bytes). Nothing was imported.`);
  if (bytes.length > LIMITS.maxFileBytes) {
    throw new ApiError('TOO_LARGE', `${fileName} is ${formatMegabytes(bytes.length)}, more than the ${formatMegabytes(LIMITS.maxFileBytes)} a file may be. Split it into smaller files. Nothing was imported.`);
  }
  let doc: ImportedDocument;
  switch (format) {
    case 'txt':
      doc = readPlainText(bytes, fileName);
      break;
    case 'md':
      doc = readMarkdown(bytes, fileName);
      break;
    case 'vtt':
    case 'srt':
      doc = readCaptions(bytes, fileName, format);
      break;
    case 'docx':
      doc = await readDocx(bytes, fileName);
      break;
    case 'odt':
      doc = readOdt(bytes, fileName);
      break;
    case 'pdf':
      doc = await readPdf(bytes, fileName);
      break;
  }
  if (doc.text.trim().length === 0) throw new ApiError('BAD_INPUT', `${fileName} holds no text. Nothing was imported.`);
  return doc;
}
