// The File menu's encryption dialogs: encrypt the open project with a passphrase, give it
// another one, or remove the encryption. Changing or removing a passphrase asks for the
// current one first. The passphrases are sent once and forgotten when the dialog closes.
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { EncryptionChange } from '../../../shared/api/projects.ts';
import { call } from '../../api.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { Modal } from '../../components/modal.tsx';
import { useDialogAction } from '../../components/use-dialog-action.ts';
import { NewPassphraseFields, newPassphraseProblem } from '../project/new-passphrase-fields.tsx';
import type { NewPassphrase } from '../project/new-passphrase-fields.tsx';

export type EncryptionMode = 'encrypt' | 'change' | 'decrypt';

export interface EncryptionDialogProps {
  mode: EncryptionMode;
  onChanged(change: EncryptionChange, mode: EncryptionMode): void;
  onClose(): void;
}

const TITLES: Record<EncryptionMode, string> = { encrypt: 'Encrypt project', change: 'Change passphrase', decrypt: 'Remove encryption' };
const SUBMIT: Record<EncryptionMode, string> = { encrypt: 'Encrypt project', change: 'Change passphrase', decrypt: 'Remove encryption' };
const EXPLAIN: Record<EncryptionMode, string> = {
  encrypt: 'The project file and every backup of it are encrypted with the passphrase (AEGIS-256). Whoever has the file but not the passphrase can read nothing in it. Copies of the project that you saved elsewhere before stay as they are.',
  change: 'The project and every backup of it are given the new passphrase; the old one no longer opens them.',
  decrypt: 'The project and every backup of it are written without encryption again: anyone who has the files can read them.',
};

// What was done, for the notice bar.
export function encryptionNotice(change: EncryptionChange, mode: EncryptionMode): string {
  const backups = change.backupsChanged === 0 ? '' : ` with its ${change.backupsChanged} backup${change.backupsChanged === 1 ? '' : 's'}`;
  const done = mode === 'encrypt' ? `The project is now encrypted${backups}.` : mode === 'change' ? `The project${backups} now has the new passphrase.` : `The project${backups} is no longer encrypted.`;
  const left = change.backupsNotChanged.length === 0 ? '' : ` These backups could not be changed and were left as they were: ${change.backupsNotChanged.join(', ')}.`;
  return done + left;
}

// Asks for the passphrases an encryption change needs and makes it.
export function EncryptionDialog({ mode, onChanged, onClose }: EncryptionDialogProps) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState<NewPassphrase>({ passphrase: '', repeated: '' });
  const [problem, setProblem] = useState<string | null>(null);
  const { busy, error, run } = useDialogAction(onClose);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const found = mode !== 'encrypt' && current === '' ? 'Enter the current passphrase.' : mode === 'decrypt' ? null : newPassphraseProblem(next);
    setProblem(found);
    if (found) return;
    await run(async () => {
      const change =
        mode === 'encrypt'
          ? await call('project.encrypt', { passphrase: next.passphrase })
          : mode === 'change'
            ? await call('project.changePassphrase', { current, passphrase: next.passphrase })
            : await call('project.decrypt', { current });
      onChanged(change, mode);
    });
  }

  return (
    <Modal title={TITLES[mode]} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} noValidate aria-label={TITLES[mode]}>
        <p>{EXPLAIN[mode]}</p>
        {mode === 'encrypt' ? null : (
          <label className="field">
            <span className="field-label">Current passphrase</span>
            <input type="password" value={current} onChange={(e) => setCurrent(e.target.value)} autoComplete="current-password" spellCheck={false} autoFocus />
          </label>
        )}
        {mode === 'decrypt' ? null : <NewPassphraseFields value={next} onChange={setNext} autoFocus={mode === 'encrypt'} />}
        {problem ? (
          <p className="field-error" role="alert">
            {problem}
          </p>
        ) : null}
        <ErrorMessage error={error} />
        <div className="dialog-buttons">
          <button type="button" onClick={onClose} disabled={busy}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Working…' : SUBMIT[mode]}
          </button>
        </div>
      </form>
    </Modal>
  );
}
