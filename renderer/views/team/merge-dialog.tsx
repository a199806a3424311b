// Merging another coder's work: choose their .alens or .qdpx, see what comes in (what is
// matched how, conflicts, what cannot be placed) before anything is written, then merge as
// one action that Undo takes back.
import { useState } from 'react';
import type { MergePreview } from '../../../shared/model/team.ts';
import { call } from '../../api.ts';
import { toApiCallError } from '../../api-call-error.ts';
import type { ApiCallError } from '../../api-call-error.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { Modal } from '../../components/modal.tsx';
import { useDialogAction } from '../../components/use-dialog-action.ts';
import { ExchangeFileField, incomingOf } from '../exports/exchange-file-field.tsx';
import type { ChosenFile } from '../exports/exchange-file-field.tsx';
import type { Notice } from '../frame/notice-bar.tsx';
import { MergePreviewView } from './merge-preview.tsx';

export interface MergeDialogProps {
  notify(notice: Notice): void;
  onClose(): void;
}

// The merge dialog: choose, preview, merge.
export function MergeDialog({ notify, onClose }: MergeDialogProps) {
  const [chosen, setChosen] = useState<ChosenFile | null>(null);
  const [preview, setPreview] = useState<MergePreview | null>(null);
  const [reading, setReading] = useState(false);
  const [readError, setReadError] = useState<ApiCallError | null>(null);
  const action = useDialogAction(onClose);
  const busy = reading || action.busy;

  // Reads the chosen file and shows what would come in (the dialog stays open).
  async function showPreview() {
    if (!chosen) return;
    setReading(true);
    setReadError(null);
    try {
      setPreview(await call('team.previewMerge', await incomingOf(chosen)));
    } catch (e) {
      setReadError(toApiCallError(e));
    } finally {
      setReading(false);
    }
  }
  const merge = () =>
    action.run(async () => {
      if (!chosen) return;
      const report = await call('team.merge', await incomingOf(chosen));
      notify({
        kind: 'info',
        text: report.mergeId === null ? `${report.fileName} was merged before: nothing changed.` : `Merged ${report.fileName}: ${report.added.codings} codings came in${report.unplaced.length > 0 ? `, ${report.unplaced.length} could not be placed (listed in the logbook)` : ''}. Undo takes the merge back.`,
      });
    });

  return (
    <Modal title="Merge a coder’s file" onClose={onClose} wide>
      <div className="team-merge">
        {preview === null ? (
          <>
            <p className="muted">Another coder’s copy of this project (.alens, such as a coding package they coded), or a REFI-QDA project (.qdpx) from another program. Sources are matched by their identity, then their text, then their name; codes by identity, then path. Nothing is written until you merge.</p>
            <ExchangeFileField
              label="The coder’s file"
              accept=".alens,.qdpx"
              disabled={busy}
              onChange={(c) => {
                setChosen(c);
                setPreview(null);
              }}
            />
          </>
        ) : (
          <MergePreviewView preview={preview} />
        )}
        <ErrorMessage error={readError ?? action.error} />
        <div className="dialog-buttons">
          <button type="button" onClick={onClose} disabled={busy}>
            Cancel
          </button>
          {preview === null ? (
            <button type="button" className="primary" disabled={busy || chosen === null} onClick={() => void showPreview()}>
              {reading ? 'Reading…' : 'Show what comes in'}
            </button>
          ) : (
            <>
              <button type="button" disabled={busy} onClick={() => setPreview(null)}>
                Back
              </button>
              <button type="button" className="primary" disabled={busy || preview.mergedBefore !== null} onClick={() => void merge()}>
                {action.busy ? 'Merging…' : 'Merge'}
              </button>
            </>
          )}
        </div>
      </div>
    </Modal>
  );
}
