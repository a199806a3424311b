// The steps of importing a .qdpx into a new project, as the dialog shows them: what will
// come in (with the new project's path), and what came in.
import type { QdpxImportReport, QdpxPreview } from '../../../shared/model/exchange.ts';
import { ExchangeSummary } from './exchange-summary.tsx';

export interface ImportPreviewStepProps {
  preview: QdpxPreview;
  target: string;
  onTarget(path: string): void;
  // why the path cannot be used, or null
  problem: string | null;
  working: boolean;
  onImport(): void;
  onClose(): void;
}

// What the file would bring in, the new project's file, and Import.
export function ImportPreviewStep({ preview, target, onTarget, problem, working, onImport, onClose }: ImportPreviewStepProps) {
  return (
    <>
      <p>
        <strong>{preview.projectName}</strong>
        {preview.origin ? `, written by ${preview.origin}` : ''}. Nothing has been written yet.
      </p>
      <ExchangeSummary counts={preview.comingIn} countsTitle="What will come in" leftOut={preview.leftOut} leftOutTitle="What cannot come in" notes={preview.notes} sources={preview.sources} />
      <label className="field">
        <span className="field-label">New project file (full path ending in .alens)</span>
        <input type="text" value={target} spellCheck={false} onChange={(e) => onTarget(e.target.value)} aria-invalid={problem ? true : undefined} />
        {problem ? (
          <span className="field-error" role="alert">
            {problem}
          </span>
        ) : null}
      </label>
      <div className="dialog-buttons">
        <button type="button" onClick={onClose} disabled={working}>
          Cancel
        </button>
        <button type="button" className="primary" onClick={onImport} disabled={working}>
          {working ? 'Importing…' : 'Import into new project'}
        </button>
      </div>
    </>
  );
}

export interface ImportDoneStepProps {
  report: QdpxImportReport;
  onOpen(): void;
  onClose(): void;
}

// What was imported, and the button that opens the new project.
export function ImportDoneStep({ report, onOpen, onClose }: ImportDoneStepProps) {
  return (
    <div role="status" className="exchange-done">
      <p>Imported into {report.projectPath}.</p>
      <ExchangeSummary counts={report.comingIn} countsTitle="Imported" leftOut={report.leftOut} leftOutTitle="Not imported" notes={report.notes} sources={report.sources} />
      <div className="dialog-buttons">
        <button type="button" onClick={onClose}>
          Close
        </button>
        <button type="button" className="primary" onClick={onOpen}>
          Open the new project
        </button>
      </div>
    </div>
  );
}
