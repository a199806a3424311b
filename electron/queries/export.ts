// Writes a query's results (or a framework matrix) to CSV or XLSX: anonymised by default,
// matrices with their cells shaded like the screen shows them.
import ExcelJS from 'exceljs';
import { toCsv } from '../../shared/analysis/csv.ts';
import { gridMax, shadeLevel } from '../../shared/analysis/matrix.ts';
import type { ExportedFile, QueryDefinition } from '../../shared/model/queries.ts';
import type { Store } from '../db/store.ts';
import { exportTables, frameworkTable } from './export-tables.ts';
import { checkCsv, checkPackage } from '../anonymise/leak-check.ts';
import { exportMatcher } from '../documents/extracts-export.ts';
import { refuseLeaks } from '../anonymise/refuse-leaks.ts';
import type { ExportTable } from './export-tables.ts';

export type ExportFormat = 'csv' | 'xlsx';
export type MatrixMeasure = 'references' | 'sources' | 'words';

export interface ExportRequest {
  definition?: QueryDefinition;
  frameworkId?: number;
  format: ExportFormat;
  measure?: MatrixMeasure;
  // false only on explicit request (the CLI's --real-names)
  anonymise?: boolean;
}

// Shades of the accent colour for counts 1..5 (0 stays white), as ARGB.
const SHADES = ['FFFFFFFF', 'FFE3ECF5', 'FFC5D8EB', 'FF9DBDDC', 'FF6F9BC6', 'FF4677A8'];

function baseName(req: ExportRequest, frameworkName?: string): string {
  const raw = frameworkName ? `framework-${frameworkName}` : req.definition?.kind === 'matrix' ? `matrix-${req.measure ?? 'references'}` : `${req.definition?.kind ?? 'query'}-results`;
  return raw.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80) || 'query-results';
}

async function toXlsx(tables: ExportTable[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Activity Lens';
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.sheet.slice(0, 31));
    const header = sheet.addRow(table.columns);
    header.font = { bold: true };
    sheet.views = [{ state: 'frozen', xSplit: table.shaded ? 1 : 0, ySplit: 1 }];
    const numbers = table.shaded ? table.rows.map((r) => r.slice(1).map((v) => (typeof v === 'number' ? v : 0))) : [];
    const max = gridMax(numbers);
    table.rows.forEach((values) => {
      const row = sheet.addRow(values);
      if (!table.shaded) return;
      values.slice(1).forEach((v, j) => {
        const level = shadeLevel(typeof v === 'number' ? v : 0, max);
        const cell = row.getCell(j + 2);
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: SHADES[level] ?? 'FFFFFFFF' } };
        if (level >= 4) cell.font = { color: { argb: 'FFFFFFFF' } };
      });
    });
    sheet.columns.forEach((column, i) => {
      const longest = Math.max(table.columns[i]?.length ?? 8, ...table.rows.slice(0, 200).map((r) => String(r[i] ?? '').length));
      column.width = Math.min(60, Math.max(8, longest + 2));
    });
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

// Builds the file for an export request.
export async function exportQuery(store: Store, req: ExportRequest): Promise<ExportedFile> {
  const anonymise = req.anonymise ?? true;
  let tables: ExportTable[];
  let frameworkName: string | undefined;
  if (req.frameworkId !== undefined) {
    const fw = frameworkTable(store, req.frameworkId, anonymise);
    tables = [fw.table];
    frameworkName = fw.name;
  } else if (req.definition) {
    tables = exportTables(store, req.definition, { anonymise, measure: req.measure });
  } else throw new Error('an export needs a query definition or a framework matrix');
  const name = baseName(req, frameworkName);
  if (req.format === 'csv') {
    // a matrix's CSV holds the chosen measure (CSV has one sheet)
    const wanted = req.measure === 'sources' ? 'Sources' : req.measure === 'words' ? 'Words coded' : 'References';
    const table = tables.find((t) => t.sheet === wanted) ?? tables[0];
    const csv = table ? toCsv([table.columns, ...table.rows]) : toCsv([]);
    if (anonymise) refuseLeaks(checkCsv(exportMatcher(store), csv));
    return { fileName: `${name}.csv`, mimeType: 'text/csv', bytesBase64: Buffer.from(csv, 'utf8').toString('base64') };
  }
  const bytes = await toXlsx(tables);
  if (anonymise) refuseLeaks(checkPackage(exportMatcher(store), bytes));
  return { fileName: `${name}.xlsx`, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', bytesBase64: Buffer.from(bytes).toString('base64') };
}

