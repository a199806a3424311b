// The form that asks for a project file's path (and, for a new project, its name and,
// when it is to be encrypted, its passphrase).
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { NewPassphraseFields, newPassphraseProblem } from './new-passphrase-fields.tsx';
import type { NewPassphrase } from './new-passphrase-fields.tsx';
import { projectPathProblem } from './project-paths.ts';

export interface ProjectPathValues {
  path: string;
  name: string;
  readOnly: boolean;
  // the passphrase to encrypt a new project with (null: not encrypted)
  passphrase: string | null;
}

export interface ProjectPathFormProps {
  mode: 'create' | 'open';
  busy: boolean;
  initialPath?: string;
  // shows an "Open read-only" checkbox (open mode)
  showReadOnly?: boolean;
  // opens a native dialog (Electron) and returns the chosen path, or null
  onBrowse?: () => Promise<string | null>;
  onSubmit(values: ProjectPathValues): void;
  onCancel(): void;
}

interface EncryptChoiceProps {
  encrypt: boolean;
  onEncrypt(encrypt: boolean): void;
  passphrase: NewPassphrase;
  onPassphrase(passphrase: NewPassphrase): void;
}

// Whether a new project is encrypted, and its passphrase when it is.
function EncryptChoice({ encrypt, onEncrypt, passphrase, onPassphrase }: EncryptChoiceProps) {
  return (
    <>
      <label className="checkbox">
        <input type="checkbox" checked={encrypt} onChange={(e) => onEncrypt(e.target.checked)} />
        Encrypt the project with a passphrase
      </label>
      {encrypt ? <NewPassphraseFields value={passphrase} onChange={onPassphrase} autoFocus /> : null}
    </>
  );
}

// Fields for a new or existing project file, checked before they are submitted.
export function ProjectPathForm({ mode, busy, initialPath = '', showReadOnly, onBrowse, onSubmit, onCancel }: ProjectPathFormProps) {
  const [path, setPath] = useState(initialPath);
  const [name, setName] = useState('');
  const [readOnly, setReadOnly] = useState(false);
  const [encrypt, setEncrypt] = useState(false);
  const [passphrase, setPassphrase] = useState<NewPassphrase>({ passphrase: '', repeated: '' });
  const [problem, setProblem] = useState<string | null>(null);
  const problemId = useId();
  const creating = mode === 'create';

  function submit(e: FormEvent) {
    e.preventDefault();
    const found = projectPathProblem(path, creating) ?? (creating && encrypt ? newPassphraseProblem(passphrase) : null);
    setProblem(found);
    if (!found) onSubmit({ path: path.trim(), name: name.trim(), readOnly, passphrase: creating && encrypt ? passphrase.passphrase : null });
  }

  async function browse() {
    if (!onBrowse) return;
    const chosen = await onBrowse();
    if (chosen) setPath(chosen);
  }

  return (
    <form className="project-path-form" onSubmit={submit} noValidate aria-label={creating ? 'New project' : 'Open project'}>
      {creating ? (
        <label className="field">
          <span className="field-label">Project name</span>
          <input type="text" value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. Peer coaching study" maxLength={500} />
          <span className="field-hint">Optional; the file name is used when left empty.</span>
        </label>
      ) : null}
      <div className="field">
        <label className="field-label" htmlFor={`${problemId}-path`}>
          {creating ? 'Project file (full path ending in .alens)' : 'Project file (full path)'}
        </label>
        <div className="field-row">
          <input
            id={`${problemId}-path`}
            type="text"
            value={path}
            onChange={(e) => setPath(e.target.value)}
            spellCheck={false}
            autoFocus
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? problemId : undefined}
            placeholder={creating ? '/home/you/Research/study.alens' : '/home/you/Research/study.alens'}
          />
          {onBrowse ? (
            <button type="button" onClick={() => void browse()} disabled={busy}>
              Choose…
            </button>
          ) : null}
        </div>
      </div>
      {creating ? <EncryptChoice encrypt={encrypt} onEncrypt={setEncrypt} passphrase={passphrase} onPassphrase={setPassphrase} /> : null}
      {problem ? (
        <p className="field-error" id={problemId} role="alert">
          {problem}
        </p>
      ) : null}
      {showReadOnly ? (
        <label className="checkbox">
          <input type="checkbox" checked={readOnly} onChange={(e) => setReadOnly(e.target.checked)} />
          Open read-only
        </label>
      ) : null}
      <div className="dialog-buttons">
        <button type="button" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Working…' : creating ? 'Create project' : 'Open project'}
        </button>
      </div>
    </form>
  );
}
