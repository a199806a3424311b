// The agreement report as Word, CSV or XLSX, with the team logbook after the tables (the
// audit trail a methods chapter needs). Anonymised by default like every export: coders
// become "Coder N", source and node names and the logbook go through the register, and
// the finished file passes the leak check before it is handed over.
import ExcelJS from 'exceljs';
import { HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { anonymiseText } from '../../shared/anonymise/anonymise-text.ts';
import { toCsv } from '../../shared/analysis/csv.ts';
import type { ExportedFile } from '../../shared/model/queries.ts';
import type { AgreementReport, AgreementRequest, AgreementTable, LogbookEntry } from '../../shared/model/team.ts';
import { formatFigure } from '../../shared/model/team.ts';
import type { Store } from '../db/store.ts';
import { checkCsv, checkPackage } from '../anonymise/leak-check.ts';
import { refuseLeaks } from '../anonymise/refuse-leaks.ts';
import { neutralDocument, NOTE_STYLE, section } from '../documents/docx-common.ts';
import { exportMatcher } from '../documents/extracts-export.ts';
import { sizedTable } from '../documents/word-table.ts';
import { listCoders } from '../projects/project-info.ts';
import { agreementReport, tableNames } from './agreement.ts';
import { teamOverview } from './logbook.ts';

const LEVEL_NAMES = { char: 'character level', segment: 'segment level', alpha: "Krippendorff's alpha" } as const;

interface Report {
  title: string;
  intro: string;
  report: AgreementReport;
  logbook: LogbookEntry[];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// The report with the names it prints: real ones, or anonymised ones.
function gather(store: Store, request: AgreementRequest, anonymise: boolean): Report {
  const coders = listCoders(store).sort((a, b) => a.id - b.id);
  const coderLabel = new Map(coders.map((c, i) => [c.id, anonymise ? `Coder ${i + 1}` : c.initials || c.name]));
  const matcher = exportMatcher(store);
  const clean = (text: string) => (anonymise ? anonymiseText(matcher, text).text : text);
  // coders' names and initials in free text (the logbook's summaries)
  const namePattern = anonymise && coders.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(${coders.flatMap((c) => [c.name, c.initials]).filter((s) => s.length > 1).sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu') : null;
  const labelOf = new Map(coders.flatMap((c) => [[c.name, coderLabel.get(c.id) ?? ''], [c.initials, coderLabel.get(c.id) ?? '']] as [string, string][]));
  const free = (text: string) => clean(namePattern ? text.replace(namePattern, (m: string) => labelOf.get(m) ?? 'Coder') : text);
  const report = agreementReport(store, request, (prepared) => {
    const names = tableNames(prepared);
    return { coder: (id) => coderLabel.get(Number(id)) ?? names.coder(id), node: (id) => clean(names.node(id)), source: (id) => clean(names.source(id)) };
  });
  const who = report.coders.map((c) => (anonymise ? (coderLabel.get(c.id) ?? '') : `${c.name} (${c.initials})`)).join(', ');
  const logbook = teamOverview(store).logbook.map((e) => ({ ...e, coder: e.coder === null ? null : free(e.coder), summary: free(e.summary), detail: free(e.detail) }));
  return {
    title: `Inter-coder agreement, ${LEVEL_NAMES[request.level]}`,
    intro: `Coders compared: ${who}. ${report.sources} source${report.sources === 1 ? '' : 's'}, ${report.nodes} node${report.nodes === 1 ? '' : 's'}, ${report.codings} codings.${report.decisionsApplied > 0 ? ` ${report.decisionsApplied} decisions of the review are counted: in a decided passage both coders take the agreed coding.` : ''}`,
    report,
    logbook,
  };
}

const cells = (table: AgreementTable): string[][] => table.rows.map((r) => [r.label, ...r.values.map((v, i) => formatFigure(v, table.columns[i]?.format ?? 'count'))]);
const LOG_HEADER = ['When', 'Who', 'Cycle', 'What', 'Detail'];
const logRows = (entries: readonly LogbookEntry[]): string[][] => entries.map((e) => [e.createdAt.replace('T', ' ').slice(0, 16), e.coder ?? '', e.cycleNumber === null ? '' : String(e.cycleNumber), e.summary, e.detail]);

function csvOf(r: Report): string {
  const lines: (string | number)[][] = [[r.title], [r.intro], []];
  for (const t of r.report.tables) lines.push([t.title], ['', ...t.columns.map((c) => c.label)], ...cells(t), ['How each figure was computed', t.explanation], []);
  lines.push(['Team logbook'], LOG_HEADER, ...logRows(r.logbook));
  return toCsv(lines);
}

async function xlsxOf(r: Report): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Activity Lens';
  const used = new Set<string>();
  const sheetName = (title: string) => {
    const base = title.replace(/[\\/*?:[\]]/g, ' ').slice(0, 28);
    let name = base;
    for (let n = 2; used.has(name); n++) name = `${base.slice(0, 26)} ${n}`;
    used.add(name);
    return name;
  };
  for (const t of r.report.tables) {
    const sheet = workbook.addWorksheet(sheetName(t.title));
    sheet.addRow([t.title]).font = { bold: true };
    sheet.addRow(['', ...t.columns.map((c) => c.label)]).font = { bold: true };
    for (const row of t.rows) sheet.addRow([row.label, ...row.values.map((v, i) => (v === null ? '–' : t.columns[i]?.format === 'percent' ? Number((v * 100).toFixed(3)) : Number(v.toFixed(6))))]);
    sheet.addRow([]);
    sheet.addRow(['How each figure was computed (agreement columns in %)']).font = { bold: true };
    sheet.addRow([t.explanation]);
    sheet.getColumn(1).width = 50;
  }
  const log = workbook.addWorksheet(sheetName('Team logbook'));
  log.addRow(LOG_HEADER).font = { bold: true };
  for (const row of logRows(r.logbook)) log.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function docxOf(r: Report): Promise<Uint8Array> {
  const children: (Paragraph | ReturnType<typeof sizedTable>['table'])[] = [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(r.title)] }), new Paragraph({ children: [new TextRun(r.intro)] })];
  for (const t of r.report.tables) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(t.title)] }));
    children.push(sizedTable({ header: ['', ...t.columns.map((c) => c.label)], rows: cells(t), numeric: true }).table);
    const reasons = [...new Set(t.rows.flatMap((row) => row.reasons.filter((x): x is string => x !== null)))];
    children.push(new Paragraph({ style: NOTE_STYLE, children: [new TextRun({ text: `How each figure was computed. ${t.explanation}`, italics: true })] }));
    if (reasons.length > 0) children.push(new Paragraph({ style: NOTE_STYLE, children: [new TextRun({ text: `Blank figures (–): ${reasons.join(' ')}`, italics: true })] }));
  }
  children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Team logbook')] }));
  if (r.logbook.length === 0) children.push(new Paragraph({ children: [new TextRun('Nothing has been logged yet.')] }));
  else children.push(sizedTable({ header: LOG_HEADER, rows: logRows(r.logbook).map((row) => [...row.slice(0, 4), (row[4] ?? '').slice(0, 1500)]), numeric: false }).table);
  return new Uint8Array(await Packer.toBuffer(neutralDocument(r.title, [section(r.title, children)])));
}

// Builds the agreement report file; an anonymised one is refused if the leak check finds a real name.
export async function exportAgreement(store: Store, request: AgreementRequest, format: 'docx' | 'csv' | 'xlsx', anonymise = true): Promise<ExportedFile> {
  const report = gather(store, request, anonymise);
  const name = `agreement-${request.level}`;
  if (format === 'csv') {
    const csv = csvOf(report);
    if (anonymise) refuseLeaks(checkCsv(exportMatcher(store), csv));
    return { fileName: `${name}.csv`, mimeType: 'text/csv', bytesBase64: Buffer.from(csv, 'utf8').toString('base64') };
  }
  const bytes = format === 'xlsx' ? await xlsxOf(report) : await docxOf(report);
  if (anonymise) refuseLeaks(checkPackage(exportMatcher(store), bytes));
  const mimeType = format === 'xlsx' ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  return { fileName: `${name}.${format}`, mimeType, bytesBase64: Buffer.from(bytes).toString('base64') };
}
