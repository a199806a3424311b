// The occurrences marked "not a name" (each can be treated as a name again) and the
// register's log of changes.
import type { OverrideRecord } from '../../../shared/model/anonymise.ts';
import type { RegisterState } from '../../../shared/api/anonymise.ts';
import { formatDateTime } from '../../format.ts';

export interface RegisterOverridesProps {
  // null while the register loads
  state: RegisterState | null;
  readOnly: boolean;
  onUnmark(override: OverrideRecord): void;
}

// The "not a name" decisions and the register log.
export function RegisterOverrides({ state, readOnly, onUnmark }: RegisterOverridesProps) {
  return (
    <section className="anon-section" aria-labelledby="anon-overrides-heading">
      <h2 id="anon-overrides-heading">Occurrences marked as not a name</h2>
      {state && state.overrides.length === 0 ? <p className="muted">None. Mark an occurrence in an export preview when a register word is not a name there.</p> : null}
      <ul className="anon-list">
        {state?.overrides.map((o) => (
          <li key={o.id}>
            “{o.matchedText}” is not {o.ruleText} in {o.location} “{o.locationName}”{o.stale ? ' (the text there has changed; this decision no longer applies)' : ''}
            <div className="anon-context">{o.context}</div>
            {o.note ? <div className="anon-context">Note: {o.note}</div> : null}
            <button type="button" className="small" disabled={readOnly} onClick={() => onUnmark(o)}>
              Treat as a name again
            </button>
          </li>
        ))}
      </ul>
      <details>
        <summary>Register log ({state?.log.length ?? 0})</summary>
        <ul className="anon-list" aria-label="Register log">
          {state?.log.map((l) => (
            <li key={l.id}>
              <span className="muted">{formatDateTime(l.createdAt)}</span> {l.detail}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
