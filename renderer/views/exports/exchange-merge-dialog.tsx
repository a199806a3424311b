// Merging a codebook (.qdc, or the codebook of a .qdpx) into the open project: see what it
// adds and what it leaves alone, then merge as one action that Undo takes back.
import { useState } from 'react';
import type { QdcPreview } from '../../../shared/model/exchange.ts';
import { announceChange, call } from '../../api.ts';
import type { ApiCallError } from '../../api-call-error.ts';
import { toApiCallError } from '../../api-call-error.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { Modal } from '../../components/modal.tsx';
import type { Notice } from '../frame/notice-bar.tsx';
import { ExchangeFileField, incomingOf } from './exchange-file-field.tsx';
import type { ChosenFile } from './exchange-file-field.tsx';

export interface ExchangeMergeDialogProps {
  notify(notice: Notice): void;
  onClose(): void;
}

interface MergePreviewProps {
  preview: QdcPreview;
  busy: boolean;
  onMerge(): void;
  onClose(): void;
}

// What the codebook would add, what it cannot bring in, and the button that merges it.
function MergePreview({ preview, busy, onMerge, onClose }: MergePreviewProps) {
  return (
    <>
      <p>
        {preview.fileName}
        {preview.origin ? ` (written by ${preview.origin})` : ''} holds {preview.codes} codes: <strong>{preview.newCodes} new</strong>, {preview.matchedCodes} already in this project.
      </p>
      {preview.leftOut.length > 0 ? (
        <ul className="exchange-left-out" aria-label="What cannot come in">
          {preview.leftOut.map((item) => (
            <li key={item.what}>
              <strong>
                {item.count} × {item.what}
              </strong>
              : {item.reason}
              {item.examples.length > 0 ? ` For example: ${item.examples.join('; ')}.` : ''}
            </li>
          ))}
        </ul>
      ) : null}
      {preview.notes.map((n) => (
        <p key={n} className="muted">
          {n}
        </p>
      ))}
      <div className="dialog-buttons">
        <button type="button" onClick={onClose} disabled={busy}>
          Cancel
        </button>
        <button type="button" className="primary" onClick={onMerge} disabled={busy || preview.newCodes === 0}>
          {preview.newCodes === 0 ? 'Nothing to add' : `Add ${preview.newCodes} codes`}
        </button>
      </div>
    </>
  );
}

// Choose a codebook, preview the merge, merge.
export function ExchangeMergeDialog({ notify, onClose }: ExchangeMergeDialogProps) {
  const [chosen, setChosen] = useState<ChosenFile | null>(null);
  const [preview, setPreview] = useState<QdcPreview | null>(null);
  const [error, setError] = useState<ApiCallError | null>(null);
  const [busy, setBusy] = useState(false);

  async function run<T>(fn: () => Promise<T>): Promise<T | null> {
    setBusy(true);
    setError(null);
    try {
      return await fn();
    } catch (e) {
      setError(toApiCallError(e));
      return null;
    } finally {
      setBusy(false);
    }
  }

  async function showPreview() {
    if (!chosen) {
      setError(toApiCallError(new Error('Choose a .qdc codebook first (or give its full path).')));
      return;
    }
    const result = await run(async () => call('exchange.previewQdc', await incomingOf(chosen)));
    if (result) setPreview(result);
  }

  async function merge() {
    if (!chosen) return;
    const report = await run(async () => call('exchange.mergeQdc', await incomingOf(chosen)));
    if (!report) return;
    announceChange('codebook merged');
    notify({
      kind: 'info',
      text: report.newCodes === 0 ? `${report.fileName}: every code is already in the project; nothing was added.` : `Merged ${report.fileName}: ${report.newCodes} codes added, ${report.matchedCodes} already there. Undo takes the merge back.`,
    });
    onClose();
  }

  return (
    <Modal title="Merge a codebook into this project" onClose={onClose} wide>
      <ErrorMessage error={error} />
      {preview === null ? (
        <>
          <p>Adds the codes of a REFI-QDA codebook (.qdc, or the codebook inside a .qdpx) to this project. Codes the project already has (same code, or same name under the same parent) are left as they are.</p>
          <ExchangeFileField label="The codebook file" accept=".qdc,.qdpx,.xml" disabled={busy} onChange={setChosen} />
          <div className="dialog-buttons">
            <button type="button" onClick={onClose} disabled={busy}>
              Cancel
            </button>
            <button type="button" className="primary" onClick={() => void showPreview()} disabled={busy}>
              {busy ? 'Reading…' : 'Show what it adds'}
            </button>
          </div>
        </>
      ) : (
        <MergePreview preview={preview} busy={busy} onMerge={() => void merge()} onClose={onClose} />
      )}
    </Modal>
  );
}
