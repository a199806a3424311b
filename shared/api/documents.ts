// The contract for Word documents: the anonymised extracts report with its preview, the
// transcript, codebook and journal documents, two diagrams compared, the contradictions
// table and the mirror-data handout.
import { z } from 'zod';
import { ATTRIBUTION_FORMATS, MEMO_PLACEMENTS } from '../model/anonymise.ts';
import type { ExportOutcome, ExtractPreview } from '../model/anonymise.ts';
import { TRIANGLE_ARRANGEMENTS } from '../model/diagrams.ts';
import { empty, id, jobId, path } from './fields.ts';

const ids = z.array(id).max(100_000);

const facet = z.string().min(1).max(300);

const selection = z
  .object({
    questions: z.array(z.number().int().min(1).max(6)).max(6),
    nodeIds: ids,
    caseIds: ids,
    sourceIds: ids,
    facets: z.array(z.object({ facet, values: z.array(z.string().max(10_000)).max(1000) }).strict()).max(50),
  })
  .strict();

const exportBase = {
  path,
  overwrite: z.boolean(),
  jobId: jobId.optional(),
};

export interface DocxOptions {
  // case facets with their values, for filters and the matrix ('role', 'project', 'attr:Region', ...)
  facets: { facet: string; label: string; values: string[] }[];
  questions: { question: number; nodeId: number; name: string }[];
  diagrams: { id: number; title: string }[];
  hasAlignmentMatrix: boolean;
  // a folder to suggest for exports (the project's folder)
  defaultFolder: string;
  // the file name stem to suggest
  suggestedStem: string;
}

export const documentsSchemas = {
  // Word exports
  'docx.options': empty,
  'docx.preview': z
    .object({ selection, attribution: z.enum(ATTRIBUTION_FORMATS), anonymiseMemos: z.boolean(), includeMemos: z.boolean(), limit: z.number().int().min(0).max(2000), jobId: jobId.optional() })
    .strict(),
  'docx.exportExtracts': z
    .object({
      ...exportBase,
      selection,
      attribution: z.enum(ATTRIBUTION_FORMATS),
      memos: z.enum(MEMO_PLACEMENTS),
      anonymiseMemos: z.boolean(),
      title: z.string().max(300),
      tableOfContents: z.boolean(),
      nodeDescriptions: z.boolean(),
      matrixFacet: facet.nullable(),
      alignmentMatrix: z.boolean(),
      diagramIds: z.array(id).max(50),
      // how several first-generation triangles print: whatever keeps labels at 8 pt or more (default), one row, rows, or one per figure
      triangles: z.enum(TRIANGLE_ARRANGEMENTS).optional(),
    })
    .strict(),
  'docx.exportTranscript': z.object({ ...exportBase, sourceId: id, anonymise: z.boolean() }).strict(),
  'docx.exportCodebook': z.object({ ...exportBase, attribution: z.enum(ATTRIBUTION_FORMATS) }).strict(),
  'docx.exportJournal': z.object({ ...exportBase, anonymise: z.boolean() }).strict(),
  // two diagrams (before and after, lead and partner) compared component by component, with each side's evidence count
  'docx.exportComparison': z.object({ ...exportBase, leftId: id, rightId: id, title: z.string().max(300).optional() }).strict(),
  // every tension by level and components with its evidence by role, project and round, and the contradictions across phases
  'docx.exportContradictions': z.object({ ...exportBase, title: z.string().max(300).optional() }).strict(),
  // a Change Laboratory handout: the chosen extracts of each tension, grouped by contradiction, in large print with room for notes
  'docx.exportMirrorData': z
    .object({
      ...exportBase,
      title: z.string().max(300).optional(),
      attribution: z.enum(ATTRIBUTION_FORMATS),
      choices: z.array(z.object({ tensionId: id, codingIds: z.array(id).min(1).max(500) }).strict()).min(1).max(200),
    })
    .strict(),
  // one extract as a quote with its attribution, leak-checked, for the clipboard
  'docx.quoteText': z.object({ codingId: id, attribution: z.enum(ATTRIBUTION_FORMATS) }).strict(),
} as const satisfies Record<string, z.ZodType>;

export interface DocumentsResults {
  'docx.options': DocxOptions;
  'docx.preview': ExtractPreview;
  'docx.exportExtracts': ExportOutcome;
  'docx.exportTranscript': ExportOutcome;
  'docx.exportCodebook': ExportOutcome;
  'docx.exportJournal': ExportOutcome;
  'docx.exportComparison': ExportOutcome;
  'docx.exportContradictions': ExportOutcome;
  'docx.exportMirrorData': ExportOutcome;
  'docx.quoteText': { text: string };
}

// Methods that change the project file (refused on a read-only project).
export const DOCUMENTS_MUTATING = [] as const satisfies readonly (keyof typeof documentsSchemas)[];
