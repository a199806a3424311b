// What the Import dialog shows at each step besides the files' details and speakers:
// choosing files, reading and importing with progress, and the buttons of each step.
import { useEffect, useRef } from 'react';
import type { JobView } from '../../jobs.ts';
import { progressText } from './import-model.ts';
import type { ImportPhase } from './use-import-flow.ts';

const ACCEPT = '.txt,.md,.markdown,.docx,.odt,.pdf,.vtt,.srt,text/plain,text/markdown,application/pdf';

// The first step: drop files on the window, or choose them.
export function ChooseStep({ onChosen }: { onChosen(files: File[]): void }) {
  return (
    <div className="import-step">
      <div className="import-drop-hint">
        <p>
          <strong>Drop files anywhere on the window</strong>, or choose them here.
        </p>
        <p className="muted">Word (.docx), OpenDocument (.odt), PDF, plain text (.txt, .md), Teams/Zoom captions (.vtt) and subtitles (.srt); up to 200 MB each.</p>
      </div>
      <label className="field">
        <span className="field-label">Files to import</span>
        <input type="file" multiple accept={ACCEPT} onChange={(e) => onChosen([...(e.target.files ?? [])])} />
      </label>
    </div>
  );
}

// Reading or importing: what is happening, with a progress bar.
export function ImportProgress({ phase, job }: { phase: Extract<ImportPhase, { kind: 'reading' | 'importing' }>; job: JobView | undefined }) {
  if (phase.kind === 'reading') {
    return (
      <div className="import-progress">
        <p role="status">{progressText('Reading', phase.index, phase.total, phase.fileName)}</p>
        <progress aria-label="Reading files" max={phase.total} value={phase.index} />
      </div>
    );
  }
  return (
    <div className="import-progress">
      <p role="status">{job && job.total > 0 ? job.message : `Importing ${phase.total === 1 ? '1 file' : `${phase.total} files`}…`}</p>
      <progress aria-label="Importing files" max={job?.total || phase.total} value={job?.done ?? 0} />
      {job?.cancelling ? <p className="muted">Cancelling… Files already written stay in the project; the rest are not imported.</p> : null}
    </div>
  );
}

export interface ImportButtonsProps {
  phase: ImportPhase;
  busy: boolean;
  cancelling: boolean;
  hasDrafts: boolean;
  needsSpeakers: boolean;
  onBack(): void;
  onCancel(): void;
  onClose(): void;
}

// The buttons of the current step (the form's submit button goes on to the next).
export function ImportButtons({ phase, busy, cancelling, hasDrafts, needsSpeakers, onBack, onCancel, onClose }: ImportButtonsProps) {
  const cancelButton = useRef<HTMLButtonElement>(null);
  // while reading or importing, Cancel is the one thing to press: focus goes there (not to the page)
  useEffect(() => {
    if (busy) cancelButton.current?.focus();
  }, [busy]);
  if (phase.kind === 'done') {
    return (
      <div className="dialog-buttons">
        <button type="button" className="primary" onClick={onClose}>
          Close
        </button>
      </div>
    );
  }
  return (
    <div className="dialog-buttons">
      {phase.kind === 'speakers' ? (
        <button type="button" onClick={onBack}>
          Back
        </button>
      ) : null}
      {/* aria-disabled, not disabled, so focus stays on it while the cancel goes through */}
      <button type="button" ref={cancelButton} onClick={cancelling ? undefined : onCancel} aria-disabled={cancelling || undefined}>
        {busy ? (phase.kind === 'reading' ? 'Stop reading' : cancelling ? 'Cancelling…' : 'Cancel import') : 'Cancel'}
      </button>
      {phase.kind === 'choose' ? (
        <button type="submit" className="primary">
          Read files
        </button>
      ) : null}
      {phase.kind === 'details' ? (
        <button type="submit" className="primary" disabled={!hasDrafts}>
          {needsSpeakers ? 'Next: speakers' : 'Import'}
        </button>
      ) : null}
      {phase.kind === 'speakers' ? (
        <button type="submit" className="primary">
          Import
        </button>
      ) : null}
    </div>
  );
}
