// The fields of a register entry, for adding one or editing one in a dialog.
import { useState } from 'react';
import { RULE_KINDS } from '../../../shared/model/anonymise.ts';
import type { RegisterRule, RuleKind } from '../../../shared/model/anonymise.ts';
import { call } from '../../api.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { Modal } from '../../components/modal.tsx';
import { useDialogAction } from '../../components/use-dialog-action.ts';

export interface RuleDraft {
  kind: RuleKind;
  realText: string;
  replacement: string;
  variants: string;
  caseSensitive: boolean | null;
  autoVariants: boolean;
  pseudonym: string;
}

// An empty draft (case-sensitivity left to the app's default for ordinary words).
export function emptyDraft(kind: RuleKind = 'person', realText = ''): RuleDraft {
  return { kind, realText, replacement: '', variants: '', caseSensitive: null, autoVariants: true, pseudonym: '' };
}

function draftOf(rule: RegisterRule): RuleDraft {
  return {
    kind: rule.kind,
    realText: rule.realText,
    replacement: rule.storedReplacement,
    variants: rule.variants.join('; '),
    caseSensitive: rule.caseSensitive,
    autoVariants: rule.autoVariants,
    pseudonym: rule.pseudonym,
  };
}

function variantList(text: string): string[] {
  return text
    .split(/[;\n]/)
    .map((v) => v.trim())
    .filter(Boolean);
}

// The inputs of a draft.
export function RuleFields({ draft, onChange, linkedToCase }: { draft: RuleDraft; onChange(d: RuleDraft): void; linkedToCase: boolean }) {
  return (
    <div className="anon-form">
      <label className="field">
        <span className="field-label">Kind</span>
        <select value={draft.kind} onChange={(e) => onChange({ ...draft, kind: e.target.value as RuleKind })} disabled={linkedToCase}>
          {RULE_KINDS.map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field-label">Real name or identifier</span>
        <input type="text" value={draft.realText} onChange={(e) => onChange({ ...draft, realText: e.target.value })} />
      </label>
      <label className="field">
        <span className="field-label">Replacement</span>
        <input type="text" value={draft.replacement} placeholder={linkedToCase ? "the case's label" : 'e.g. mentor'} onChange={(e) => onChange({ ...draft, replacement: e.target.value })} />
      </label>
      <label className="field">
        <span className="field-label">Other spellings (separate with ;)</span>
        <input type="text" value={draft.variants} placeholder="misspellings, nicknames" onChange={(e) => onChange({ ...draft, variants: e.target.value })} />
      </label>
      {draft.kind === 'person' ? (
        <label className="field">
          <span className="field-label">Pseudonym (for case studies)</span>
          <input type="text" value={draft.pseudonym} onChange={(e) => onChange({ ...draft, pseudonym: e.target.value })} />
        </label>
      ) : null}
      <div>
        <label className="checkbox">
          <input type="checkbox" checked={draft.caseSensitive === true} onChange={(e) => onChange({ ...draft, caseSensitive: e.target.checked })} />
          Match only as written (for names that are ordinary words: Will, Grace, Hope)
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={draft.autoVariants} onChange={(e) => onChange({ ...draft, autoVariants: e.target.checked })} />
          Also match first name, surname, initials and short forms
        </label>
      </div>
    </div>
  );
}

// The contract input of a draft.
export function draftInput(draft: RuleDraft) {
  return {
    kind: draft.kind,
    realText: draft.realText,
    replacement: draft.replacement,
    variants: variantList(draft.variants),
    autoVariants: draft.autoVariants,
    pseudonym: draft.pseudonym,
    ...(draft.caseSensitive === null ? {} : { caseSensitive: draft.caseSensitive }),
  };
}

// A dialog that edits one register entry.
export function EditRuleDialog({ rule, onClose, onSaved }: { rule: RegisterRule; onClose(): void; onSaved(): void }) {
  const [draft, setDraft] = useState(() => draftOf(rule));
  const { busy, error, run } = useDialogAction(onClose);
  async function save() {
    await run(async () => {
      await call('register.update', { id: rule.id, ...draftInput(draft) });
      onSaved();
    });
  }
  return (
    <Modal title="Edit register entry" onClose={onClose} wide>
      <RuleFields draft={draft} onChange={setDraft} linkedToCase={rule.caseId !== null} />
      <p className="field-hint">Matched spellings: {rule.allVariants.map((v) => `${v.text}${v.caseSensitive ? ' (as written)' : ''}`).join(', ')}</p>
      <ErrorMessage error={error} />
      <div className="dialog-buttons">
        <button type="button" onClick={onClose} disabled={busy}>
          Cancel
        </button>
        <button type="button" className="primary" onClick={() => void save()} disabled={busy || !draft.realText.trim()}>
          Save
        </button>
      </div>
    </Modal>
  );
}
