// The contract for importing files: formats, speakers, batches (issue 3), and the Cases
// grid with attribute tables from CSV/XLSX.
import { z } from 'zod';
import { INTERVIEW_MODES, PARTNER_ROLES, SOURCE_KINDS } from '../model/entities.ts';
import type { CaseRecord, SourceSummary } from '../model/entities.ts';
import { CASE_FIELDS } from '../model/import.ts';
import type { AppliedCaseTable, BatchResult, CaseGridOptions, ReadCaseTable, StageOutcome } from '../model/import.ts';
import { id, isoDate, jobId, MAX_BASE64, MAX_NAME, MAX_PATH, name, path } from './fields.ts';

const fileName = z.string().min(1).max(MAX_NAME);
const token = z.string().min(1).max(100);

// A file given as bytes (browser mode) or as a path the host reads (Electron, folders).
const fileInput = z.union([z.object({ fileName, bytesBase64: z.string().max(MAX_BASE64) }).strict(), z.object({ path }).strict()]);

const speakerAssignment = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('case'), caseId: id }).strict(),
  z.object({ kind: z.literal('new-case'), name, role: z.string().max(200).optional() }).strict(),
  z.object({ kind: z.literal('interviewer') }).strict(),
  z.object({ kind: z.literal('unassigned') }).strict(),
  z.object({ kind: z.literal('none') }).strict(),
]);

const commitItem = z
  .object({
    token,
    name,
    kind: z.enum(SOURCE_KINDS),
    round: z.number().int().min(1).max(99).nullable(),
    mode: z.enum(INTERVIEW_MODES).nullable(),
    interviewDate: isoDate.nullable(),
    description: z.string().max(100_000).optional(),
    caseIds: z.array(id).max(500),
    speakers: z.array(z.object({ label: z.string().min(1).max(200), assign: speakerAssignment }).strict()).max(500),
    mediaPath: z.string().max(MAX_PATH).nullable(),
  })
  .strict();

const optionalText = z.string().trim().max(MAX_NAME).nullable().optional();

const columnTarget = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('field'), field: z.enum(CASE_FIELDS) }).strict(),
  z.object({ kind: z.literal('attribute'), name: z.string().trim().min(1).max(200) }).strict(),
  z.object({ kind: z.literal('skip') }).strict(),
]);

export const importSchemas = {
  // read files (in the reader process) and hold them for confirmation; nothing is written
  'import.stage': z.object({ files: z.array(fileInput).min(1).max(200), jobId: jobId.optional() }).strict(),
  // import confirmed files, one transaction each, with progress and cancel
  'import.commit': z.object({ items: z.array(commitItem).min(1).max(5000), jobId: jobId.optional() }).strict(),
  // forget staged files that will not be imported
  'import.discard': z.object({ tokens: z.array(token).max(5000) }).strict(),
  // the cases a source is about (editable after import)
  'import.setSourceCases': z.object({ sourceId: id, caseIds: z.array(id).max(500) }).strict(),
  // attribute one speaker label of an imported source again
  'import.assignSpeaker': z.object({ sourceId: id, label: z.string().min(1).max(200), assign: speakerAssignment }).strict(),
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

export interface ImportResults {
  'import.stage': { outcomes: StageOutcome[] };
  'import.commit': BatchResult;
  'import.discard': null;
  'import.setSourceCases': SourceSummary;
  'import.assignSpeaker': { segments: number };
  'caseGrid.options': CaseGridOptions;
  'caseGrid.update': CaseRecord;
  'caseGrid.readTable': ReadCaseTable;
  'caseGrid.applyTable': AppliedCaseTable;
}

export const IMPORT_MUTATING = ['import.commit', 'import.setSourceCases', 'import.assignSpeaker', 'caseGrid.update', 'caseGrid.applyTable'] as const satisfies readonly (keyof typeof importSchemas)[];
