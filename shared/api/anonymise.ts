// The contract for the anonymisation register (real names and what replaces them,
// per-occurrence decisions, suggestions, the key file) and withdrawal of a participant.
//
// For other areas: every export of extracts, tables, diagrams or transcripts must pass
// the leak check before it is written - see README "Anonymisation and Word export" for
// the functions to call (exportMatcher, checkPackage, checkCsv, checkSvg in electron/)
// and realNamesWarning for a full .qdpx export, which carries real names by design.
import { z } from 'zod';
import { ATTRIBUTION_FORMATS, OVERRIDE_LOCATIONS, RULE_KINDS } from '../model/anonymise.ts';
import type { MatchRule, OverrideRecord, RegisterLogEntry, RegisterRule, SingleCaseLabelWarning, Suggestion, WithdrawalPreview, WithdrawalResult } from '../model/anonymise.ts';
import { empty, id, jobId, MAX_NAME, offset, path } from './fields.ts';

const realText = z.string().trim().min(1).max(MAX_NAME);

const replacement = z.string().max(MAX_NAME);

const variants = z.array(z.string().trim().min(1).max(MAX_NAME)).max(100);

const ids = z.array(id).max(100_000);

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
} as const satisfies Record<string, z.ZodType>;

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
}

// Methods that change the project file (refused on a read-only project).
export const ANONYMISE_MUTATING = ['register.add', 'register.update', 'register.delete', 'register.fill', 'register.markNotName', 'register.unmarkNotName', 'register.ignore', 'register.unignore', 'withdrawal.withdraw', 'withdrawal.finalise', 'withdrawal.purgeBackups'] as const satisfies readonly (keyof typeof anonymiseSchemas)[];
