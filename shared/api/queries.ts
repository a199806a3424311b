// The contract for retrieval and queries: node view, text search, matrix, co-occurrence, word use (issue 5).
import type { z } from 'zod';

export const queriesSchemas = {} as const satisfies Record<string, z.ZodType>;

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface QueriesResults {}

export const QUERIES_MUTATING = [] as const satisfies readonly (keyof typeof queriesSchemas)[];
