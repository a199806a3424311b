// Domain types of the coding workspace: codebook moves and merges, the
// alignment matrix, transcript corrections with their preview, find and replace,
// in-vivo coding, uncoding part of a passage and memo search.
import type { CodingRecord, MemoRecord, MemoTarget, NodeRecord } from './entities.ts';
import type { ActivityComponent } from './activity-components.ts';

// One edit of a source's text in code points, against the text the edit was made on.
export interface PlainEdit {
  start: number;
  end: number;
  insert: string;
}

// A coding as a researcher recognises it in a warning: where, at which node, which words.
export interface CodingBrief {
  id: number;
  nodeId: number;
  nodePath: string;
  sourceId: number;
  sourceName: string;
  start: number;
  end: number;
  text: string;
}

// What saving a correction would do, computed without writing anything.
export interface EditPreview {
  // the source's revision now (the edit must be saved against it)
  revision: number;
  // codings whose whole text the edit deletes: removed only if the user confirms
  emptied: CodingBrief[];
  // codings that move or change size (their text survives)
  changedCodings: number;
}

// What saving a correction did.
export interface EditApplyResult {
  revision: number;
  // codings removed because their whole text was deleted (the user confirmed each)
  removedCodings: number[];
}

// One hit of a find across a source or the project.
export interface FindMatch {
  sourceId: number;
  sourceName: string;
  start: number;
  end: number;
  // a little text either side of the hit, for the list of results
  before: string;
  match: string;
  after: string;
}

export interface FindResult {
  matches: FindMatch[];
  // more hits exist than the list holds
  truncated: boolean;
}

// What a replace-all did, or (preview, applied false) would do.
export interface ReplaceResult {
  applied: boolean;
  replaced: number;
  sources: number;
  // codings whose whole text the replacement deletes (reported before, removed after confirmation)
  emptied: CodingBrief[];
  removedCodings: number[];
}

// What merging one node into another did.
export interface MergeResult {
  into: NodeRecord;
  movedCodings: number;
  // codings of the merged node that duplicated one already at the target (same passage)
  collapsedDuplicates: number;
  // nodes merged away (the node itself and same-named children merged into the target's)
  mergedNodes: number;
}

// The result of coding a selection in vivo: a node named by the words, and the coding.
export interface InVivoResult {
  node: NodeRecord;
  coding: CodingRecord;
  // false when a node of that name already existed there and was reused
  createdNode: boolean;
}

// What uncoding part of a passage did.
export interface UncodeResult {
  removed: number;
  trimmed: number;
  split: number;
}

// One column of the alignment matrix: a question of the method.
export interface AlignmentQuestion {
  question: number;
  name: string;
}

// One research objective (a row): its notes per question and the columns of a thesis's
// alignment table (objective | research questions | components | where it is presented).
export interface AlignmentObjective {
  id: number;
  guid: string;
  title: string;
  // question number ("1".."6") -> the cell's text (missing when empty)
  cells: Record<string, string>;
  // the six questions this objective addresses (those it has a cell for, with or without a note)
  questions: number[];
  // the research questions in the researcher's words
  researchQuestions: string;
  // the activity-system components it looks at: as chosen, or those of its questions
  components: ActivityComponent[];
  // false while the components follow the questions
  componentsChosen: boolean;
  // where the thesis presents it ("Chapter 5, sections 5.2-5.4")
  presentedIn: string;
}

// The objectives x questions matrix kept in the project.
export interface AlignmentMatrix {
  questions: AlignmentQuestion[];
  objectives: AlignmentObjective[];
}

// A memo found by a search, with what it is about.
export interface MemoSearchHit {
  memo: MemoRecord;
  targetKind: MemoTarget;
  // "Project journal", the source's or node's name, "Coding at Q1/... in <source>"
  targetLabel: string;
  // for memos on a source or a coding: where to open it
  sourceId: number | null;
  start: number | null;
  end: number | null;
  snippet: string;
}
