// The contract for the codebook: nodes under the six questions, moved, merged and deleted.
import { z } from 'zod';
import { ACTIVITY_COMPONENTS } from '../model/activity-components.ts';
import type { NodeRecord } from '../model/entities.ts';
import { color, empty, id, name } from './fields.ts';
import type { MergeResult } from '../model/workspace.ts';

export const codebookSchemas = {
  // codebook
  'nodes.list': empty,
  'nodes.create': z
    .object({
      name,
      parentId: id.nullable().optional(),
      description: z.string().max(100_000).optional(),
      color: color.optional(),
      components: z.array(z.enum(ACTIVITY_COMPONENTS)).max(7).optional(),
    })
    .strict(),
  'nodes.update': z
    .object({
      id,
      name: name.optional(),
      description: z.string().max(100_000).optional(),
      color: color.optional(),
      components: z.array(z.enum(ACTIVITY_COMPONENTS)).max(7).optional(),
      // false: a category (groups codes, cannot be coded)
      isCodable: z.boolean().optional(),
    })
    .strict(),
  'nodes.delete': z.object({ id }).strict(),
  // codebook
  'nodes.move': z.object({ id, parentId: id.nullable(), beforeId: id.nullable().optional() }).strict(),
  'nodes.merge': z.object({ fromId: id, intoId: id }).strict(),
} as const satisfies Record<string, z.ZodType>;

export interface CodebookResults {
  'nodes.list': NodeRecord[];
  'nodes.create': NodeRecord;
  'nodes.update': NodeRecord;
  'nodes.delete': { removedCodings: number };
  'nodes.move': NodeRecord;
  'nodes.merge': MergeResult;
}

// Methods that change the project file (refused on a read-only project).
export const CODEBOOK_MUTATING = ['nodes.create', 'nodes.update', 'nodes.delete', 'nodes.move', 'nodes.merge'] as const satisfies readonly (keyof typeof codebookSchemas)[];
