// The bar under the transcript: what is selected (a passage, or references chosen from
// a stripe) and what can be done with it, with the keys that do the same.
import type { NodeRecord } from '../../../shared/model/entities.ts';

export interface SelectionBarProps {
  passage: { start: number; end: number; words: string } | null;
  selectedCount: number;
  selectedNode: NodeRecord | null;
  readOnly: boolean;
  onCode(): void;
  onInVivo(): void;
  onUncode(): void;
  onUncodeReferences(): void;
  onClear(): void;
}

// Shows the current selection and its actions.
export function SelectionBar({ passage, selectedCount, selectedNode, readOnly, onCode, onInVivo, onUncode, onUncodeReferences, onClear }: SelectionBarProps) {
  if (selectedCount > 0) {
    return (
      <div className="coding-selection-bar" role="toolbar" aria-label="Selected references">
        <span className="coding-selection-what">
          {selectedCount === 1 ? 'One reference' : `${selectedCount} references`} at <strong>{selectedNode?.path ?? 'a node'}</strong> selected
        </span>
        {readOnly ? null : (
          <button type="button" className="small" onClick={onUncodeReferences} aria-keyshortcuts="U">
            Uncode <kbd>U</kbd>
          </button>
        )}
        <button type="button" className="small" onClick={onClear} aria-keyshortcuts="Escape">
          Clear <kbd>Esc</kbd>
        </button>
      </div>
    );
  }
  if (!passage) {
    return (
      <div className="coding-selection-bar coding-selection-hint muted">
        Select text, then drag it onto a node or press <kbd>C</kbd> (pick a node), <kbd>1</kbd>–<kbd>9</kbd> (recent), <kbd>V</kbd> (in vivo). Turns: <kbd>T</kbd> code, <kbd>E</kbd> correct.
      </div>
    );
  }
  const shown = passage.words.length > 70 ? `${passage.words.slice(0, 70)}…` : passage.words;
  return (
    <div className="coding-selection-bar" role="toolbar" aria-label="Selected passage">
      <span className="coding-selection-what" title={passage.words}>
        “{shown}” <span className="muted">({Array.from(passage.words).length} characters)</span>
      </span>
      {readOnly ? null : (
        <>
          <button type="button" className="small primary" onClick={onCode} aria-keyshortcuts="C">
            Code… <kbd>C</kbd>
          </button>
          <button type="button" className="small" onClick={onInVivo} aria-keyshortcuts="V">
            In vivo <kbd>V</kbd>
          </button>
          <button type="button" className="small" onClick={onUncode} aria-keyshortcuts="U">
            Uncode… <kbd>U</kbd>
          </button>
        </>
      )}
    </div>
  );
}
