// The anonymisation register: every real name or identifier and what replaces it in
// output; adding, editing and removing entries (undoable); filling it from cases and
// organisations; "not a name" decisions with their log; suggestions; the key file.
import { useState } from 'react';
import type { RegisterRule } from '../../../shared/model/anonymise.ts';
import { call } from '../../api.ts';
import { toApiCallError } from '../../api-call-error.ts';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { ErrorMessage } from '../../components/error-message.tsx';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import type { Notice } from '../frame/notice-bar.tsx';
import { AnonymisedToggle } from './anonymised-toggle.tsx';
import { KeyFileForm } from './key-file-form.tsx';
import { RegisterTable, RegisterWarnings } from './register-entries.tsx';
import { RegisterOverrides } from './register-overrides.tsx';
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
        {data ? <RegisterWarnings state={data} readOnly={readOnly} onFill={() => void run(() => call('register.fill', {}), 'Added the missing cases and organisations to the register.')} /> : null}
        {data ? <RegisterTable rules={data.rules} readOnly={readOnly} onEdit={setEditing} onRemove={setRemoving} /> : <p className="muted">Loading the register…</p>}
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

      <RegisterOverrides state={data ?? null} readOnly={readOnly} onUnmark={(o) => void run(() => call('register.unmarkNotName', { id: o.id }), `“${o.matchedText}” is treated as a name again.`)} />

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
