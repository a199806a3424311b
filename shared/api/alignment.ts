// The contract for the alignment matrix: research objectives against the six questions,
// and the same rows as a thesis's alignment table (objective | research questions |
// activity-system components | where it is presented).
import { z } from 'zod';
import { ACTIVITY_COMPONENTS } from '../model/activity-components.ts';
import type { AlignmentMatrix } from '../model/workspace.ts';
import { empty, id, name } from './fields.ts';

const MAX_CELL = 20_000;

const question = z.number().int().min(1).max(6);

// The columns of a row besides its title; each is left as it is when not given.
const rowFields = {
  researchQuestions: z.string().max(MAX_CELL).optional(),
  // null: the components follow the row's questions
  components: z.array(z.enum(ACTIVITY_COMPONENTS)).max(ACTIVITY_COMPONENTS.length).nullable().optional(),
  presentedIn: z.string().max(2000).optional(),
  // the questions the row addresses (a dropped question loses its note)
  questions: z.array(question).max(6).optional(),
};

export const alignmentSchemas = {
  // the objectives x questions alignment matrix
  'alignment.get': empty,
  'alignment.addObjective': z.object({ title: name, ...rowFields }).strict(),
  // sets columns of one row of the alignment table
  'alignment.updateRow': z.object({ id, title: name.optional(), ...rowFields }).strict(),
  'alignment.updateObjective': z.object({ id, title: name }).strict(),
  'alignment.deleteObjective': z.object({ id }).strict(),
  'alignment.moveObjective': z.object({ id, beforeId: id.nullable() }).strict(),
  'alignment.setCell': z.object({ objectiveId: id, question, text: z.string().max(MAX_CELL) }).strict(),
} as const satisfies Record<string, z.ZodType>;

export interface AlignmentResults {
  'alignment.get': AlignmentMatrix;
  'alignment.addObjective': AlignmentMatrix;
  'alignment.updateRow': AlignmentMatrix;
  'alignment.updateObjective': AlignmentMatrix;
  'alignment.deleteObjective': AlignmentMatrix;
  'alignment.moveObjective': AlignmentMatrix;
  'alignment.setCell': AlignmentMatrix;
}

// Methods that change the project file (refused on a read-only project).
export const ALIGNMENT_MUTATING = ['alignment.addObjective', 'alignment.updateRow', 'alignment.updateObjective', 'alignment.deleteObjective', 'alignment.moveObjective', 'alignment.setCell'] as const satisfies readonly (keyof typeof alignmentSchemas)[];
