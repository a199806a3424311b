// What is selected in the coding view: the passage (as shown, following the DOM selection
// once a frame; and live, read from the DOM at the moment a command runs), the references
// chosen from a stripe, and the highlighted node.
import { useCallback, useEffect, useState } from 'react';
import type { RefObject } from 'react';
import type { CodePointRange } from './dom-selection.ts';
import type { Passage } from './use-coding-actions.ts';
import type { TranscriptHandle } from './use-transcript-handle.ts';

// References of one node chosen by clicking its stripe.
export interface ChosenReferences {
  nodeId: number;
  ids: number[];
}

export interface CodingSelection {
  // the selected passage as shown (the selection bar, a memo's passage)
  passage: Passage | null;
  // the selected passage at this moment: the live DOM selection, or the shown one while the selection is outside the transcript
  livePassage(): Passage | null;
  // for Transcript.onSelection
  onSelection(range: CodePointRange | null): void;
  references: ChosenReferences | null;
  // a stripe was clicked: choose its references and highlight its node
  chooseReferences(nodeId: number, ids: number[]): void;
  clearReferences(): void;
  highlight: number | null;
  setHighlight(nodeId: number | null): void;
  // removes the DOM selection (after coding it)
  clearPassage(): void;
  // Escape: the passage, the chosen references and the highlight
  clearAll(): void;
}

// The selection state of the coding view of one source at one revision (`textKey`); a new key drops what pointed into the old text.
export function useCodingSelection(transcript: RefObject<TranscriptHandle | null>, textKey: string): CodingSelection {
  const [passage, setPassage] = useState<Passage | null>(null);
  const [references, setReferences] = useState<ChosenReferences | null>(null);
  const [highlight, setHighlight] = useState<number | null>(null);

  useEffect(() => {
    setReferences(null);
    setPassage(null);
  }, [textKey]);

  const onSelection = useCallback((range: CodePointRange | null) => {
    setPassage(range);
    if (range) setReferences(null);
  }, []);
  const chooseReferences = useCallback((nodeId: number, ids: number[]) => {
    setReferences({ nodeId, ids });
    setHighlight(nodeId);
  }, []);
  const clearPassage = useCallback(() => {
    document.getSelection()?.removeAllRanges();
    setPassage(null);
  }, []);

  return {
    passage,
    livePassage() {
      const now = transcript.current?.readSelection();
      return now === undefined ? passage : now;
    },
    onSelection,
    references,
    chooseReferences,
    clearReferences: () => setReferences(null),
    highlight,
    setHighlight,
    clearPassage,
    clearAll() {
      setReferences(null);
      setHighlight(null);
      clearPassage();
    },
  };
}
