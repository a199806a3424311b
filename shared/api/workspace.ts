// The contract for the coding workspace: codebook moves and merges, alignment matrix, memos, find and replace (issue 4).
import type { z } from 'zod';

export const workspaceSchemas = {} as const satisfies Record<string, z.ZodType>;

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface WorkspaceResults {}

export const WORKSPACE_MUTATING = [] as const satisfies readonly (keyof typeof workspaceSchemas)[];
