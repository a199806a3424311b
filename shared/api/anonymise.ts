// The contract for the anonymisation register and Word export (issue 7).
import type { z } from 'zod';

export const anonymiseSchemas = {} as const satisfies Record<string, z.ZodType>;

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface AnonymiseResults {}

export const ANONYMISE_MUTATING = [] as const satisfies readonly (keyof typeof anonymiseSchemas)[];
