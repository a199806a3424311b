// The contract for memos: rich text on the project or on one thing in it, and memo search.
import { z } from 'zod';
import { MEMO_TARGETS } from '../model/entities.ts';
import type { MemoRecord } from '../model/entities.ts';
import { id, MAX_NAME, MAX_TEXT } from './fields.ts';
import type { MemoSearchHit } from '../model/workspace.ts';

export const memosSchemas = {
  // memos
  'memos.list': z.object({ targetKind: z.enum(MEMO_TARGETS).optional(), targetId: id.nullable().optional() }).strict(),
  'memos.save': z
    .object({
      id: id.optional(),
      targetKind: z.enum(MEMO_TARGETS),
      targetId: id.nullable(),
      title: z.string().max(MAX_NAME),
      contentJson: z.string().max(MAX_TEXT),
      plainText: z.string().max(MAX_TEXT),
      // the passage of the source the memo is anchored to (an annotation); left out: unchanged
      range: z
        .object({ start: z.number().int().min(0), end: z.number().int().min(0) })
        .strict()
        // a point is allowed: a passage whose text was deleted collapses to one
        .refine((r) => r.end >= r.start, { message: 'a passage ends where or after it starts' })
        .nullable()
        .optional(),
    })
    .strict(),
  'memos.delete': z.object({ id }).strict(),
  // memos
  'memos.search': z.object({ query: z.string().trim().min(1).max(500), limit: z.number().int().min(1).max(500).optional() }).strict(),
} as const satisfies Record<string, z.ZodType>;

export interface MemosResults {
  'memos.list': MemoRecord[];
  'memos.save': MemoRecord;
  'memos.delete': null;
  'memos.search': MemoSearchHit[];
}

// Methods that change the project file (refused on a read-only project).
export const MEMOS_MUTATING = ['memos.save', 'memos.delete'] as const satisfies readonly (keyof typeof memosSchemas)[];
