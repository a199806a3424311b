// Duplicate codings: codings of one source at one node by one coder that overlap or touch
// (made before re-coding joined them, or brought in from another file). Merging joins each
// group into one coding over the whole stretch; other coders' codings are never touched.

// What merging would do at one node.
export interface DuplicateNodeCount {
  nodeId: number;
  nodePath: string;
  // stretches of text coded more than once by the same coder
  groups: number;
  // codings that would be folded into another (each group keeps one)
  folded: number;
}

// One stretch of text whose codings would become one, as the preview shows it.
export interface DuplicateExample {
  sourceId: number;
  sourceName: string;
  nodePath: string;
  // the coder's initials (null: codings with no coder recorded)
  coder: string | null;
  // the stretch the kept coding will cover (code points, end exclusive)
  start: number;
  end: number;
  // the stretch's words, shortened when long
  text: string;
  // how many codings cover it now
  codings: number;
}

// What "merge duplicate codings" would do, read before anything changes.
export interface DuplicatePreview {
  groups: number;
  folded: number;
  // the project's codings now and after merging
  codingsBefore: number;
  codingsAfter: number;
  // by node, most folded first
  nodes: DuplicateNodeCount[];
  // a few of the stretches, in source and text order
  examples: DuplicateExample[];
}

// What merging did: every memo, diagram or tension link and framework-cell link of a folded
// coding now belongs to the coding it was folded into, so nothing is lost.
export interface DuplicateMergeResult {
  groups: number;
  folded: number;
  memosMoved: number;
  // evidence links moved to the kept coding, and those dropped because it already had the same link
  evidenceMoved: number;
  evidenceAlreadyThere: number;
  // framework-matrix cells whose linked references now name the kept coding
  frameworkCellsRelinked: number;
}
