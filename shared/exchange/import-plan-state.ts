// What the steps of a REFI-QDA import plan share while it is built: the keys and GUIDs
// handed out, what cannot be imported, notes for the preview, and where each REFI element
// ended up (so notes and case links can find it).
import type { MemoTarget } from '../model/entities.ts';
import { KeyMaker } from './import-plan-codebook.ts';
import { LeftOut } from './left-out.ts';
import { canonicalGuid } from './refi-model.ts';

// Reads a text file of the archive by its path.
export type TextLookup = (path: string) => { ok: true; text: string; hadBom: boolean } | { ok: false; problem: string };

// Where a REFI element ended up, so notes and case links can find it.
export interface Placement {
  kind: MemoTarget;
  key: string;
  // a passage of a source (a selection without codings): a note placed here is a memo on that passage
  range?: PassageRange;
}

// A passage of a source's text, canonical code points, end exclusive.
export interface PassageRange {
  start: number;
  end: number;
}

// The plan's shared state.
export class PlanState {
  readonly keys = new KeyMaker();
  readonly left = new LeftOut();
  readonly notes: string[] = [];
  readonly placements = new Map<string, Placement>();

  // Records where a REFI element went (the first placement wins).
  place(refiGuid: string | undefined, placement: Placement): void {
    const g = canonicalGuid(refiGuid);
    if (g !== null && !this.placements.has(g)) this.placements.set(g, placement);
  }
}
