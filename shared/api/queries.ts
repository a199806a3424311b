// The contract for retrieval and queries: node view, text search, matrix, framework matrix,
// co-occurrence, word use, saved queries and their exports.
import { z } from 'zod';
import type { CodeResultsOutcome, CooccurrenceInstance, CooccurrenceResult, ExportedFile, FrameworkCell, FrameworkMatrix, FrameworkSummary, MatrixResult, NodeViewResult, PassageContext, QueryFacets, ReferenceList, SavedQuery, SearchResult, WordContextLine, WordFrequencyResult } from '../model/queries.ts';
import { CASE_FIELDS, SOURCE_FIELDS } from '../model/queries.ts';
import { empty, id, isoDate, jobId, MAX_NAME, name } from './fields.ts';

const MAX_IDS = 10_000;

const ids = z.array(id).max(MAX_IDS);

const attributeName = z.string().min(1).max(300);

const field = z.union([z.enum([...CASE_FIELDS, ...SOURCE_FIELDS]), z.templateLiteral(['case:', attributeName]), z.templateLiteral(['source:', attributeName])]);

export const queryScope = z
  .object({
    sourceIds: ids.optional(),
    caseIds: ids.optional(),
    filters: z.array(z.object({ field, values: z.array(z.string().max(1000)).max(1000) }).strict()).max(50).optional(),
    dateFrom: isoDate.optional(),
    dateTo: isoDate.optional(),
    excludeInterviewer: z.boolean().optional(),
    coderIds: ids.optional(),
  })
  .strict();

const nodeSet = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('questions') }).strict(),
  z.object({ kind: z.literal('nodes'), nodeIds: z.array(id).min(1).max(500), includeDescendants: z.boolean() }).strict(),
]);

const columnField = z.union([z.literal('case'), field]);

const queryText = z.string().max(1000);

const codedAt = z.object({ nodeId: id, includeDescendants: z.boolean() }).strict();

const wordSelection = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('sources'), scope: queryScope.optional() }).strict(),
  z.object({ kind: z.literal('node'), nodeId: id, includeDescendants: z.boolean(), scope: queryScope.optional() }).strict(),
]);

const page = { offset: z.number().int().nonnegative().max(10_000_000).optional(), limit: z.number().int().min(1).max(100_000).optional() };

const nodeViewFields = { nodeId: id, includeDescendants: z.boolean(), scope: queryScope.optional() };

const searchFields = { query: queryText, scope: queryScope.optional(), codedAt: codedAt.optional(), includeLabels: z.boolean().optional() };

const matrixFields = { rows: nodeSet, columns: columnField, scope: queryScope.optional(), words: z.boolean().optional() };

const cooccurrenceFields = { items: nodeSet, mode: z.enum(['overlap', 'same-segment']), scope: queryScope.optional() };

const wordFields = {
  selection: wordSelection,
  stem: z.boolean(),
  stopWords: z.boolean(),
  minLength: z.number().int().min(1).max(50),
  limit: z.number().int().min(1).max(5000),
};

export const queryDefinition = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('node'), ...nodeViewFields }).strict(),
  z.object({ kind: z.literal('search'), ...searchFields }).strict(),
  z.object({ kind: z.literal('matrix'), ...matrixFields }).strict(),
  z.object({ kind: z.literal('cooccurrence'), ...cooccurrenceFields }).strict(),
  z.object({ kind: z.literal('words'), ...wordFields }).strict(),
]);

const exportFormat = z.enum(['csv', 'xlsx']);

export const queriesSchemas = {
  // pickers
  'queries.facets': empty,
  // node view
  'queries.nodeView': z.object({ ...nodeViewFields, ...page }).strict(),
  'queries.context': z
    .object({ sourceId: id, start: z.number().int().nonnegative(), end: z.number().int().nonnegative(), around: z.number().int().min(0).max(10) })
    .strict()
    .refine((c) => c.end >= c.start, { message: 'end must not be before start' }),
  'queries.references': z.object({ codingIds: z.array(id).min(1).max(MAX_IDS), ...page }).strict(),
  'queries.recode': z.object({ codingIds: z.array(id).min(1).max(MAX_IDS), nodeId: id, move: z.boolean(), coderId: id.nullable().optional() }).strict(),
  'queries.uncode': z.object({ codingIds: z.array(id).min(1).max(MAX_IDS) }).strict(),
  // text search
  'queries.search': z.object({ ...searchFields, ...page, width: z.number().int().min(10).max(400).optional() }).strict(),
  'queries.codeSearch': z.object({ ...searchFields, nodeId: id, spread: z.enum(['hit', 'sentence', 'segment']), coderId: id.nullable().optional() }).strict(),
  // matrix coding
  'queries.matrix': z.object(matrixFields).strict(),
  'queries.matrixCell': z.object({ ...matrixFields, rowKey: z.string().min(1).max(400), columnKey: z.string().min(1).max(1100), ...page }).strict(),
  // co-occurrence
  'queries.cooccurrence': z.object(cooccurrenceFields).strict(),
  'queries.cooccurrenceDetail': z.object({ ...cooccurrenceFields, a: z.string().min(1).max(100), b: z.string().min(1).max(100), limit: z.number().int().min(1).max(5000).optional() }).strict(),
  // word use
  'queries.words': z.object({ ...wordFields, jobId: jobId.optional() }).strict(),
  'queries.wordContext': z.object({ selection: wordSelection, key: z.string().min(1).max(200), stem: z.boolean(), limit: z.number().int().min(1).max(5000), width: z.number().int().min(10).max(400).optional() }).strict(),
  'stopWords.get': empty,
  'stopWords.set': z.object({ words: z.array(z.string().max(60)).max(5000).nullable() }).strict(),
  // framework matrices
  'framework.list': empty,
  'framework.get': z.object({ id }).strict(),
  'framework.create': z.object({ name, nodeIds: z.array(id).min(1).max(200), caseIds: z.array(id).max(2000), includeDescendants: z.boolean() }).strict(),
  'framework.update': z
    .object({ id, name: name.optional(), nodeIds: z.array(id).min(1).max(200).optional(), caseIds: z.array(id).min(1).max(2000).optional(), includeDescendants: z.boolean().optional() })
    .strict(),
  'framework.delete': z.object({ id }).strict(),
  'framework.saveCell': z.object({ frameworkId: id, caseId: id, nodeId: id, summary: z.string().max(100_000), codingIds: z.array(id).max(5000) }).strict(),
  'framework.cellReferences': z.object({ frameworkId: id, caseId: id, nodeId: id, ...page }).strict(),
  // saved queries and exports
  'savedQueries.list': empty,
  'savedQueries.save': z.object({ id: id.optional(), name: z.string().trim().min(1).max(MAX_NAME), definition: queryDefinition }).strict(),
  'savedQueries.delete': z.object({ id }).strict(),
  'queries.export': z
    .object({
      definition: queryDefinition.optional(),
      frameworkId: id.optional(),
      format: exportFormat,
      // matrix exports: which count goes in the cells
      measure: z.enum(['references', 'sources', 'words']).optional(),
    })
    .strict()
    .refine((e) => (e.definition === undefined) !== (e.frameworkId === undefined), { message: 'give either a query definition or a framework matrix id' }),
} as const satisfies Record<string, z.ZodType>;

export interface QueriesResults {
  'queries.facets': QueryFacets;
  'queries.nodeView': NodeViewResult;
  'queries.context': PassageContext;
  'queries.references': ReferenceList;
  'queries.recode': { created: number; skipped: number; removed: number };
  'queries.uncode': { removed: number };
  'queries.search': SearchResult;
  'queries.codeSearch': CodeResultsOutcome;
  'queries.matrix': MatrixResult;
  'queries.matrixCell': ReferenceList & { rowLabel: string; columnLabel: string };
  'queries.cooccurrence': CooccurrenceResult;
  'queries.cooccurrenceDetail': { total: number; instances: CooccurrenceInstance[] };
  'queries.words': WordFrequencyResult;
  'queries.wordContext': { total: number; lines: WordContextLine[] };
  'stopWords.get': { words: string[]; isDefault: boolean };
  'stopWords.set': { words: string[]; isDefault: boolean };
  'framework.list': FrameworkSummary[];
  'framework.get': FrameworkMatrix;
  'framework.create': FrameworkMatrix;
  'framework.update': FrameworkMatrix;
  'framework.delete': null;
  'framework.saveCell': FrameworkCell;
  'framework.cellReferences': ReferenceList;
  'savedQueries.list': SavedQuery[];
  'savedQueries.save': SavedQuery;
  'savedQueries.delete': null;
  'queries.export': ExportedFile;
}

// Methods that change the project file (refused on a read-only project).
export const QUERIES_MUTATING = ['queries.recode', 'queries.uncode', 'queries.codeSearch', 'stopWords.set', 'framework.create', 'framework.update', 'framework.delete', 'framework.saveCell', 'savedQueries.save', 'savedQueries.delete'] as const satisfies readonly (keyof typeof queriesSchemas)[];
