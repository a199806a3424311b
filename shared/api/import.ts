// The contract for importing files: formats, speakers, batches (issue 3).
import type { z } from 'zod';

export const importSchemas = {} as const satisfies Record<string, z.ZodType>;

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ImportResults {}

export const IMPORT_MUTATING = [] as const satisfies readonly (keyof typeof importSchemas)[];
