// The contract for activity-system diagrams and tensions (issue 6).
import type { z } from 'zod';

export const diagramsSchemas = {} as const satisfies Record<string, z.ZodType>;

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface DiagramsResults {}

export const DIAGRAMS_MUTATING = [] as const satisfies readonly (keyof typeof diagramsSchemas)[];
