// The contract for sources: listing and editing them, importing files (read, speakers
// confirmed, then committed), transcript corrections with a preview, and find and replace.
import { z } from 'zod';
import { INTERVIEW_MODES, SOURCE_KINDS } from '../model/entities.ts';
import type { EditResult, SourceDetail, SourceSummary } from '../model/entities.ts';
import { empty, id, isoDate, jobId, MAX_BASE64, MAX_NAME, MAX_PATH, MAX_TEXT, name, offset, path } from './fields.ts';
import type { BatchResult, StageOutcome } from '../model/import.ts';
import type { EditApplyResult, EditPreview, FindResult, ReplaceResult } from '../model/workspace.ts';

const sourceFields = {
  name: name.optional(),
  kind: z.enum(SOURCE_KINDS).optional(),
  round: z.number().int().min(1).max(99).nullable().optional(),
  mode: z.enum(INTERVIEW_MODES).nullable().optional(),
  interviewDate: isoDate.nullable().optional(),
  description: z.string().max(100_000).optional(),
  mediaPath: z.string().max(MAX_PATH).nullable().optional(),
};

const fileName = z.string().min(1).max(MAX_NAME);

const token = z.string().min(1).max(100);

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

const MAX_EDITS = 10_000;

const plainEdit = z
  .object({ start: offset, end: offset, insert: z.string().max(MAX_TEXT) })
  .strict()
  .refine((e) => e.end >= e.start, { message: 'end must not be before start' });

function inTextOrder(edits: readonly { start: number; end: number }[]): boolean {
  for (let i = 1; i < edits.length; i++) {
    const prev = edits[i - 1];
    const next = edits[i];
    if (!prev || !next || prev.end > next.start) return false;
    if (prev.start === prev.end && next.start === next.end && prev.start === next.start) return false;
  }
  return true;
}

const editList = z.array(plainEdit).min(1).max(MAX_EDITS).refine(inTextOrder, { message: 'edits must be in text order and must not overlap' });

const findFields = {
  query: z.string().min(1).max(1000),
  sourceId: id.optional(),
  matchCase: z.boolean().optional(),
  wholeWord: z.boolean().optional(),
};

export const sourcesSchemas = {
  // sources
  'sources.list': empty,
  'sources.get': z.object({ id }).strict(),
  // one source's summary (what the Details panel shows), without its text
  'sources.summary': z.object({ id }).strict(),
  'sources.importFile': z
    .object({
      fileName: z.string().min(1).max(MAX_NAME),
      bytesBase64: z.string().max(MAX_BASE64),
      ...sourceFields,
      jobId: jobId.optional(),
    })
    .strict(),
  'sources.update': z.object({ id, ...sourceFields }).strict(),
  'sources.delete': z.object({ id }).strict(),
  'sources.edit': z
    .object({ id, start: offset, end: offset, insert: z.string().max(MAX_TEXT), baseRevision: z.number().int().nonnegative() })
    .strict()
    .refine((e) => e.end >= e.start, { message: 'end must not be before start' }),
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
  // correcting transcripts
  'edits.preview': z.object({ sourceId: id, baseRevision: z.number().int().nonnegative(), edits: editList }).strict(),
  'edits.apply': z
    .object({ sourceId: id, baseRevision: z.number().int().nonnegative(), edits: editList, removeEmptied: z.array(id).max(100_000) })
    .strict(),
  'text.find': z.object({ ...findFields, limit: z.number().int().min(1).max(10_000).optional() }).strict(),
  'text.replacePreview': z.object({ ...findFields, replacement: z.string().max(10_000) }).strict(),
  'text.replace': z.object({ ...findFields, replacement: z.string().max(10_000), removeEmptied: z.array(id).max(100_000) }).strict(),
} as const satisfies Record<string, z.ZodType>;

export interface SourcesResults {
  'sources.list': SourceSummary[];
  'sources.get': SourceDetail;
  'sources.summary': SourceSummary;
  'sources.importFile': SourceSummary;
  'sources.update': SourceSummary;
  'sources.delete': null;
  'sources.edit': EditResult;
  'import.stage': { outcomes: StageOutcome[] };
  'import.commit': BatchResult;
  'import.discard': null;
  'import.setSourceCases': SourceSummary;
  'import.assignSpeaker': { segments: number };
  'edits.preview': EditPreview;
  'edits.apply': EditApplyResult;
  'text.find': FindResult;
  'text.replacePreview': ReplaceResult;
  'text.replace': ReplaceResult;
}

// Methods that change the project file (refused on a read-only project).
export const SOURCES_MUTATING = ['sources.importFile', 'sources.update', 'sources.delete', 'sources.edit', 'import.commit', 'import.setSourceCases', 'import.assignSpeaker', 'edits.apply', 'text.replace'] as const satisfies readonly (keyof typeof sourcesSchemas)[];
