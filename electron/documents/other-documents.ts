// The other Word exports: a transcript for checking coding (anonymised by default), the
// codebook with counts and one example extract per node, and the research journal.
// Each is packed, leak-checked part by part and written atomically like the report.
import { Packer } from 'docx';
import { allowancesInPlace, anonymiseText } from '../../shared/anonymise/anonymise-text.ts';
import type { Allowance } from '../../shared/anonymise/anonymise-text.ts';
import type { AttributionFormat, ExportOutcome } from '../../shared/model/anonymise.ts';
import { sliceByCodePoints } from '../../shared/text/code-points.ts';
import type { Store } from '../db/store.ts';
import { buildCodebookDocument } from './codebook-docx.ts';
import type { CodebookEntry } from './codebook-docx.ts';
import { buildJournalDocument } from './journal-docx.ts';
import { buildTranscriptDocument } from './transcript-docx.ts';
import type { TranscriptRow } from './transcript-docx.ts';
import { anonymiseAt, extractReference, gatherExtracts, overrideKeeper, sourceReference } from './extracts.ts';
import { activeOverrides } from '../anonymise/overrides.ts';
import { checkAndWrite, exportMatcher } from './extracts-export.ts';
import type { Progress } from './extracts-export.ts';
import { checkExportPath, writeFileAtomic } from '../infra/atomic-write.ts';
import { listNodes, nodePaths } from '../codebook/codebook.ts';
import { codingQueries } from '../codings/queries.ts';
import { listMemos } from '../memos/memos.ts';
import { getSetting } from '../projects/project-info.ts';
import { getSource } from '../sources/sources.ts';
import { documentQueries } from './queries.ts';

export interface TranscriptExportOptions {
  path: string;
  overwrite: boolean;
  sourceId: number;
  // false: real names kept for the researcher's own checking (no leak check; the document says so)
  anonymise: boolean;
}

const REAL_NAMES_WARNING = 'This transcript contains real names. It is for your own checking only: do not share it or store it outside the project folder.';

// Exports one source as a two-column transcript for checking (text | codes and notes).
export async function exportTranscriptDocx(store: Store, options: TranscriptExportOptions, work: Progress = {}): Promise<ExportOutcome> {
  checkExportPath(options.path, ['.docx'], options.overwrite);
  const source = getSource(store, options.sourceId);
  work.progress?.(0, 3, 'Anonymising the transcript');
  const matcher = exportMatcher(store);
  const overrides = activeOverrides(store, 'source', source.id, source.text);
  const codings = codingQueries(store).filtered.all({ sourceId: source.id, nodeId: null });
  const paths = nodePaths(store);
  const ref = sourceReference(getSetting(store, 'project.guid') ?? '', source.guid, source.kind);
  const allowances: Allowance[] = [];
  let replacements = 0;
  const rows: TranscriptRow[] = source.segments.map((segment) => {
    const text = sliceByCodePoints(source.text, segment.start, segment.end);
    const codes = [
      ...new Set(
        codings
          .filter((c) => c.start < segment.end && c.end > segment.start)
          .map((c) => `${paths.get(c.node_id) ?? ''}${c.start <= segment.start && c.end >= segment.end ? '' : ' (part)'}`),
      ),
    ];
    const label = extractReference('', source.kind, segment.seq, segment.timestamp).replace(/^, /, '');
    const display = label.charAt(0).toUpperCase() + label.slice(1);
    if (!options.anonymise) return { label: display, pieces: [{ text, replaced: false }], codes, interviewer: segment.isInterviewer };
    const done = anonymiseAt(matcher, text, overrides, segment.start);
    allowances.push(...done.allowances);
    replacements += done.replacements;
    return { label: display, pieces: done.pieces.map((p) => ({ text: p.text, replaced: p.replaced !== undefined })), codes, interviewer: segment.isInterviewer };
  });
  const subtitle = [ref, source.kind, source.round !== null ? `round ${source.round}` : null, source.mode].filter(Boolean).join(' · ');
  const document = buildTranscriptDocument({ title: 'Transcript for checking', subtitle, rows, warning: options.anonymise ? null : REAL_NAMES_WARNING });
  const bytes = new Uint8Array(await Packer.toBuffer(document));
  work.progress?.(2, 3, options.anonymise ? 'Checking every part for real names' : 'Writing');
  if (!options.anonymise) {
    const written = writeFileAtomic(options.path, bytes);
    return { written: true, path: options.path, bytes: written, extracts: rows.length, replacements: 0, warnings: [REAL_NAMES_WARNING] };
  }
  return checkAndWrite(matcher, bytes, allowances, options.path, { extracts: rows.length, replacements, warnings: [] });
}

export interface CodebookExportOptions {
  path: string;
  overwrite: boolean;
  attribution: AttributionFormat;
}

// Exports the codebook with descriptions, counts and one anonymised example extract per node.
export async function exportCodebookDocx(store: Store, options: CodebookExportOptions, work: Progress = {}): Promise<ExportOutcome> {
  checkExportPath(options.path, ['.docx'], options.overwrite);
  work.progress?.(0, 3, 'Choosing an example for each node');
  const nodes = listNodes(store);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  // an example of a readable length when the node has one (40 to 600 characters), else its first extract
  const chosen = documentQueries(store)
    .codebookExamples.all()
    .filter((id) => id !== null);
  const matcher = exportMatcher(store, options.attribution);
  const examples = gatherExtracts(store, matcher, { questions: [], nodeIds: [], caseIds: [], sourceIds: [], facets: [] }, { attribution: options.attribution, anonymiseMemos: true, onlyCodings: new Set(chosen) });
  const byNode = new Map(examples.map((e) => [e.nodeId, e]));
  const depth = (id: number) => {
    let d = 0;
    for (let n = byId.get(id); n && n.parentId !== null && d < 100; n = byId.get(n.parentId)) d++;
    return d;
  };
  const entries: CodebookEntry[] = nodes.map((node) => {
    const e = byNode.get(node.id);
    return { node, depth: depth(node.id), example: e ? { pieces: e.pieces.map((p) => ({ text: p.text, replaced: p.replaced !== undefined })), attribution: e.attribution, reference: e.reference } : null };
  });
  const bytes = new Uint8Array(await Packer.toBuffer(buildCodebookDocument('Codebook', entries)));
  work.progress?.(2, 3, 'Checking every part for real names');
  return checkAndWrite(matcher, bytes, examples.flatMap((e) => e.allowances), options.path, { extracts: examples.length, replacements: examples.reduce((n, e) => n + e.replacementCount, 0), warnings: [] });
}

export interface JournalExportOptions {
  path: string;
  overwrite: boolean;
  // replace register names in the journal's text (otherwise it is checked as written)
  anonymise: boolean;
}

// Exports the research journal (the project's memos, oldest first).
export async function exportJournalDocx(store: Store, options: JournalExportOptions, work: Progress = {}): Promise<ExportOutcome> {
  checkExportPath(options.path, ['.docx'], options.overwrite);
  work.progress?.(0, 3, 'Reading the journal');
  const memos = listMemos(store, { targetKind: 'project' }).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id - b.id);
  const matcher = exportMatcher(store);
  const allowances: Allowance[] = [];
  let replacements = 0;
  const rewrite = options.anonymise
    ? (text: string) => {
        const done = anonymiseText(matcher, text);
        replacements += done.replacements;
        return done.text;
      }
    : undefined;
  if (!options.anonymise) {
    for (const m of memos) allowances.push(...allowancesInPlace(matcher, m.plainText, overrideKeeper(matcher, m.plainText, activeOverrides(store, 'memo', m.id, m.plainText), 0)));
  }
  const entries = memos.map((m) => ({ title: m.title, date: m.createdAt.slice(0, 10), contentJson: m.contentJson, plainText: m.plainText }));
  const bytes = new Uint8Array(await Packer.toBuffer(buildJournalDocument('Research journal', entries, rewrite)));
  work.progress?.(2, 3, 'Checking every part for real names');
  return checkAndWrite(matcher, bytes, allowances, options.path, { extracts: memos.length, replacements, warnings: [] });
}
