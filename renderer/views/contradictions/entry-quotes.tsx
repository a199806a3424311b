// The quotes behind one tension, each with its attribution and a jump to it in the coding view.
import { ErrorMessage } from '../../components/error-message.tsx';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import { openSource } from '../coding/open-source.ts';

const QUOTE_LIMIT = 400;

// Lists a tension's evidence (loaded when shown).
export function EntryQuotes({ tensionId }: { tensionId: number }) {
  const evidence = useApiQuery('diagrams.evidence', { target: 'tension', id: tensionId });
  const items = evidence.data?.items ?? [];
  return (
    <div className="contradictions-quotes">
      <ErrorMessage error={evidence.error} />
      {evidence.data && items.length === 0 ? <p className="muted">No coded extract backs this tension yet: link evidence on the Diagrams screen.</p> : null}
      <ul aria-label="Quotes">
        {items.map((item) => (
          <li key={item.codingId}>
            <blockquote className="contradictions-quote">{item.text.length > QUOTE_LIMIT ? `${item.text.slice(0, QUOTE_LIMIT)}…` : item.text}</blockquote>
            <p className="contradictions-attribution">
              <span>{item.attribution}</span>
              <span className="muted"> · {item.nodePath}</span>
              <button type="button" className="link-button" onClick={() => openSource(item.sourceId, { start: item.start, end: item.end })} title={`Open ${item.sourceName} at this passage`}>
                Show in source
              </button>
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
