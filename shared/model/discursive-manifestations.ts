// The four discursive manifestations of contradictions (after Engestrom and Sannino 2011,
// "Discursive manifestations of contradictions in organizational change efforts"): how a
// contradiction shows in what people say, with the linguistic cues a researcher searches
// for before reading and coding what is found. Descriptions and cue lists are our own.

export const MANIFESTATION_KINDS = ['dilemma', 'conflict', 'critical-conflict', 'double-bind'] as const;
export type ManifestationKind = (typeof MANIFESTATION_KINDS)[number];

export interface Manifestation {
  kind: ManifestationKind;
  // the node's name in the codebook branch
  name: string;
  description: string;
  // phrases that often mark it in talk (searched as phrases, any of them)
  cues: readonly string[];
}

// The codebook branch the four kinds are coded under.
export const MANIFESTATIONS_BRANCH_NAME = 'Discursive manifestations';

export const MANIFESTATIONS: readonly Manifestation[] = [
  {
    kind: 'dilemma',
    name: 'Dilemma',
    description: 'Two incompatible evaluations held at once, usually by one speaker: hedging, weighing one side against the other, saying yes and no in the same breath.',
    cues: ['on the one hand', 'on the other hand', 'yes, but', "I don't know", "I'm not sure", 'I suppose', 'it depends', 'in a way', 'but then again', 'but then', 'torn between'],
  },
  {
    kind: 'conflict',
    name: 'Conflict',
    description: 'Open disagreement, resistance or argument between people or groups: one position against another, criticism, refusing what is asked.',
    cues: ['I disagree', "I don't agree", "that's not true", 'that is not true', 'not fair', 'we argued', 'pushed back', 'complained', 'resented', 'objected', 'no way'],
  },
  {
    kind: 'critical-conflict',
    name: 'Critical conflict',
    description: 'An inner, personal conflict the speaker cannot solve alone: moral or emotional, told as a story of being hurt, guilty, torn or paralysed.',
    cues: ['I felt guilty', 'I was torn', 'I felt', 'felt like', 'it stung', 'stung', 'ashamed', 'embarrassed', 'uncomfortable', 'let down', 'I lost sleep'],
  },
  {
    kind: 'double-bind',
    name: 'Double bind',
    description: 'A pressing need with no acceptable way out: every option is bad, and the speaker says so, often on behalf of a group ("we").',
    cues: ['we have to', 'we must', 'there is nothing we can do', "there's nothing we can do", 'what can we do', 'no choice', 'hands are tied', 'no way out', 'stuck', 'had no option', 'catch-22'],
  },
];

// The search query of a kind's cues: each cue as a phrase, any of them.
export function cueQuery(kind: ManifestationKind): string {
  const manifestation = MANIFESTATIONS.find((m) => m.kind === kind);
  return (manifestation?.cues ?? []).map((cue) => `"${cue.replace(/"/g, '')}"`).join(' OR ');
}

// The node path of a kind in the codebook ("Discursive manifestations/Dilemma").
export function manifestationPath(kind: ManifestationKind): string {
  return `${MANIFESTATIONS_BRANCH_NAME}/${MANIFESTATIONS.find((m) => m.kind === kind)?.name ?? kind}`;
}

// At most this many hits are coded (and linked as evidence) in one step.
export const MAX_CUE_HITS = 500;

// One hit of a cue search the researcher kept: the turn (segment) it is in, and where it is (code points).
export interface CueHit {
  sourceId: number;
  segmentId: number;
  start: number;
  end: number;
}

// What coding a cue search's hits did.
export interface CueCodingOutcome {
  created: number;
  // passages already coded at the kind's node (those codings are linked instead)
  reused: number;
  // codings newly linked to the tension
  linked: number;
  nodeId: number;
  nodePath: string;
}

// A kind with its cue search and its node in this project's codebook (null when the branch is missing).
export interface ManifestationInProject {
  kind: ManifestationKind;
  name: string;
  description: string;
  cues: readonly string[];
  query: string;
  nodeId: number | null;
  codingCount: number;
}
