// "Who is coding?": chosen when coding starts on this computer, so every coding records
// its coder. Pick a coder of the project or add one (name and initials).
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { CoderRecord } from '../../../shared/model/entities.ts';
import { call } from '../../api.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { Modal } from '../../components/modal.tsx';
import { useDialogAction } from '../../components/use-dialog-action.ts';

export interface CoderDialogProps {
  coders: readonly CoderRecord[];
  current: number | null;
  readOnly: boolean;
  // the coder a coding package was made for: chosen first (or offered as someone new)
  preferredName?: string | null;
  onChosen(coder: CoderRecord): void;
  onClose(): void;
}

// Suggests initials from a name ("Sam de Vries" -> "SDV").
export function initialsOf(name: string): string {
  return name
    .split(/\s+/u)
    .filter(Boolean)
    .map((w) => Array.from(w)[0] ?? '')
    .join('')
    .toUpperCase()
    .slice(0, 4);
}

// The coder chooser.
export function CoderDialog({ coders, current, readOnly, preferredName, onChosen, onClose }: CoderDialogProps) {
  const preferred = preferredName ? coders.find((c) => c.name.toLowerCase() === preferredName.toLowerCase()) : undefined;
  const [choice, setChoice] = useState<number | 'new'>(current ?? preferred?.id ?? (preferredName && !readOnly ? 'new' : (coders[0]?.id ?? 'new')));
  const [name, setName] = useState(preferred ? '' : (preferredName ?? ''));
  const [initials, setInitials] = useState('');
  // choosing a coder closes the dialog through onChosen
  const { busy, error, run, showError } = useDialogAction(() => undefined);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (choice !== 'new') {
      const coder = coders.find((c) => c.id === choice);
      if (coder) onChosen(coder);
      return;
    }
    const trimmed = name.trim();
    const ini = (initials.trim() || initialsOf(trimmed)).toUpperCase();
    if (trimmed === '') {
      showError('Enter the new coder’s name.');
      return;
    }
    await run(async () => onChosen(await call('coders.create', { name: trimmed, initials: ini })));
  }

  return (
    <Modal title="Who is coding?" onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} aria-label="Choose the coder">
        <p className="muted">Every coding records who made it. This computer remembers the choice for this project.</p>
        <fieldset className="coding-coder-choices">
          <legend className="visually-hidden">Coder</legend>
          {coders.map((c) => (
            <label key={c.id} className="radio">
              <input type="radio" name="coder" checked={choice === c.id} onChange={() => setChoice(c.id)} />
              {c.name} ({c.initials})
            </label>
          ))}
          {readOnly ? null : (
            <label className="radio">
              <input type="radio" name="coder" checked={choice === 'new'} onChange={() => setChoice('new')} />
              Someone new
            </label>
          )}
        </fieldset>
        {choice === 'new' ? (
          <div className="field-row">
            <label className="field">
              <span className="field-label">Name</span>
              <input type="text" value={name} autoFocus onChange={(e) => setName(e.target.value)} />
            </label>
            <label className="field">
              <span className="field-label">Initials</span>
              <input type="text" value={initials} maxLength={10} placeholder={initialsOf(name)} onChange={(e) => setInitials(e.target.value)} />
            </label>
          </div>
        ) : null}
        <ErrorMessage error={error} />
        <div className="dialog-buttons">
          <button type="button" onClick={onClose} disabled={busy}>
            Later
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Adding…' : 'Start coding'}
          </button>
        </div>
      </form>
    </Modal>
  );
}
