// The contract for team coding: inter-coder agreement and its export, coding packages,
// merging another coder's project (.alens) or REFI-QDA file (.qdpx), team cycles with
// their logbook, and the review of disagreements.
import { z } from 'zod';
import type { ExportedFile } from '../model/queries.ts';
import type { AgreementReport, DecisionResult, DisagreementList, MergePreview, MergeReport, PackageResult, TeamCycle, TeamOverview } from '../model/team.ts';
import { AGREEMENT_LEVELS, DECISIONS } from '../model/team.ts';
import { empty, id, jobId, MAX_BASE64, MAX_NAME, offset, path } from './fields.ts';

const ids = z.array(id).max(100_000);

const agreementRequest = z
  .object({
    coderIds: z.array(id).min(2).max(20),
    sourceIds: ids.optional(),
    nodeIds: ids.optional(),
    level: z.enum(AGREEMENT_LEVELS),
    excludeUncoded: z.boolean().optional(),
    minOverlap: z.number().gt(0).lte(1).optional(),
    withDecisions: z.boolean().optional(),
  })
  .strict();

const incomingFile = z
  .object({
    fileName: z.string().trim().min(1).max(MAX_NAME).optional(),
    bytesBase64: z.string().max(MAX_BASE64).optional(),
    path: path.optional(),
    cycleId: id.optional(),
    jobId: jobId.optional(),
  })
  .strict()
  .refine((f) => (f.bytesBase64 === undefined) !== (f.path === undefined), { message: 'give either the file\'s bytes (bytesBase64) or its path, not both' });

const pair = { coderA: id, coderB: id, sourceIds: ids.optional(), nodeIds: ids.optional() };

export const teamSchemas = {
  // agreement of two or more coders per node, per source and overall
  'team.agreement': agreementRequest,
  // the agreement tables as Word, CSV or XLSX (anonymised unless anonymise is false)
  'team.exportAgreement': z.object({ request: agreementRequest, format: z.enum(['docx', 'csv', 'xlsx']), anonymise: z.boolean().optional() }).strict(),
  // a copy of the project (or of some sources) for a member to code: .alens or .qdpx at `path`
  'team.package': z
    .object({
      path,
      coderId: id.optional(),
      sourceIds: ids.optional(),
      withCodings: z.boolean(),
      // real names travel only when the user says so
      realNames: z.boolean().optional(),
      cycleId: id.optional(),
      instructions: z.string().max(10_000).optional(),
    })
    .strict(),
  // what merging another coder's file would bring in (nothing is written)
  'team.previewMerge': incomingFile,
  // merges another coder's file as one undoable action
  'team.merge': incomingFile,
  // cycles, packages and the logbook
  'team.overview': empty,
  'team.startCycle': z.object({ title: z.string().trim().min(1).max(MAX_NAME), note: z.string().max(10_000).optional() }).strict(),
  'team.closeCycle': z.object({ id }).strict(),
  'team.addNote': z.object({ summary: z.string().trim().min(1).max(MAX_NAME), detail: z.string().max(10_000).optional(), cycleId: id.optional() }).strict(),
  // the passages where two coders coded a node differently, with the decisions made
  'team.disagreements': z.object(pair).strict(),
  // decides one disagreement, writing the agreed coding under the consensus coder (or consensusCoderId)
  'team.decide': z
    .object({
      coderA: id,
      coderB: id,
      sourceId: id,
      nodeId: id,
      start: offset,
      end: offset,
      decision: z.enum(DECISIONS),
      consensusCoderId: id.optional(),
    })
    .strict()
    .refine((d) => d.end > d.start && d.coderA !== d.coderB, { message: 'a disagreement is a passage of at least one character between two different coders' }),
  // takes a decision back: the agreed coding it wrote is removed
  'team.revokeDecision': z.object({ id }).strict(),
} as const satisfies Record<string, z.ZodType>;

export interface TeamResults {
  'team.agreement': AgreementReport;
  'team.exportAgreement': ExportedFile;
  'team.package': PackageResult;
  'team.previewMerge': MergePreview;
  'team.merge': MergeReport;
  'team.overview': TeamOverview;
  'team.startCycle': TeamCycle;
  'team.closeCycle': TeamCycle;
  'team.addNote': null;
  'team.disagreements': DisagreementList;
  'team.decide': DecisionResult;
  'team.revokeDecision': null;
}

// Methods that change the project file (refused on a read-only project).
export const TEAM_MUTATING = ['team.package', 'team.merge', 'team.startCycle', 'team.closeCycle', 'team.addNote', 'team.decide', 'team.revokeDecision'] as const satisfies readonly (keyof typeof teamSchemas)[];
