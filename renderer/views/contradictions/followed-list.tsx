// The contradictions followed across phases: each with its phases in order, the status in
// each, and its evidence by round; renamed and memoed in place.
import { useState } from 'react';
import { CONTRADICTION_STATUS_NAMES } from '../../../shared/model/contradictions.ts';
import type { ContradictionRecord } from '../../../shared/model/contradictions.ts';
import { useResetOnChange } from '../../hooks/use-reset-on-change.ts';
import type { ContradictionActions } from './contradiction-actions.ts';

function Followed({ c, readOnly, actions }: { c: ContradictionRecord; readOnly: boolean; actions: ContradictionActions }) {
  const [memo, setMemo] = useState(c.memo);
  useResetOnChange(c.memo, () => setMemo(c.memo));
  return (
    <li className="contradictions-followed">
      <h3>{c.name}</h3>
      <ol className="contradictions-phases" aria-label={`Phases of ${c.name}`}>
        {c.phases.map((p) => (
          <li key={p.tensionId}>
            <span className={`contradictions-status contradictions-status-${p.status}`}>{CONTRADICTION_STATUS_NAMES[p.status]}</span> <strong>{p.phase || p.diagramTitle}</strong>
            <span className="muted">
              {' '}
              · {p.label || '(no label)'} · {p.evidenceCount} {p.evidenceCount === 1 ? 'quote' : 'quotes'}
            </span>
          </li>
        ))}
      </ol>
      <p className="contradictions-counts">
        <span className="muted">Evidence by round</span>
        {c.evidenceByRound.map((r) => (
          <span key={r.value} className="contradictions-chip">
            {r.value} <strong>{r.count}</strong>
          </span>
        ))}
      </p>
      <label className="field">
        <span className="field-label">Memo</span>
        <textarea
          rows={2}
          value={memo}
          readOnly={readOnly}
          onChange={(e) => setMemo(e.target.value)}
          onBlur={() => {
            if (memo !== c.memo) void actions.run('contradictions.update', { id: c.id, memo });
          }}
        />
      </label>
    </li>
  );
}

// The list (or what to do to start one).
export function FollowedList({ contradictions, readOnly, actions }: { contradictions: ContradictionRecord[]; readOnly: boolean; actions: ContradictionActions }) {
  return (
    <section className="contradictions-side-section" aria-labelledby="contradictions-followed-heading">
      <h2 id="contradictions-followed-heading">Followed across phases</h2>
      {contradictions.length === 0 ? <p className="muted">None yet. Use “Follow in another phase…” on a tension to link it with the same contradiction in a later diagram.</p> : null}
      <ul className="contradictions-followed-list">
        {contradictions.map((c) => (
          <Followed key={c.id} c={c} readOnly={readOnly} actions={actions} />
        ))}
      </ul>
    </section>
  );
}
