// The contract for contradictions (METHOD.md section 5): every tension of every diagram as
// the Contradictions view lists it, one contradiction followed across phases with a status
// in each, and the discursive manifestations (the codebook branch, and coding a cue
// search's hits linked to a tension in one step).
import { z } from 'zod';
import { CONTRADICTION_STATUSES, MAX_CONTRADICTION_MEMO, MAX_CONTRADICTION_NAME } from '../model/contradictions.ts';
import type { ContradictionsOverview, EvidenceBreakdown } from '../model/contradictions.ts';
import { MANIFESTATION_KINDS, MAX_CUE_HITS } from '../model/discursive-manifestations.ts';
import type { CueCodingOutcome, ManifestationInProject } from '../model/discursive-manifestations.ts';
import { empty, id, offset } from './fields.ts';

const status = z.enum(CONTRADICTION_STATUSES);

const hit = z
  .object({ sourceId: id, segmentId: id, start: offset, end: offset })
  .strict()
  .refine((h) => h.end > h.start, 'a hit ends after it starts');

export const contradictionsSchemas = {
  'contradictions.overview': empty,
  // one tension's evidence counted by role, project, round and (third generation) system
  'contradictions.breakdown': z.object({ tensionId: id }).strict(),
  // two tensions of different phases followed as one contradiction (a new one, or the one either already shows)
  'contradictions.link': z
    .object({ tensionId: id, withTensionId: id, name: z.string().max(MAX_CONTRADICTION_NAME * 2).optional(), status: status.optional(), withStatus: status.optional() })
    .strict(),
  'contradictions.setStatus': z.object({ tensionId: id, status }).strict(),
  'contradictions.unlink': z.object({ tensionId: id }).strict(),
  'contradictions.update': z.object({ id, name: z.string().max(MAX_CONTRADICTION_NAME * 2).optional(), memo: z.string().max(MAX_CONTRADICTION_MEMO).optional() }).strict(),
  // the four kinds with their cue searches and their nodes in this codebook
  'contradictions.manifestations': empty,
  'contradictions.addManifestationsBranch': empty,
  // codes the kept hits of a kind's cue search at its node and links them to a tension, in one undoable step
  'contradictions.codeCueHits': z
    .object({ kind: z.enum(MANIFESTATION_KINDS), hits: z.array(hit).min(1).max(MAX_CUE_HITS), spread: z.enum(['hit', 'sentence', 'segment']), tensionId: id.nullable(), coderId: id.nullable().optional() })
    .strict(),
} as const satisfies Record<string, z.ZodType>;

export interface ContradictionsResults {
  'contradictions.overview': ContradictionsOverview;
  'contradictions.breakdown': EvidenceBreakdown;
  'contradictions.link': ContradictionsOverview;
  'contradictions.setStatus': ContradictionsOverview;
  'contradictions.unlink': ContradictionsOverview;
  'contradictions.update': ContradictionsOverview;
  'contradictions.manifestations': ManifestationInProject[];
  'contradictions.addManifestationsBranch': ManifestationInProject[];
  'contradictions.codeCueHits': CueCodingOutcome;
}

// Methods that change the project file (refused on a read-only project).
export const CONTRADICTIONS_MUTATING = ['contradictions.link', 'contradictions.setStatus', 'contradictions.unlink', 'contradictions.update', 'contradictions.addManifestationsBranch', 'contradictions.codeCueHits'] as const satisfies readonly (keyof typeof contradictionsSchemas)[];
