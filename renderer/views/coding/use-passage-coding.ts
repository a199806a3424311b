// Coding from the coding view: a passage (trimmed of white space first) or a whole turn
// at a node, at a node picked by typing (NodePicker), in vivo; uncoding. Failures become
// error notices; a coded selection is cleared from the DOM.
import { useCallback, useState } from 'react';
import type { OffsetIndex } from '../../../shared/text/code-points.ts';
import { toApiCallError } from '../../api-call-error.ts';
import type { Notice } from '../frame/notice-bar.tsx';
import { blockBody, trimRange } from './blocks.ts';
import type { Block } from './blocks.ts';
import type { CodingActions, Passage } from './use-coding-actions.ts';

// The node picker open for a passage: to code it, to uncode it at one of its nodes, or to move
// references of a node (`from`) to another; or the in-vivo dialog asking where its new node goes.
export type PickerState =
  | { mode: 'code' | 'uncode'; passage: Passage }
  | { mode: 'move'; passage: Passage; from: number; codingIds: readonly number[] }
  | { mode: 'in-vivo'; passage: Passage; clearAfter: boolean }
  | null;

export interface PassageCodingDeps {
  index: OffsetIndex | null;
  blocks: readonly Block[];
  readOnly: boolean;
  actions: CodingActions;
  notify(notice: Notice): void;
  // removes the DOM selection once it is coded
  clearPassage(): void;
  onFocus(index: number): void;
}

export interface PassageCoding {
  picker: PickerState;
  closePicker(): void;
  // opens the picker to code a passage, or the given turn's words when there is no passage
  pickNodeFor(passage: Passage | null, turn?: number): void;
  pickUncodeFor(passage: Passage): void;
  // opens the picker to move references (of one node, covering `passage`) to another node
  pickMoveFor(passage: Passage, from: number, codingIds: readonly number[]): void;
  // opens the picker for turn i's words (after its speaker label); stable
  codeTurn(index: number): void;
  codeAt(nodeId: number, passage: Passage | null): void;
  // a passage dropped on a node (the selection is cleared whether or not coding worked)
  codeDropped(nodeId: number, passage: Passage): void;
  // opens the in-vivo dialog (where the new node goes) on the passage
  codeInVivo(passage: Passage | null, options: { clearAfter: boolean }): void;
  uncodeReferences(ids: readonly number[]): Promise<void>;
}

// Binds the coding commands to the source's text and the view.
export function usePassageCoding({ index, blocks, readOnly, actions, notify, clearPassage, onFocus }: PassageCodingDeps): PassageCoding {
  const [picker, setPicker] = useState<PickerState>(null);

  async function run(action: () => Promise<void>) {
    try {
      await action();
    } catch (e) {
      notify({ kind: 'error', text: toApiCallError(e).message });
    }
  }
  const trimmed = (p: Passage | null): Passage | null => (p && index ? trimRange(index, p.start, p.end) : null);
  const turnPassage = (i: number): Passage | null => {
    const block = blocks[i];
    return block && index ? blockBody(block, index) : null;
  };

  const codeTurn = useCallback(
    (i: number) => {
      onFocus(i);
      const block = blocks[i];
      if (block && index && !readOnly) setPicker({ mode: 'code', passage: blockBody(block, index) });
    },
    [blocks, index, readOnly, onFocus],
  );

  return {
    picker,
    closePicker: () => setPicker(null),
    pickNodeFor(passage, turn) {
      const t = trimmed(passage ?? (turn === undefined ? null : turnPassage(turn)));
      if (t && !readOnly) setPicker({ mode: 'code', passage: t });
    },
    pickUncodeFor: (passage) => setPicker({ mode: 'uncode', passage }),
    pickMoveFor: (passage, from, codingIds) => setPicker(readOnly ? null : { mode: 'move', passage, from, codingIds }),
    codeTurn,
    codeAt(nodeId, passage) {
      const p = trimmed(passage);
      if (!p) return;
      void run(async () => {
        await actions.code(nodeId, p);
        clearPassage();
      });
    },
    codeDropped(nodeId, passage) {
      const p = trimmed(passage);
      if (p) void run(() => actions.code(nodeId, p)).then(clearPassage);
    },
    codeInVivo(passage, { clearAfter }) {
      const p = trimmed(passage);
      if (p && !readOnly) setPicker({ mode: 'in-vivo', passage: p, clearAfter });
    },
    uncodeReferences: (ids) => run(() => actions.uncodeReferences(ids)),
  };
}
