// "Code in vivo": the passage's words name a new node; the user says under which question
// it goes (the default from defaultInVivoParent), or at the top level if they really want.
import { useEffect, useRef, useState } from 'react';
import type { FormEvent, KeyboardEvent } from 'react';
import type { CodingRecord, NodeRecord } from '../../../shared/model/entities.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { Modal } from '../../components/modal.tsx';
import { useDialogAction } from '../../components/use-dialog-action.ts';
import { defaultInVivoParent, questionNodes } from './in-vivo-placement.ts';
import type { Passage } from './use-coding-actions.ts';

export interface InVivoDialogProps {
  passage: Passage;
  words: string;
  nodes: readonly NodeRecord[];
  codings: readonly CodingRecord[];
  recent: readonly number[];
  onCode(parentId: number | null): Promise<void>;
  onClose(): void;
}

const TOP_LEVEL = 'top';

// Asks where the in-vivo node goes; Enter codes at the chosen place.
export function InVivoDialog({ passage, words, nodes, codings, recent, onCode, onClose }: InVivoDialogProps) {
  const questions = questionNodes(nodes);
  const [choice, setChoice] = useState<number | typeof TOP_LEVEL>(() => defaultInVivoParent(passage, codings, nodes, recent) ?? TOP_LEVEL);
  const { busy, error, run } = useDialogAction(onClose);
  const form = useRef<HTMLFormElement>(null);
  // the chosen place takes the focus once the dialog is shown (arrows change it, Enter codes)
  useEffect(() => {
    form.current?.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.focus();
  }, []);
  const shown = words.replace(/\s+/gu, ' ').trim();
  function submit(e?: FormEvent) {
    e?.preventDefault();
    if (!busy) void run(() => onCode(choice === TOP_LEVEL ? null : choice));
  }
  // Enter on a choice codes too (radio buttons do not submit a form by themselves)
  function onKeyDown(e: KeyboardEvent<HTMLFormElement>) {
    if (e.key === 'Enter' && e.target instanceof HTMLInputElement && e.target.type === 'radio') submit(e);
  }
  return (
    <Modal title="Code in vivo" onClose={onClose}>
      <form ref={form} onSubmit={submit} onKeyDown={onKeyDown} aria-label="Where the new node goes">
        <p>
          A new node named by the words <q className="in-vivo-words">{shown.length > 80 ? `${shown.slice(0, 80)}…` : shown}</q>
        </p>
        <fieldset className="in-vivo-places">
          <legend>Place it under</legend>
          {questions.map((q) => (
            <label key={q.id} className="radio">
              <input type="radio" name="in-vivo-parent" checked={choice === q.id} onChange={() => setChoice(q.id)} />
              {q.name}
            </label>
          ))}
          <label className="radio">
            <input type="radio" name="in-vivo-parent" checked={choice === TOP_LEVEL} onChange={() => setChoice(TOP_LEVEL)} />
            The top level (outside the questions)
          </label>
        </fieldset>
        <ErrorMessage error={error} />
        <div className="dialog-buttons">
          <button type="button" onClick={onClose} disabled={busy}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy}>
            Code in vivo
          </button>
        </div>
      </form>
    </Modal>
  );
}
