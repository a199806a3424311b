// The contract for cases (participants): their names, labels, roles and attributes, the
// Cases grid, and attribute tables read from CSV/XLSX.
import { z } from 'zod';
import { PARTNER_ROLES } from '../model/entities.ts';
import type { CaseRecord } from '../model/entities.ts';
import { empty, id, jobId, MAX_BASE64, MAX_NAME, name, path } from './fields.ts';
import { CASE_FIELDS } from '../model/import.ts';
import type { AppliedCaseTable, CaseGridOptions, ReadCaseTable } from '../model/import.ts';

const fileName = z.string().min(1).max(MAX_NAME);

const fileInput = z.union([z.object({ fileName, bytesBase64: z.string().max(MAX_BASE64) }).strict(), z.object({ path }).strict()]);

const optionalText = z.string().trim().max(MAX_NAME).nullable().optional();

const columnTarget = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('field'), field: z.enum(CASE_FIELDS) }).strict(),
  z.object({ kind: z.literal('attribute'), name: z.string().trim().min(1).max(200) }).strict(),
  z.object({ kind: z.literal('skip') }).strict(),
]);

export const casesSchemas = {
  // cases
  'cases.list': empty,
  'cases.create': z
    .object({ realName: name, label: z.string().max(MAX_NAME).optional(), role: z.string().max(200).optional(), jobTitle: z.string().max(MAX_NAME).optional() })
    .strict(),
  'cases.update': z
    .object({
      id,
      realName: name.optional(),
      label: z.string().max(MAX_NAME).optional(),
      role: z.string().max(200).optional(),
      jobTitle: z.string().max(MAX_NAME).optional(),
      attributes: z.record(z.string().min(1).max(200), z.string().max(10_000)).optional(),
    })
    .strict(),
  'cases.delete': z.object({ id }).strict(),
  // the Cases grid
  'caseGrid.options': z.object({}).strict(),
  'caseGrid.update': z
    .object({
      id,
      organisation: optionalText,
      project: optionalText,
      partnerRole: z.enum(PARTNER_ROLES).nullable().optional(),
      providerType: optionalText,
      region: optionalText,
    })
    .strict(),
  'caseGrid.readTable': z.object({ file: fileInput, jobId: jobId.optional() }).strict(),
  'caseGrid.applyTable': z
    .object({
      columns: z.array(z.string().max(200)).min(1).max(200),
      rows: z.array(z.array(z.string().max(10_000)).max(200)).max(20_000),
      keyColumn: z.number().int().nonnegative(),
      targets: z.array(columnTarget).max(200),
      createMissing: z.boolean(),
    })
    .strict(),
} as const satisfies Record<string, z.ZodType>;

export interface CasesResults {
  'cases.list': CaseRecord[];
  'cases.create': CaseRecord;
  'cases.update': CaseRecord;
  'cases.delete': null;
  'caseGrid.options': CaseGridOptions;
  'caseGrid.update': CaseRecord;
  'caseGrid.readTable': ReadCaseTable;
  'caseGrid.applyTable': AppliedCaseTable;
}

// Methods that change the project file (refused on a read-only project).
export const CASES_MUTATING = ['cases.create', 'cases.update', 'cases.delete', 'caseGrid.update', 'caseGrid.applyTable'] as const satisfies readonly (keyof typeof casesSchemas)[];
