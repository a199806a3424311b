// The contract for the coding workspace: codebook moves and merges, coders, in-vivo
// coding and uncoding part of a passage, transcript corrections with a preview, find
// and replace, memo search and the alignment matrix (issue 4).
import { z } from 'zod';
import type { CoderRecord, NodeRecord } from '../model/entities.ts';
import type {
  AlignmentMatrix,
  EditApplyResult,
  EditPreview,
  FindResult,
  InVivoResult,
  MemoSearchHit,
  MergeResult,
  ReplaceResult,
  UncodeResult,
} from '../model/workspace.ts';
import { empty, id, MAX_TEXT, name, offset } from './fields.ts';

const MAX_EDITS = 10_000;
const MAX_CELL = 20_000;

const plainEdit = z
  .object({ start: offset, end: offset, insert: z.string().max(MAX_TEXT) })
  .strict()
  .refine((e) => e.end >= e.start, { message: 'end must not be before start' });

// Tells whether edits are in text order without overlapping (two insertions at one place overlap).
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

export const workspaceSchemas = {
  // codebook
  'nodes.move': z.object({ id, parentId: id.nullable(), beforeId: id.nullable().optional() }).strict(),
  'nodes.merge': z.object({ fromId: id, intoId: id }).strict(),
  // coders
  'coders.create': z.object({ name, initials: z.string().trim().min(1).max(10) }).strict(),
  // coding
  'codings.inVivo': z
    .object({ sourceId: id, start: offset, end: offset, parentId: id.nullable().optional(), coderId: id.nullable().optional(), name: name.optional() })
    .strict()
    .refine((c) => c.end > c.start, { message: 'select at least one character' }),
  'codings.deleteMany': z.object({ ids: z.array(id).min(1).max(100_000) }).strict(),
  'codings.uncodeRange': z
    .object({ sourceId: id, start: offset, end: offset, nodeId: id.optional() })
    .strict()
    .refine((c) => c.end > c.start, { message: 'select at least one character' }),
  // correcting transcripts
  'edits.preview': z.object({ sourceId: id, baseRevision: z.number().int().nonnegative(), edits: editList }).strict(),
  'edits.apply': z
    .object({ sourceId: id, baseRevision: z.number().int().nonnegative(), edits: editList, removeEmptied: z.array(id).max(100_000) })
    .strict(),
  'text.find': z.object({ ...findFields, limit: z.number().int().min(1).max(10_000).optional() }).strict(),
  'text.replacePreview': z.object({ ...findFields, replacement: z.string().max(10_000) }).strict(),
  'text.replace': z.object({ ...findFields, replacement: z.string().max(10_000), removeEmptied: z.array(id).max(100_000) }).strict(),
  // memos
  'memos.search': z.object({ query: z.string().trim().min(1).max(500), limit: z.number().int().min(1).max(500).optional() }).strict(),
  // the objectives x questions alignment matrix
  'alignment.get': empty,
  'alignment.addObjective': z.object({ title: name }).strict(),
  'alignment.updateObjective': z.object({ id, title: name }).strict(),
  'alignment.deleteObjective': z.object({ id }).strict(),
  'alignment.moveObjective': z.object({ id, beforeId: id.nullable() }).strict(),
  'alignment.setCell': z.object({ objectiveId: id, question: z.number().int().min(1).max(6), text: z.string().max(MAX_CELL) }).strict(),
} as const satisfies Record<string, z.ZodType>;

export interface WorkspaceResults {
  'nodes.move': NodeRecord;
  'nodes.merge': MergeResult;
  'coders.create': CoderRecord;
  'codings.inVivo': InVivoResult;
  'codings.deleteMany': { removed: number };
  'codings.uncodeRange': UncodeResult;
  'edits.preview': EditPreview;
  'edits.apply': EditApplyResult;
  'text.find': FindResult;
  'text.replacePreview': ReplaceResult;
  'text.replace': ReplaceResult;
  'memos.search': MemoSearchHit[];
  'alignment.get': AlignmentMatrix;
  'alignment.addObjective': AlignmentMatrix;
  'alignment.updateObjective': AlignmentMatrix;
  'alignment.deleteObjective': AlignmentMatrix;
  'alignment.moveObjective': AlignmentMatrix;
  'alignment.setCell': AlignmentMatrix;
}

export const WORKSPACE_MUTATING = [
  'nodes.move',
  'nodes.merge',
  'coders.create',
  'codings.inVivo',
  'codings.deleteMany',
  'codings.uncodeRange',
  'edits.apply',
  'text.replace',
  'alignment.addObjective',
  'alignment.updateObjective',
  'alignment.deleteObjective',
  'alignment.moveObjective',
  'alignment.setCell',
] as const satisfies readonly (keyof typeof workspaceSchemas)[];
