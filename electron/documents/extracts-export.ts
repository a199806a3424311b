// The coded extracts export to Word, end to end: gather and anonymise the extracts,
// build the document, pack it, read every part of the packed file back through the
// leak check, and only then write it (atomically). Any hit blocks the export and the
// outcome lists where each hit is. A preview does the same up to the document.
import { Packer } from 'docx';
import { createMatcher } from '../../shared/anonymise/matcher.ts';
import type { Matcher } from '../../shared/anonymise/matcher.ts';
import type { Allowance } from '../../shared/anonymise/anonymise-text.ts';
import { scanForLeaks } from '../../shared/anonymise/leak-scan.ts';
import type { TextPart } from '../../shared/anonymise/leak-scan.ts';
import { singleCaseLabels } from '../../shared/anonymise/labels.ts';
import { ApiError } from '../../shared/errors.ts';
import type { AttributionFormat, ExportOutcome, ExtractPreview, ExtractSelection, MemoPlacement } from '../../shared/model/anonymise.ts';
import type { TriangleArrangement } from '../../shared/model/diagrams.ts';
import { MIN_PRINTED_FONT_PT } from '../../shared/diagram/print-size.ts';
import type { Store } from '../db/store.ts';
import { checkPackage } from '../anonymise/leak-check.ts';
import { buildExtractsReport } from './extracts-docx.ts';
import type { ReportTable } from './report-blocks.ts';
import { gatherExtracts, labelledCases } from './extracts.ts';
import type { Extract } from './extracts.ts';
import { diagramFigures } from './figures.ts';
import { exportRules } from '../anonymise/register.ts';
import { alignmentTable, facetMatrix } from './tables.ts';
import { checkExportPath, writeFileAtomic } from '../infra/atomic-write.ts';
import { listNodes } from '../codebook/codebook.ts';

export interface Progress {
  progress?: (done: number, total: number, message: string) => void;
  signal?: AbortSignal;
}

export interface ExtractsExportOptions {
  path: string;
  overwrite: boolean;
  selection: ExtractSelection;
  attribution: AttributionFormat;
  memos: MemoPlacement;
  anonymiseMemos: boolean;
  title: string;
  tableOfContents: boolean;
  nodeDescriptions: boolean;
  // a table of extracts by this case facet ('role', 'project', 'attr:Region'), or none
  matrixFacet: string | null;
  // the objectives x questions matrix, when the project keeps one
  alignmentMatrix: boolean;
  diagramIds: number[];
  // how several first-generation triangles are printed (default: whatever keeps labels at 8 pt or more)
  triangles?: TriangleArrangement;
}

// The matcher every export of this project uses (register + cases and organisations it lacks).
export function exportMatcher(store: Store, attribution: AttributionFormat = 'role-project'): Matcher {
  return createMatcher(exportRules(store, { attribution }));
}

function checkCancelled(signal?: AbortSignal): void {
  if (signal?.aborted) throw new ApiError('CANCELLED', 'The export was cancelled. Nothing was written.');
}

// The text parts of extracts as an export places them (for the preview's and the clipboard's scans).
export function extractParts(extracts: readonly Extract[], includeMemos: boolean): TextPart[] {
  const parts: TextPart[] = [];
  extracts.forEach((e, i) => {
    parts.push({ where: `extract ${i + 1} (${e.nodePath}, ${e.reference})`, text: `${e.text} (${e.attribution})\n${e.reference}` });
    if (includeMemos) e.memos.forEach((m) => parts.push({ where: `memo on extract ${i + 1} (${e.reference})`, text: `${m.title}\n${m.text}` }));
  });
  return parts;
}

function warningsFor(store: Store, extracts: readonly Extract[], attribution: AttributionFormat): { singles: ReturnType<typeof singleCaseLabels>; missing: string[] } {
  const cases = labelledCases(store);
  const used = new Set(extracts.map((e) => e.caseId).filter((id): id is number => id !== null));
  const singles = attribution === 'role-project' ? singleCaseLabels([...cases.values()], used) : [];
  const missing = attribution === 'pseudonym' ? [...used].map((id) => cases.get(id)).filter((c) => c !== undefined && !c.pseudonym.trim()).map((c) => c?.label ?? '') : [];
  return { singles, missing };
}

// Previews a selection: the first `limit` anonymised extracts, the leak scan of all, and warnings.
export function previewExtracts(store: Store, selection: ExtractSelection, options: { attribution: AttributionFormat; anonymiseMemos: boolean; includeMemos: boolean; limit: number }, work: Progress = {}): ExtractPreview {
  const matcher = exportMatcher(store, options.attribution);
  const extracts = gatherExtracts(store, matcher, selection, { attribution: options.attribution, anonymiseMemos: options.anonymiseMemos, signal: work.signal, progress: (d, t) => work.progress?.(d, t, 'Anonymising extracts') });
  checkCancelled(work.signal);
  const report = scanForLeaks(matcher, extractParts(extracts, options.includeMemos), extracts.flatMap((e) => e.allowances));
  const { singles, missing } = warningsFor(store, extracts, options.attribution);
  return {
    total: extracts.length,
    extracts: extracts.slice(0, options.limit).map((e) => ({
      codingId: e.codingId,
      nodeId: e.nodeId,
      nodePath: e.nodePath,
      question: e.question,
      sourceId: e.sourceId,
      caseId: e.caseId,
      reference: e.reference,
      attribution: e.attribution,
      text: e.text,
      pieces: e.pieces,
      memos: options.includeMemos ? e.memos : [],
    })),
    replacements: extracts.reduce((n, e) => n + e.replacementCount, 0),
    leaks: report.hits,
    leakTotal: report.total,
    singleCaseLabels: singles,
    missingPseudonyms: missing,
  };
}

// Runs the leak check on packed bytes and writes them atomically, or reports where the leaks are.
export function checkAndWrite(matcher: Matcher, bytes: Uint8Array, allowances: readonly Allowance[], path: string, summary: { extracts: number; replacements: number; warnings: string[] }): ExportOutcome {
  const report = checkPackage(matcher, bytes, allowances);
  if (report.total > 0) {
    return {
      written: false,
      path,
      leaks: report.hits,
      leakTotal: report.total,
      message: `The export was blocked: ${report.total} real name${report.total === 1 ? '' : 's'} found in the document. Nothing was written. Change the text where each was found (or mark an occurrence as not a name) and export again.`,
    };
  }
  const written = writeFileAtomic(path, bytes);
  return { written: true, path, bytes: written, ...summary };
}

// Exports the coded extracts report to a .docx file (blocked when the leak check finds a name).
export async function exportExtractsDocx(store: Store, options: ExtractsExportOptions, work: Progress = {}): Promise<ExportOutcome> {
  checkExportPath(options.path, ['.docx'], options.overwrite);
  const report = (done: number, total: number, message: string) => work.progress?.(done, total, message);
  report(0, 100, 'Gathering and anonymising extracts');
  const matcher = exportMatcher(store, options.attribution);
  const extracts = gatherExtracts(store, matcher, options.selection, {
    attribution: options.attribution,
    anonymiseMemos: options.anonymiseMemos,
    signal: work.signal,
    progress: (done, total) => report(Math.round((done / Math.max(total, 1)) * 50), 100, `Anonymising extracts (${done} of ${total})`),
  });
  checkCancelled(work.signal);
  report(55, 100, `Building the document (${extracts.length} extracts)`);
  const tables: ReportTable[] = [];
  if (options.matrixFacet) tables.push(facetMatrix(store, extracts, options.matrixFacet));
  if (options.alignmentMatrix) {
    const alignment = alignmentTable(store);
    if (alignment) tables.push(alignment);
  }
  const figures = diagramFigures(store, options.diagramIds, options.triangles ?? 'fit');
  const { document, allowances } = buildExtractsReport(extracts, listNodes(store), {
    title: options.title.trim() || 'Coded extracts',
    attribution: options.attribution,
    memos: options.memos,
    tableOfContents: options.tableOfContents,
    nodeDescriptions: options.nodeDescriptions,
    tables,
    figures,
  });
  const bytes = new Uint8Array(await Packer.toBuffer(document));
  checkCancelled(work.signal);
  report(80, 100, 'Checking every part of the document for real names');
  const { singles, missing } = warningsFor(store, extracts, options.attribution);
  const warnings = [
    ...singles.map((s) => `"${s.label}" identifies one person: only one case has this label.`),
    ...missing.map((label) => `${label} has no pseudonym; the label was used instead.`),
    ...figures.flatMap((f, i) =>
      f.smallestFontPt < MIN_PRINTED_FONT_PT ? [`Figure ${i + 1} prints its smallest labels at ${f.smallestFontPt.toFixed(1)} pt: shorten its labels (or put triangles one per figure) for ${MIN_PRINTED_FONT_PT} pt or more.`] : [],
    ),
  ];
  const outcome = checkAndWrite(matcher, bytes, allowances, options.path, { extracts: extracts.length, replacements: extracts.reduce((n, e) => n + e.replacementCount, 0), warnings });
  report(100, 100, outcome.written ? 'Written' : 'Blocked');
  return outcome;
}
