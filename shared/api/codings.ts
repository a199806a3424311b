// The contract for codings and coders: coding a passage at a node, in vivo, uncoding part
// of a passage, and the coders who code.
import { z } from 'zod';
import type { DuplicateMergeResult, DuplicatePreview } from '../model/duplicate-codings.ts';
import type { CoderRecord, CodingRecord } from '../model/entities.ts';
import { empty, id, name, offset } from './fields.ts';
import type { InVivoResult, UncodeResult } from '../model/workspace.ts';

export const codingsSchemas = {
  // coding
  'codings.list': z.object({ sourceId: id.optional(), nodeId: id.optional() }).strict(),
  'codings.create': z
    .object({ sourceId: id, nodeId: id, start: offset, end: offset, coderId: id.nullable().optional() })
    .strict()
    .refine((c) => c.end > c.start, { message: 'a coding must cover at least one character' }),
  'codings.delete': z.object({ id }).strict(),
  // coders
  'coders.list': empty,
  // coders
  'coders.create': z.object({ name, initials: z.string().trim().min(1).max(10) }).strict(),
  // who is coding in this window: memos and nodes changed after this record them (null: nobody chosen)
  'coders.setCurrent': z.object({ coderId: id.nullable() }).strict(),
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
  // duplicates: one coder's codings of a source at a node that overlap or touch, what joining them would do
  'codings.previewDuplicateMerge': empty,
  // joins each group of duplicates into one coding (one undo step)
  'codings.mergeDuplicates': empty,
} as const satisfies Record<string, z.ZodType>;

export interface CodingsResults {
  'codings.list': CodingRecord[];
  'codings.create': CodingRecord;
  'codings.delete': null;
  'coders.list': CoderRecord[];
  'coders.create': CoderRecord;
  'coders.setCurrent': null;
  'codings.inVivo': InVivoResult;
  'codings.deleteMany': { removed: number };
  'codings.uncodeRange': UncodeResult;
  'codings.previewDuplicateMerge': DuplicatePreview;
  'codings.mergeDuplicates': DuplicateMergeResult;
}

// Methods that change the project file (refused on a read-only project).
export const CODINGS_MUTATING = ['codings.create', 'codings.delete', 'coders.create', 'codings.inVivo', 'codings.deleteMany', 'codings.uncodeRange', 'codings.mergeDuplicates'] as const satisfies readonly (keyof typeof codingsSchemas)[];
