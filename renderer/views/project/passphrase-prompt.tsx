// Opening an encrypted project: the passphrase is asked for when the file says it needs one,
// sent once with project.open, and forgotten when the dialog closes (it is never kept in the
// window's state beyond its field, and no answer carries it back).
import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import type { ProjectInfo } from '../../../shared/model/entities.ts';
import { call } from '../../api.ts';
import { toApiCallError } from '../../api-call-error.ts';
import { Modal } from '../../components/modal.tsx';

// Asks for the passphrase of a file; resolves with it, or null when the researcher cancels.
export type AskPassphrase = (path: string, problem: string | null) => Promise<string | null>;

interface PendingQuestion {
  path: string;
  problem: string | null;
  answer(passphrase: string | null): void;
}

interface PassphraseDialogProps {
  question: PendingQuestion;
}

// The dialog that asks for an encrypted project's passphrase.
function PassphraseDialog({ question }: PassphraseDialogProps) {
  const [value, setValue] = useState('');
  function submit(e: FormEvent) {
    e.preventDefault();
    if (value !== '') question.answer(value);
  }
  return (
    <Modal title="Encrypted project" onClose={() => question.answer(null)}>
      <form onSubmit={submit} noValidate aria-label="Passphrase of an encrypted project">
        <p>
          <span className="passphrase-path">{question.path}</span> is encrypted. Enter its passphrase to open it.
        </p>
        <label className="field">
          <span className="field-label">Passphrase</span>
          <input type="password" value={value} onChange={(e) => setValue(e.target.value)} autoFocus autoComplete="off" spellCheck={false} aria-invalid={question.problem ? true : undefined} />
        </label>
        {question.problem ? (
          <p className="field-error" role="alert">
            {question.problem}
          </p>
        ) : null}
        <div className="dialog-buttons">
          <button type="button" onClick={() => question.answer(null)}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={value === ''}>
            Open project
          </button>
        </div>
      </form>
    </Modal>
  );
}

// The passphrase question and the dialog that shows it while it is open.
export function usePassphrasePrompt(): { ask: AskPassphrase; prompt: ReactNode } {
  const [question, setQuestion] = useState<PendingQuestion | null>(null);
  const ask: AskPassphrase = (path, problem) =>
    new Promise((resolve) => {
      setQuestion({
        path,
        problem,
        answer(passphrase) {
          setQuestion(null);
          resolve(passphrase);
        },
      });
    });
  // a new key per question, so a retry starts with an empty field
  const prompt = question ? <PassphraseDialog key={`${question.path}:${question.problem ?? ''}`} question={question} /> : null;
  return { ask, prompt };
}

// Opens a project, asking for its passphrase (again, after a wrong one) when it is encrypted;
// null when the researcher cancels the question.
export async function openProjectAsking(path: string, readOnly: boolean, ask: AskPassphrase): Promise<ProjectInfo | null> {
  let passphrase: string | undefined;
  for (;;) {
    try {
      return await call('project.open', passphrase === undefined ? { path, readOnly } : { path, readOnly, passphrase });
    } catch (e) {
      const error = toApiCallError(e);
      if (error.code !== 'PASSPHRASE') throw error;
      const answer = await ask(path, passphrase === undefined ? null : error.message);
      if (answer === null) return null;
      passphrase = answer;
    }
  }
}
