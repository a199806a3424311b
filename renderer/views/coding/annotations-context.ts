// The memos on passages of the open source (annotations), as the transcript shows them: a
// marker in the margin of the turn each starts in, and its passage marked in the text.
import { createContext } from 'react';

export interface Annotation {
  memoId: number;
  title: string;
  // the passage, in code points of the source's text
  start: number;
  end: number;
  // the passage's words
  excerpt: string;
}

export interface SourceAnnotations {
  // by where they start
  list: readonly Annotation[];
  // the annotations starting in each turn, by the turn's index
  byTurn: ReadonlyMap<number, readonly Annotation[]>;
  // the memo whose passage is lit up (its marker has the pointer or the focus)
  active: number | null;
  setActive(memoId: number | null): void;
  // opens the memo
  open(memoId: number): void;
}

const NONE: readonly Annotation[] = [];

export const NO_ANNOTATIONS: SourceAnnotations = { list: NONE, byTurn: new Map(), active: null, setActive: () => undefined, open: () => undefined };

export const AnnotationsContext = createContext<SourceAnnotations>(NO_ANNOTATIONS);
