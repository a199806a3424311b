// Asks for one line of text (a snapshot label, a path) and runs an action with it.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { ErrorMessage } from './error-message.tsx';
import { Modal } from './modal.tsx';
import { useDialogAction } from './use-dialog-action.ts';

export interface TextPromptDialogProps {
  title: string;
  label: string;
  hint?: string;
  submitLabel: string;
  initialValue?: string;
  // returns a message when the value is not acceptable, null when it is
  validate?: (value: string) => string | null;
  onSubmit(value: string): Promise<void>;
  onClose(): void;
}

// A dialog with one labelled text field; closes when the action succeeds, shows its error otherwise.
export function TextPromptDialog({ title, label, hint, submitLabel, initialValue = '', validate, onSubmit, onClose }: TextPromptDialogProps) {
  const [value, setValue] = useState(initialValue);
  const [invalid, setInvalid] = useState<string | null>(null);
  const { busy, error, run } = useDialogAction(onClose);
  async function submit(e: FormEvent) {
    e.preventDefault();
    const trimmed = value.trim();
    const problem = trimmed === '' ? `Enter ${label.toLowerCase()}.` : (validate?.(trimmed) ?? null);
    setInvalid(problem);
    if (problem) return;
    await run(() => onSubmit(trimmed));
  }
  return (
    <Modal title={title} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <label className="field">
          <span className="field-label">{label}</span>
          <input type="text" value={value} onChange={(e) => setValue(e.target.value)} aria-invalid={invalid ? true : undefined} autoFocus spellCheck={false} />
          {hint ? <span className="field-hint">{hint}</span> : null}
        </label>
        {invalid ? (
          <p className="field-error" role="alert">
            {invalid}
          </p>
        ) : null}
        <ErrorMessage error={error} />
        <div className="dialog-buttons">
          <button type="button" onClick={onClose} disabled={busy}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Working…' : submitLabel}
          </button>
        </div>
      </form>
    </Modal>
  );
}
