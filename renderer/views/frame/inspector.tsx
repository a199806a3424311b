// The right-hand panel of the Sources screen and the coding view: details of the selected
// (or opened) source, read again whenever the project changes, so its counts are current.
import type { SourceSummary } from '../../../shared/model/entities.ts';
import { formatDate, formatNumber } from '../../format.ts';
import { useApiQuery } from '../../hooks/use-api-query.ts';

export interface InspectorProps {
  sourceId: number | null;
  open: boolean;
  onToggle(): void;
}

const PANEL_ID = 'inspector-panel';

// Shows the selected source's attributes; collapses to a narrow strip.
export function Inspector({ sourceId, open, onToggle }: InspectorProps) {
  return (
    <aside className={open ? 'inspector' : 'inspector inspector-collapsed'} aria-label="Inspector">
      <div className="inspector-header">
        {open ? <h2 className="inspector-title">Details</h2> : null}
        <button type="button" className="small" aria-expanded={open} aria-controls={PANEL_ID} onClick={onToggle} title={open ? 'Hide the details panel' : 'Show the details panel'}>
          {open ? 'Hide' : 'Details'}
        </button>
      </div>
      <div id={PANEL_ID} hidden={!open} className="inspector-body">
        {open && sourceId !== null ? <CurrentSourceDetails id={sourceId} /> : null}
        {sourceId === null ? <p className="muted">Select a source to see its details.</p> : null}
      </div>
    </aside>
  );
}

// The source's summary as it is now (or why it cannot be shown).
function CurrentSourceDetails({ id }: { id: number }) {
  const summary = useApiQuery('sources.summary', { id });
  if (summary.error) return <p className="muted">{summary.error.message}</p>;
  return summary.data ? <SourceDetails source={summary.data} /> : null;
}

function SourceDetails({ source }: { source: SourceSummary }) {
  const rows: [string, string][] = [
    ['Kind', source.kind],
    ['Round', source.round === null ? '—' : String(source.round)],
    ['Mode', source.mode ?? '—'],
    ['Interview date', source.interviewDate ? formatDate(source.interviewDate) : '—'],
    ['Words', formatNumber(source.words)],
    ['Codings', formatNumber(source.codingCount)],
    ['Cases', source.caseNames.length ? source.caseNames.join(', ') : '—'],
    ['Imported from', source.originFileName ?? source.originFormat],
  ];
  return (
    <section aria-label={`Source ${source.name}`}>
      <h3 className="inspector-name">{source.name}</h3>
      <dl className="details">
        {rows.map(([term, value]) => (
          <div key={term} className="details-row">
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
