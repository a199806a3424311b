// The last step of the Import dialog: what was imported and what was not, each file with
// its reason (failed, skipped as a duplicate, cancelled; nothing of these was stored). It
// stays until the researcher closes it (Close or Escape); focus goes to its heading.
import { useEffect, useRef } from 'react';
import { formatCount } from '../../format.ts';
import { isCleanImport, notImported } from './import-model.ts';
import type { ImportSummary } from './import-model.ts';

// What pressing Cancel did, in one sentence (null when it was not pressed).
function cancelNote(summary: ImportSummary, cancelRequested: boolean): string | null {
  if (!cancelRequested && summary.cancelled.length === 0) return null;
  if (summary.cancelled.length === 0) return 'Cancel came after the last file had been written, so every file was imported.';
  return summary.imported.length > 0 ? 'You cancelled the import: the files imported before it stay in the project.' : 'You cancelled the import before any file was written.';
}

// Shows the outcome of every file.
export function ImportSummaryView({ summary, cancelRequested }: { summary: ImportSummary; cancelRequested: boolean }) {
  const { imported, duplicates, failed, cancelled } = summary;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const missing = notImported(summary);
  const note = cancelNote(summary, cancelRequested);
  return (
    <div className="import-step import-summary">
      <h3 className="import-step-title" tabIndex={-1} ref={heading}>
        {cancelled.length > 0 ? 'Import cancelled' : 'Import finished'}
      </h3>
      <p role="status" className="import-summary-line">
        {formatCount(imported.length, 'file')} imported, {formatCount(duplicates.length, 'duplicate')} skipped, {formatCount(failed.length, 'file')} failed
        {cancelled.length > 0 ? `, ${formatCount(cancelled.length, 'file')} not imported (cancelled)` : ''}.{note ? ` ${note}` : ''}
      </p>
      {imported.length > 0 ? (
        <section aria-label="Imported">
          <h4>{isCleanImport(summary) ? `Imported (all ${imported.length})` : `Imported (${imported.length})`}</h4>
          <ul className="import-summary-list">
            {imported.map((i) => (
              <li key={i.source.id}>
                “{i.source.name}” <span className="muted">({i.fileName}: {formatCount(i.source.segmentCount, 'segment')}{i.newCases.length > 0 ? `; new cases ${i.newCases.join(', ')}` : ''})</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {failed.length > 0 ? (
        <p className="error-message" role="alert">
          Failed (nothing of these files was stored): {failed.map((f) => f.fileName).join(', ')}.
        </p>
      ) : null}
      {missing.length > 0 ? (
        <section aria-label="Not imported">
          <h4>Not imported ({missing.length})</h4>
          <ul className="import-summary-list">
            {missing.map((m, i) => (
              <li key={`${m.fileName}-${i}`} className={`import-not-imported import-not-imported-${m.why}`}>
                <span className="import-summary-name">{m.fileName}</span>: {m.reason}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
