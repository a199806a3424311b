// The contract for REFI-QDA .qdpx and .qdc exchange (issue 8).
import type { z } from 'zod';

export const exchangeSchemas = {} as const satisfies Record<string, z.ZodType>;

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ExchangeResults {}

export const EXCHANGE_MUTATING = [] as const satisfies readonly (keyof typeof exchangeSchemas)[];
