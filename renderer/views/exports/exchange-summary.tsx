// What an exchange brings in or wrote, and what it cannot carry (the data-loss list).
import type { ExchangeCounts, LeftOutItem, PreviewSource } from '../../../shared/model/exchange.ts';

const COUNT_LABELS: readonly [keyof ExchangeCounts, string, string][] = [
  ['sources', 'source', 'sources'],
  ['codings', 'coding', 'codings'],
  ['nodes', 'code', 'codes'],
  ['cases', 'case', 'cases'],
  ['attributes', 'attribute', 'attributes'],
  ['memos', 'memo', 'memos'],
  ['coders', 'coder', 'coders'],
  ['diagrams', 'diagram', 'diagrams'],
  ['references', 'media or PDF reference', 'media or PDF references'],
];

// "14 sources, 252 codings, ..." (kinds with none left out).
export function countsText(counts: ExchangeCounts): string {
  const parts = COUNT_LABELS.filter(([k]) => counts[k] > 0).map(([k, one, many]) => `${counts[k]} ${counts[k] === 1 ? one : many}`);
  return parts.length > 0 ? parts.join(', ') : 'nothing';
}

export interface ExchangeSummaryProps {
  counts: ExchangeCounts;
  countsTitle: string;
  leftOut: readonly LeftOutItem[];
  leftOutTitle: string;
  notes?: readonly string[];
  sources?: readonly PreviewSource[];
}

const STATUS: Record<PreviewSource['status'], string> = { text: 'text, codable', reference: 'kept as a reference', missing: 'not imported: text missing' };

// Lists counts, what does not come through (with reasons and examples), notes and sources.
export function ExchangeSummary({ counts, countsTitle, leftOut, leftOutTitle, notes = [], sources }: ExchangeSummaryProps) {
  return (
    <div className="exchange-summary">
      <h3>{countsTitle}</h3>
      <ul className="exchange-counts" aria-label={countsTitle}>
        {COUNT_LABELS.filter(([k]) => counts[k] > 0).map(([k, one, many]) => (
          <li key={k}>
            <strong>{counts[k]}</strong> {counts[k] === 1 ? one : many}
          </li>
        ))}
      </ul>
      <h3>{leftOutTitle}</h3>
      {leftOut.length === 0 ? (
        <p className="muted">Nothing is left out.</p>
      ) : (
        <ul className="exchange-left-out" aria-label={leftOutTitle}>
          {leftOut.map((item) => (
            <li key={item.what}>
              <strong>
                {item.count} × {item.what}
              </strong>
              : {item.reason}
              {item.examples.length > 0 ? <span className="exchange-examples"> For example: {item.examples.join('; ')}.</span> : null}
            </li>
          ))}
        </ul>
      )}
      {notes.length > 0 ? (
        <>
          <h3>Good to know</h3>
          <ul className="exchange-notes">
            {notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </>
      ) : null}
      {sources && sources.length > 0 ? (
        <details className="exchange-sources">
          <summary>Every source in the file ({sources.length})</summary>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Source</th>
                <th scope="col">Kind</th>
                <th scope="col">Comes in as</th>
                <th scope="col" className="num">
                  Codings
                </th>
                <th scope="col">Positions</th>
              </tr>
            </thead>
            <tbody>
              {sources.map((s, i) => (
                <tr key={`${s.name}-${i}`}>
                  <th scope="row">{s.name}</th>
                  <td>{s.type}</td>
                  <td>{STATUS[s.status]}</td>
                  <td className="num">{s.codings}</td>
                  <td>{s.positions ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ) : null}
    </div>
  );
}
