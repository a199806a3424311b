// Handlers of the Word documents: the extracts report's options and preview, its export,
// the transcript, codebook and journal documents, two diagrams compared, the contradictions
// table, the mirror-data handout, and one extract copied as a quote.
import { dirname } from 'node:path';
import { scanForLeaks } from '../../shared/anonymise/leak-scan.ts';
import type { DocxOptions, documentsSchemas } from '../../shared/api/documents.ts';
import { ApiError } from '../../shared/errors.ts';
import { CASE_FACETS } from '../../shared/model/anonymise.ts';
import type { Handlers } from '../app/dispatch.ts';
import type { HandlerDeps } from '../app/handler-deps.ts';
import { alignmentQueries } from '../alignment/queries.ts';
import { listCases } from '../cases/cases.ts';
import { codebookQueries } from '../codebook/queries.ts';
import { codingQueries } from '../codings/queries.ts';
import { diagramQueries } from '../diagrams/queries.ts';
import { documentQueries } from './queries.ts';
import { exportExtractsDocx, exportMatcher, extractParts, previewExtracts } from './extracts-export.ts';
import { facetValue, gatherExtracts } from './extracts.ts';
import { exportCodebookDocx, exportJournalDocx, exportTranscriptDocx } from './other-documents.ts';
import { exportComparisonDocx } from './comparison-export.ts';
import { exportContradictionsDocx } from './contradictions-export.ts';
import { exportMirrorDataDocx } from './mirror-data-export.ts';
import { facetLabel } from './tables.ts';

function docxOptions(deps: HandlerDeps): DocxOptions {
  const store = deps.requireStore();
  const cases = listCases(store);
  const attributeNames = [...new Set(cases.flatMap((c) => Object.keys(c.attributes)))].sort();
  const facets = [...CASE_FACETS, ...attributeNames.map((a) => `attr:${a}`)]
    .map((f) => ({ facet: f, label: facetLabel(f), values: [...new Set(cases.map((c) => facetValue(c, f)).filter((v) => v.trim() !== ''))].sort() }))
    .filter((f) => f.values.length > 0 && f.facet !== 'organisation');
  const questions = codebookQueries(store)
    .questionRoots.all()
    .map((q) => ({ question: q.question, nodeId: q.id, name: q.name }));
  const diagrams = diagramQueries(store).titles.all();
  const documents = documentQueries(store);
  const hasAlignmentMatrix = documents.tableExists.get('alignment_objectives') !== undefined && alignmentQueries(store).objectiveIds.all().length > 0;
  return {
    facets,
    questions,
    diagrams,
    hasAlignmentMatrix,
    defaultFolder: store.path === ':memory:' ? '' : dirname(store.path),
    suggestedStem: 'Coded extracts',
  };
}

// Builds the Word documents' handlers.
export function createDocumentsHandlers(deps: HandlerDeps): Pick<Handlers, keyof typeof documentsSchemas> {
  const store = () => deps.requireStore();
  return {
    'docx.options': () => docxOptions(deps),
    'docx.preview': ({ selection, attribution, anonymiseMemos, includeMemos, limit }, ctx) => previewExtracts(store(), selection, { attribution, anonymiseMemos, includeMemos, limit }, { progress: ctx.progress, signal: ctx.signal }),
    'docx.exportExtracts': ({ jobId, ...options }, ctx) => {
      void jobId;
      return exportExtractsDocx(store(), options, { progress: ctx.progress, signal: ctx.signal });
    },
    'docx.exportTranscript': ({ jobId, ...options }, ctx) => {
      void jobId;
      return exportTranscriptDocx(store(), options, { progress: ctx.progress, signal: ctx.signal });
    },
    'docx.exportCodebook': ({ jobId, ...options }, ctx) => {
      void jobId;
      return exportCodebookDocx(store(), options, { progress: ctx.progress, signal: ctx.signal });
    },
    'docx.exportJournal': ({ jobId, ...options }, ctx) => {
      void jobId;
      return exportJournalDocx(store(), options, { progress: ctx.progress, signal: ctx.signal });
    },
    'docx.exportComparison': ({ jobId, ...options }, ctx) => {
      void jobId;
      return exportComparisonDocx(store(), options, { progress: ctx.progress, signal: ctx.signal });
    },
    'docx.exportContradictions': ({ jobId, ...options }, ctx) => {
      void jobId;
      return exportContradictionsDocx(store(), options, { progress: ctx.progress, signal: ctx.signal });
    },
    'docx.exportMirrorData': ({ jobId, ...options }, ctx) => {
      void jobId;
      return exportMirrorDataDocx(store(), options, { progress: ctx.progress, signal: ctx.signal });
    },
    'docx.quoteText': ({ codingId, attribution }) => {
      const s = store();
      const nodeId = codingQueries(s).byId.get(codingId)?.node_id;
      if (nodeId === undefined) throw new ApiError('NOT_FOUND', 'That coding no longer exists.');
      const matcher = exportMatcher(s, attribution);
      const extract = gatherExtracts(s, matcher, { questions: [], nodeIds: [nodeId], caseIds: [], sourceIds: [], facets: [] }, { attribution, anonymiseMemos: true, onlyCodings: new Set([codingId]) }).find(
        (e) => e.codingId === codingId,
      );
      if (!extract) throw new ApiError('NOT_FOUND', 'That coding no longer exists.');
      const report = scanForLeaks(matcher, extractParts([extract], false), extract.allowances);
      if (report.total > 0) throw new ApiError('CONFLICT', `This extract still contains a real name ("${report.hits[0]?.found ?? ''}"); it was not copied.`, report.hits);
      const text = `“${extract.text.replace(/\s*\n\s*/g, ' ').trim()}” (${extract.attribution}; ${extract.reference})`;
      return { text };
    },
  };
}
