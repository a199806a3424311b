// Edits the project's stop-word list (one word per line); saving is one undoable action.
import { useEffect, useState } from 'react';
import { announceChange, call } from '../../api.ts';
import { toApiCallError } from '../../api-call-error.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { Modal } from '../../components/modal.tsx';
import { useDialogAction } from '../../components/use-dialog-action.ts';

// The "Stop words" dialog.
export function StopWordsDialog({ readOnly, onClose }: { readOnly: boolean; onClose(): void }) {
  const [text, setText] = useState<string | null>(null);
  const [isDefault, setIsDefault] = useState(true);
  const { busy, error, run, showError } = useDialogAction(onClose);
  useEffect(() => {
    call('stopWords.get', {}).then(
      (r) => {
        setText(r.words.join('\n'));
        setIsDefault(r.isDefault);
      },
      (e: unknown) => showError(toApiCallError(e)),
    );
  }, [showError]);
  async function save(words: string[] | null) {
    await run(async () => {
      await call('stopWords.set', { words });
      announceChange('stop-words');
    });
  }
  return (
    <Modal title="Stop words" onClose={onClose}>
      <p className="muted">{isDefault ? 'The default English list.' : 'This project’s own list.'} Word use leaves these words out. One word per line.</p>
      {text === null ? <p className="muted">Loading…</p> : <textarea className="queries-stopwords" aria-label="Stop words, one per line" rows={14} value={text} readOnly={readOnly} onChange={(e) => setText(e.target.value)} />}
      <ErrorMessage error={error} />
      <div className="dialog-buttons">
        <button type="button" onClick={onClose} disabled={busy}>
          Cancel
        </button>
        <button type="button" onClick={() => void save(null)} disabled={busy || readOnly || isDefault}>
          Restore the default list
        </button>
        <button type="button" className="primary" onClick={() => void save((text ?? '').split(/\r?\n/))} disabled={busy || readOnly || text === null}>
          Save
        </button>
      </div>
    </Modal>
  );
}
