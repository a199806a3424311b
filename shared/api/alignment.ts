// The contract for the alignment matrix: research objectives against the six questions.
import { z } from 'zod';
import type { AlignmentMatrix } from '../model/workspace.ts';
import { empty, id, name } from './fields.ts';

const MAX_CELL = 20_000;

export const alignmentSchemas = {
  // the objectives x questions alignment matrix
  'alignment.get': empty,
  'alignment.addObjective': z.object({ title: name }).strict(),
  'alignment.updateObjective': z.object({ id, title: name }).strict(),
  'alignment.deleteObjective': z.object({ id }).strict(),
  'alignment.moveObjective': z.object({ id, beforeId: id.nullable() }).strict(),
  'alignment.setCell': z.object({ objectiveId: id, question: z.number().int().min(1).max(6), text: z.string().max(MAX_CELL) }).strict(),
} as const satisfies Record<string, z.ZodType>;

export interface AlignmentResults {
  'alignment.get': AlignmentMatrix;
  'alignment.addObjective': AlignmentMatrix;
  'alignment.updateObjective': AlignmentMatrix;
  'alignment.deleteObjective': AlignmentMatrix;
  'alignment.moveObjective': AlignmentMatrix;
  'alignment.setCell': AlignmentMatrix;
}

// Methods that change the project file (refused on a read-only project).
export const ALIGNMENT_MUTATING = ['alignment.addObjective', 'alignment.updateObjective', 'alignment.deleteObjective', 'alignment.moveObjective', 'alignment.setCell'] as const satisfies readonly (keyof typeof alignmentSchemas)[];
