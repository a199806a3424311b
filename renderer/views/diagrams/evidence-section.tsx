// The evidence behind a component or tension: each linked coding's quote with its
// attribution, source and node, a way to open it in its source, to unlink it, and to
// link more codings through the picker.
import { useState } from 'react';
import type { ActivityComponent } from '../../../shared/model/activity-components.ts';
import type { EvidenceTarget } from '../../../shared/model/diagrams.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import { openSource } from '../coding/open-source.ts';
import type { DiagramActions } from './diagram-actions.ts';
import { EvidencePicker } from './evidence-picker.tsx';

export interface EvidenceSectionProps {
  target: EvidenceTarget;
  id: number;
  // what the evidence is for ("Community", "the tension Who owns the hour?")
  subject: string;
  // components whose nodes the picker offers first
  kinds: ActivityComponent[];
  readOnly: boolean;
  actions: DiagramActions;
}

const QUOTE_LIMIT = 600;

// Lists and edits the evidence of one component or tension.
export function EvidenceSection({ target, id, subject, kinds, readOnly, actions }: EvidenceSectionProps) {
  const evidence = useApiQuery('diagrams.evidence', { target, id });
  const [picking, setPicking] = useState(false);
  const items = evidence.data?.items ?? [];
  const missing = evidence.data?.missing ?? 0;
  return (
    <section className="diagrams-evidence" aria-label={`Evidence for ${subject}`}>
      <h3>Evidence</h3>
      <ErrorMessage error={evidence.error} />
      {evidence.data && items.length === 0 ? <p className="muted">No codings back {subject} yet.</p> : null}
      <ul className="diagrams-evidence-list">
        {items.map((item) => (
          <li key={item.codingId} className="diagrams-evidence-item">
            <blockquote className="diagrams-quote">
              {item.text.length > QUOTE_LIMIT ? `${item.text.slice(0, QUOTE_LIMIT)}…` : item.text}
            </blockquote>
            <p className="diagrams-attribution">
              <span className="diagrams-attribution-case">{item.attribution}</span>
              <span className="muted"> · {item.sourceName} · {item.nodePath}</span>
            </p>
            <div className="button-row">
              <button type="button" className="small" onClick={() => openSource(item.sourceId, { start: item.start, end: item.end })} title="Open the source at this passage">
                Show in source
              </button>
              {readOnly ? null : (
                <button type="button" className="small" onClick={() => void actions.run('diagrams.removeEvidence', { target, id, codingIds: [item.codingId] })} aria-label={`Unlink the quote ${item.attribution} ${item.text.slice(0, 40)}`}>
                  Unlink
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
      {missing > 0 ? (
        <p className="diagrams-missing">
          {missing === 1 ? 'One linked coding was removed since.' : `${missing} linked codings were removed since.`} Undoing the removal brings {missing === 1 ? 'it' : 'them'} back.
          {readOnly ? null : (
            <button type="button" className="link-button" onClick={() => void actions.run('diagrams.forgetMissingEvidence', { target, id })}>
              Forget {missing === 1 ? 'it' : 'them'}
            </button>
          )}
        </p>
      ) : null}
      {readOnly ? null : (
        <button type="button" onClick={() => setPicking(true)}>
          Link evidence…
        </button>
      )}
      {picking ? (
        <EvidencePicker
          subject={subject}
          kinds={kinds}
          linked={new Set(items.map((i) => i.codingId))}
          onLink={async (codingIds) => {
            const result = await actions.run('diagrams.addEvidence', { target, id, codingIds });
            if (result) evidence.reload();
            return result !== undefined;
          }}
          onClose={() => setPicking(false)}
        />
      ) : null}
    </section>
  );
}
