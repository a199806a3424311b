// The anonymisation register: every real name or identifier and what replaces it in
// output; adding, editing and removing entries (undoable); filling it from cases and
// organisations; "not a name" decisions with their log; suggestions; the key file.
import { useState } from 'react';
import type { RegisterRule } from '../../../shared/model/anonymise.ts';
import { call } from '../../api.ts';
import { toApiCallError } from '../../api-call-error.ts';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { ErrorMessage } from '../../components/error-message.tsx';
import { formatDateTime } from '../../format.ts';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import type { Notice } from '../frame/notice-bar.tsx';
import { AnonymisedToggle } from './anonymised-toggle.tsx';
import { KeyFileForm } from './key-file-form.tsx';
import { draftInput, EditRuleDialog, emptyDraft, RuleFields } from './rule-form.tsx';
import { SuggestionsSection } from './suggestions-section.tsx';
import './anonymise.css';

export interface RegisterPanelProps {
  readOnly: boolean;
  defaultFolder: string;
  notify(notice: Notice): void;
}

// Shows and edits the register of the open project.
export function RegisterPanel({ readOnly, defaultFolder, notify }: RegisterPanelProps) {
  const state = useApiQuery('register.list', {});
  const [draft, setDraft] = useState(emptyDraft());
  const [editing, setEditing] = useState<RegisterRule | null>(null);
  const [removing, setRemoving] = useState<RegisterRule | null>(null);
  const [error, setError] = useState<string | null>(null);
  const data = state.data;

  async function run(action: () => Promise<unknown>, done: string) {
    setError(null);
    try {
      await action();
      state.reload();
      notify({ kind: 'info', text: done });
    } catch (e) {
      setError(toApiCallError(e).message);
    }
  }

  return (
    <div className="anon-panel">
      <section className="anon-section" aria-labelledby="anon-register-heading">
        <h2 id="anon-register-heading">Anonymisation register</h2>
        <p className="muted">
          Real names stay in the project; every export replaces them with the text in square brackets, and is checked for any that remain before it is written.
        </p>
        <AnonymisedToggle />
        <ErrorMessage error={state.error} />
        <ErrorMessage error={error} onDismiss={() => setError(null)} />
        {data && data.missing.cases + data.missing.organisations > 0 ? (
          <div className="anon-warning">
            {data.missing.cases} case{data.missing.cases === 1 ? '' : 's'} and {data.missing.organisations} organisation{data.missing.organisations === 1 ? '' : 's'} are not in the register yet (exports check their names anyway).{' '}
            <button type="button" disabled={readOnly} onClick={() => void run(() => call('register.fill', {}), 'Added the missing cases and organisations to the register.')}>
              Add them to the register
            </button>
          </div>
        ) : null}
        {data && data.singleCaseLabels.length > 0 ? (
          <details className="anon-warning">
            <summary>
              {data.singleCaseLabels.length} attribution label{data.singleCaseLabels.length === 1 ? '' : 's'} identif{data.singleCaseLabels.length === 1 ? 'ies' : 'y'} one person
            </summary>
            <p>Only one case carries each of these labels, so a quote attributed to it points at one person. Consider a broader label or a pseudonym.</p>
            <ul>
              {data.singleCaseLabels.map((w) => (
                <li key={w.caseId}>{w.label}</li>
              ))}
            </ul>
          </details>
        ) : null}
        {data ? (
          <table className="anon-table" aria-label="Register entries">
            <thead>
              <tr>
                <th scope="col">Real name or identifier</th>
                <th scope="col">Kind</th>
                <th scope="col">Replacement</th>
                <th scope="col">Pseudonym</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data.rules.map((r) => (
                <tr key={r.id}>
                  <th scope="row">
                    {r.realText}
                    {r.caseSensitive ? <span className="muted"> (as written)</span> : null}
                    <div className="anon-variants">{r.allVariants.filter((v) => v.form !== 'full').map((v) => v.text).join(', ')}</div>
                  </th>
                  <td>{r.kind}</td>
                  <td className="anon-replacement">[{r.replacement}]</td>
                  <td>{r.pseudonym}</td>
                  <td className="anon-actions">
                    <button type="button" className="small" disabled={readOnly} onClick={() => setEditing(r)} aria-label={`Edit ${r.realText}`}>
                      Edit
                    </button>
                    <button type="button" className="small" disabled={readOnly} onClick={() => setRemoving(r)} aria-label={`Remove ${r.realText}`}>
                      Remove
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="muted">Loading the register…</p>
        )}
        <h3>Add a name, organisation, place or other identifier</h3>
        <RuleFields draft={draft} onChange={setDraft} linkedToCase={false} />
        <button
          type="button"
          className="primary"
          disabled={readOnly || !draft.realText.trim()}
          onClick={() =>
            void run(async () => {
              await call('register.add', draftInput(draft));
              setDraft(emptyDraft(draft.kind));
            }, `Added "${draft.realText.trim()}" to the register.`)
          }
        >
          Add to register
        </button>
      </section>

      <SuggestionsSection readOnly={readOnly} onChanged={state.reload} notify={notify} />

      <section className="anon-section" aria-labelledby="anon-overrides-heading">
        <h2 id="anon-overrides-heading">Occurrences marked as not a name</h2>
        {data && data.overrides.length === 0 ? <p className="muted">None. Mark an occurrence in an export preview when a register word is not a name there.</p> : null}
        <ul className="anon-list">
          {data?.overrides.map((o) => (
            <li key={o.id}>
              “{o.matchedText}” is not {o.ruleText} in {o.location} “{o.locationName}”{o.stale ? ' (the text there has changed; this decision no longer applies)' : ''}
              <div className="anon-context">{o.context}</div>
              {o.note ? <div className="anon-context">Note: {o.note}</div> : null}
              <button type="button" className="small" disabled={readOnly} onClick={() => void run(() => call('register.unmarkNotName', { id: o.id }), `“${o.matchedText}” is treated as a name again.`)}>
                Treat as a name again
              </button>
            </li>
          ))}
        </ul>
        <details>
          <summary>Register log ({data?.log.length ?? 0})</summary>
          <ul className="anon-list" aria-label="Register log">
            {data?.log.map((l) => (
              <li key={l.id}>
                <span className="muted">{formatDateTime(l.createdAt)}</span> {l.detail}
              </li>
            ))}
          </ul>
        </details>
      </section>

      <KeyFileForm defaultFolder={defaultFolder} notify={notify} />

      {editing ? <EditRuleDialog rule={editing} onClose={() => setEditing(null)} onSaved={state.reload} /> : null}
      {removing ? (
        <ConfirmDialog
          title="Remove register entry"
          message={`Remove "${removing.realText}" from the register? Exports will no longer replace it${removing.caseId !== null ? " (its case's real name is still checked)" : ''}. You can undo this.`}
          confirmLabel="Remove"
          onConfirm={async () => {
            await call('register.delete', { id: removing.id });
            state.reload();
          }}
          onClose={() => setRemoving(null)}
        />
      ) : null}
    </div>
  );
}
