// The contract for the anonymisation register and Word export (issue 7).
//
// For other areas: every export of extracts, tables, diagrams or transcripts must pass
// the leak check before it is written - see README "Anonymisation and Word export" for
// the functions to call (exportMatcher, checkPackage, checkCsv, checkSvg in electron/)
// and realNamesWarning for a full .qdpx export, which carries real names by design.
import { z } from 'zod';
import { ATTRIBUTION_FORMATS, MEMO_PLACEMENTS, OVERRIDE_LOCATIONS, RULE_KINDS } from '../model/anonymise.ts';
import type {
  ExportOutcome,
  ExtractPreview,
  MatchRule,
  OverrideRecord,
  RegisterLogEntry,
  RegisterRule,
  SingleCaseLabelWarning,
  Suggestion,
  WithdrawalPreview,
  WithdrawalResult,
} from '../model/anonymise.ts';
import { empty, id, jobId, MAX_NAME, offset, path } from './fields.ts';

const realText = z.string().trim().min(1).max(MAX_NAME);
const replacement = z.string().max(MAX_NAME);
const variants = z.array(z.string().trim().min(1).max(MAX_NAME)).max(100);
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

export const anonymiseSchemas = {
  // the register
  'register.list': empty,
  // the rules the app's "show anonymised" toggle matches with (pure shared/anonymise in the renderer)
  'register.matchRules': z.object({ attribution: z.enum(ATTRIBUTION_FORMATS).optional() }).strict(),
  'register.add': z
    .object({
      kind: z.enum(RULE_KINDS),
      realText,
      replacement,
      caseSensitive: z.boolean().optional(),
      variants: variants.optional(),
      autoVariants: z.boolean().optional(),
      pseudonym: z.string().max(MAX_NAME).optional(),
    })
    .strict(),
  'register.update': z
    .object({
      id,
      kind: z.enum(RULE_KINDS).optional(),
      realText: realText.optional(),
      replacement: replacement.optional(),
      caseSensitive: z.boolean().optional(),
      variants: variants.optional(),
      autoVariants: z.boolean().optional(),
      pseudonym: z.string().max(MAX_NAME).optional(),
    })
    .strict(),
  'register.delete': z.object({ id }).strict(),
  'register.fill': empty,
  'register.markNotName': z
    .object({ ruleId: id, location: z.enum(OVERRIDE_LOCATIONS), locationId: id, start: offset, end: offset, note: z.string().max(2000).optional() })
    .strict()
    .refine((o) => o.end > o.start, { message: 'end must be after start' }),
  'register.unmarkNotName': z.object({ id }).strict(),
  'register.suggest': z.object({ sourceIds: ids.optional(), jobId: jobId.optional() }).strict(),
  'register.ignore': z.object({ text: realText }).strict(),
  'register.unignore': z.object({ id }).strict(),
  'register.exportKey': z.object({ path, overwrite: z.boolean() }).strict(),
  // withdrawal
  'withdrawal.preview': z.object({ caseId: id }).strict(),
  'withdrawal.withdraw': z.object({ caseId: id, deleteSourceIds: ids, deleteMemoIds: ids, keepNameInRegister: z.boolean() }).strict(),
  'withdrawal.finalise': empty,
  'withdrawal.purgeBackups': z.object({ fileNames: z.array(z.string().min(1).max(400)).max(1000) }).strict(),
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
    })
    .strict(),
  'docx.exportTranscript': z.object({ ...exportBase, sourceId: id, anonymise: z.boolean() }).strict(),
  'docx.exportCodebook': z.object({ ...exportBase, attribution: z.enum(ATTRIBUTION_FORMATS) }).strict(),
  'docx.exportJournal': z.object({ ...exportBase, anonymise: z.boolean() }).strict(),
  // one extract as a quote with its attribution, leak-checked, for the clipboard
  'docx.quoteText': z.object({ codingId: id, attribution: z.enum(ATTRIBUTION_FORMATS) }).strict(),
} as const satisfies Record<string, z.ZodType>;

export interface RegisterState {
  rules: RegisterRule[];
  // cases and organisations with no entry yet (their names are still checked in every export)
  missing: { cases: number; organisations: number };
  overrides: OverrideRecord[];
  log: RegisterLogEntry[];
  ignored: { id: number; text: string; createdAt: string }[];
  // labels that identify one person among all cases
  singleCaseLabels: SingleCaseLabelWarning[];
}

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

export interface AnonymiseResults {
  'register.list': RegisterState;
  'register.matchRules': MatchRule[];
  'register.add': RegisterRule;
  'register.update': RegisterRule;
  'register.delete': null;
  'register.fill': { added: number };
  'register.markNotName': OverrideRecord;
  'register.unmarkNotName': null;
  'register.suggest': Suggestion[];
  'register.ignore': null;
  'register.unignore': null;
  'register.exportKey': { path: string; entries: number; bytes: number };
  'withdrawal.preview': WithdrawalPreview;
  'withdrawal.withdraw': WithdrawalResult;
  'withdrawal.finalise': null;
  'withdrawal.purgeBackups': { removed: number };
  'docx.options': DocxOptions;
  'docx.preview': ExtractPreview;
  'docx.exportExtracts': ExportOutcome;
  'docx.exportTranscript': ExportOutcome;
  'docx.exportCodebook': ExportOutcome;
  'docx.exportJournal': ExportOutcome;
  'docx.quoteText': { text: string };
}

export const ANONYMISE_MUTATING = [
  'register.add',
  'register.update',
  'register.delete',
  'register.fill',
  'register.markNotName',
  'register.unmarkNotName',
  'register.ignore',
  'register.unignore',
  'withdrawal.withdraw',
  'withdrawal.finalise',
  'withdrawal.purgeBackups',
] as const satisfies readonly (keyof typeof anonymiseSchemas)[];
