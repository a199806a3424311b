// The last step of the Import dialog: what was imported, skipped as a duplicate, failed
// (with the reason; nothing of a failed file was stored) or not imported after a cancel.
import { formatCount } from '../../format.ts';
import type { ImportSummary } from './import-model.ts';

// Shows the outcome of every file.
export function ImportSummaryView({ summary }: { summary: ImportSummary }) {
  const { imported, duplicates, failed, cancelled } = summary;
  return (
    <div className="import-step">
      <h3 className="import-step-title">Import finished</h3>
      <p role="status" className="import-summary-line">
        {formatCount(imported.length, 'file')} imported, {formatCount(duplicates.length, 'duplicate')} skipped, {formatCount(failed.length, 'file')} failed
        {cancelled.length > 0 ? `, ${formatCount(cancelled.length, 'file')} not imported (cancelled)` : ''}.
      </p>
      {imported.length > 0 ? (
        <section aria-label="Imported">
          <h4>Imported</h4>
          <ul className="import-summary-list">
            {imported.map((i) => (
              <li key={i.source.id}>
                “{i.source.name}” <span className="muted">({i.fileName}: {formatCount(i.source.segmentCount, 'segment')}{i.newCases.length > 0 ? `; new cases ${i.newCases.join(', ')}` : ''})</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {duplicates.length > 0 ? (
        <section aria-label="Skipped as duplicates">
          <h4>Skipped as duplicates</h4>
          <ul className="import-summary-list">
            {duplicates.map((d) => (
              <li key={d.fileName}>
                {d.fileName}: the same text is already in “{d.existing}”.
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {failed.length > 0 ? (
        <div className="error-message" role="alert" aria-label="Failed">
          <p>Failed (nothing of these files was stored):</p>
          <ul>
            {failed.map((f, i) => (
              <li key={`${f.fileName}-${i}`}>{f.message.startsWith(f.fileName) ? f.message : `${f.fileName}: ${f.message}`}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {cancelled.length > 0 ? (
        <section aria-label="Not imported">
          <h4>Not imported (the import was cancelled)</h4>
          <ul className="import-summary-list">
            {cancelled.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
