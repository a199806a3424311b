// Case attribute tables from CSV or XLSX, read with exceljs in the reader process. An
// XLSX is checked and inflated under caps first (safe-unzip.ts); exceljs gets a rebuilt,
// uncompressed zip. Every cell comes back as text (dates as YYYY-MM-DD).
import { extname } from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { ApiError } from '../../shared/errors.ts';
import type { CaseTable } from '../../shared/model/import.ts';
import { decodeTextBytes, looksBinary } from './decode-text.ts';
import { openSafeZip, rezipStored } from '../infra/safe-unzip.ts';

const MAX_ROWS = 20_000;
const MAX_COLUMNS = 200;
const MAX_CELL = 10_000;

function cellString(value: ExcelJS.CellValue, text: string): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (value === null || value === undefined) return '';
  return text.slice(0, MAX_CELL).trim();
}

function tableFrom(sheet: ExcelJS.Worksheet, fileName: string): CaseTable {
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    if (rows.length > MAX_ROWS) return;
    const cells: string[] = [];
    const count = Math.min(MAX_COLUMNS, row.cellCount);
    for (let c = 1; c <= count; c++) {
      const cell = row.getCell(c);
      cells.push(cellString(cell.value, cell.text ?? ''));
    }
    if (cells.some((c) => c.length > 0)) rows.push(cells);
  });
  if (rows.length > MAX_ROWS) throw new ApiError('TOO_LARGE', `${fileName} has more than ${MAX_ROWS.toLocaleString('en-GB')} rows; a case table is one row per participant. Nothing was read.`);
  const header = rows.shift();
  if (!header || header.every((h) => h.length === 0)) throw new ApiError('BAD_INPUT', `${fileName} has no header row with column names. Nothing was read.`);
  const width = Math.max(header.length, ...rows.map((r) => r.length));
  const columns = Array.from({ length: width }, (_, i) => header[i]?.trim() || `Column ${i + 1}`);
  return { columns, rows: rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? '')), sheet: sheet.name };
}

function sniffDelimiter(text: string): string {
  const first = text.split('\n', 1)[0] ?? '';
  const counts = [',', ';', '\t'].map((d) => [d, first.split(d).length] as const);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? ',';
}

async function readCsv(bytes: Uint8Array, fileName: string): Promise<CaseTable> {
  if (looksBinary(bytes)) throw new ApiError('BAD_INPUT', `${fileName} does not look like a CSV file (it holds binary data). Nothing was read.`);
  const text = decodeTextBytes(bytes).text.replace(/^\ufeff/u, '');
  const workbook = new ExcelJS.Workbook();
  const sheet = await workbook.csv.read(Readable.from([text]), { map: (value: unknown) => value, parserOptions: { delimiter: sniffDelimiter(text) } });
  return { ...tableFrom(sheet, fileName), sheet: null };
}

async function readXlsx(bytes: Uint8Array, fileName: string): Promise<CaseTable> {
  const zip = openSafeZip(bytes, fileName, () => true);
  if (!zip.parts.has('xl/workbook.xml')) throw new ApiError('BAD_INPUT', `${fileName} is not an Excel workbook (.xlsx). Nothing was read.`);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(rezipStored(zip.parts).buffer);
  } catch (error) {
    throw new ApiError('BAD_INPUT', `${fileName} could not be read as a workbook (${error instanceof Error ? error.message.slice(0, 160) : 'unknown error'}). Nothing was read.`);
  }
  const sheet = workbook.worksheets.find((s) => s.actualRowCount > 0);
  if (!sheet) throw new ApiError('BAD_INPUT', `${fileName} has no rows. Nothing was read.`);
  return tableFrom(sheet, fileName);
}

// Reads a CSV or XLSX file of case attributes into a header and rows of text.
export async function readCaseTable(fileName: string, bytes: Uint8Array): Promise<CaseTable> {
  if (bytes.length === 0) throw new ApiError('BAD_INPUT', `${fileName} is empty (0 bytes). Nothing was read.`);
  if (bytes.length > 50 * 1024 * 1024) throw new ApiError('TOO_LARGE', `${fileName} is larger than 50 MB, far more than a case table needs. Nothing was read.`);
  const ext = extname(fileName).toLowerCase();
  if (ext === '.csv' || ext === '.tsv' || ext === '.txt') return readCsv(bytes, fileName);
  if (ext === '.xlsx') return readXlsx(bytes, fileName);
  throw new ApiError('BAD_INPUT', `${fileName}: case attributes are read from .csv or .xlsx files.${ext === '.xls' ? ' Save the old .xls workbook as .xlsx first.' : ''}`);
}
