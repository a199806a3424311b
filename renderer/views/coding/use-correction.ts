// Correcting a turn in place: which turn is open in the editor, saving its text as edits
// (asking first when the edits would empty codings, see EmptiedCodingsDialog), and errors.
import { useCallback, useState } from 'react';
import type { SourceDetail } from '../../../shared/model/entities.ts';
import type { OffsetIndex } from '../../../shared/text/code-points.ts';
import { toApiCallError } from '../../api-call-error.ts';
import type { Block } from './blocks.ts';
import type { CodingActions, CorrectionPlan } from './use-coding-actions.ts';

export interface EditingState {
  index: number;
  busy: boolean;
  error: string | null;
}

export interface Correction {
  editing: EditingState | null;
  // opens turn i in the editor (not in a read-only project); stable
  start(index: number): void;
  save(text: string): Promise<void>;
  cancel(): void;
  // the correction waiting for "Save and remove the coding"
  emptying: CorrectionPlan | null;
  confirmEmptying(): Promise<void>;
  closeEmptying(): void;
}

export interface CorrectionDeps {
  source: SourceDetail | null;
  index: OffsetIndex | null;
  blocks: readonly Block[];
  readOnly: boolean;
  actions: CodingActions;
  // the turn being opened gets the focus
  onFocus(index: number): void;
}

// The correction flow of the coding view.
export function useCorrection({ source, index, blocks, readOnly, actions, onFocus }: CorrectionDeps): Correction {
  const [editing, setEditing] = useState<EditingState | null>(null);
  const [emptying, setEmptying] = useState<CorrectionPlan | null>(null);

  const start = useCallback(
    (i: number) => {
      if (readOnly || !blocks[i]) return;
      onFocus(i);
      setEditing({ index: i, busy: false, error: null });
    },
    [readOnly, blocks, onFocus],
  );

  async function save(text: string) {
    if (!editing || !source || !index) return;
    const block = blocks[editing.index];
    if (!block) return;
    setEditing({ ...editing, busy: true, error: null });
    try {
      const plan = await actions.planCorrection(index.slice(block.start, block.end), text, block.start, source.revision);
      if (!plan) {
        setEditing(null);
        return;
      }
      if (plan.emptied.length > 0) {
        setEmptying(plan);
        setEditing((e) => e && { ...e, busy: false });
        return;
      }
      await actions.saveCorrection(plan, []);
      setEditing(null);
    } catch (e) {
      setEditing((s) => s && { ...s, busy: false, error: toApiCallError(e).message });
    }
  }

  async function confirmEmptying() {
    if (!emptying) return;
    await actions.saveCorrection(
      emptying,
      emptying.emptied.map((c) => c.id),
    );
    setEditing(null);
  }

  return { editing, start, save, cancel: () => setEditing(null), emptying, confirmEmptying, closeEmptying: () => setEmptying(null) };
}
