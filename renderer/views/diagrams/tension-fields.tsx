// The fields of a tension: the component it starts at, the one it runs to (none for a
// primary contradiction inside one component), its level, label and memo.
import { TENSION_LEVEL_NAMES, TENSION_LEVELS } from '../../../shared/model/diagrams.ts';
import type { ComponentOption } from './diagram-names.ts';
import { adjustDraft } from './draft-rules.ts';
import type { TensionDraft } from './draft-rules.ts';

export type { TensionDraft } from './draft-rules.ts';

export interface TensionFieldsProps {
  draft: TensionDraft;
  options: ComponentOption[];
  disabled: boolean;
  onChange(draft: TensionDraft): void;
}

// The form fields; the caller owns the draft and the buttons.
export function TensionFields({ draft, options, disabled, onChange }: TensionFieldsProps) {
  const set = (change: Partial<TensionDraft>) => onChange(adjustDraft(draft, change));
  const primary = draft.level === 'primary';
  return (
    <>
      <div className="diagrams-field-pair">
        <label className="field">
          <span className="field-label">From</span>
          <select value={draft.fromId} onChange={(e) => set({ fromId: Number(e.target.value) })} disabled={disabled}>
            {options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">To</span>
          <select value={draft.toId ?? ''} onChange={(e) => set({ toId: e.target.value === '' ? null : Number(e.target.value) })} disabled={disabled}>
            <option value="">— none: inside it (primary)</option>
            {options
              .filter((o) => o.id !== draft.fromId)
              .map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}
                </option>
              ))}
          </select>
        </label>
      </div>
      <label className="field">
        <span className="field-label">Level</span>
        <select value={draft.level} onChange={(e) => set({ level: TENSION_LEVELS.find((l) => l === e.target.value) ?? draft.level })} disabled={disabled}>
          {TENSION_LEVELS.map((l) => (
            <option key={l} value={l}>
              {TENSION_LEVEL_NAMES[l]}
            </option>
          ))}
        </select>
        {primary ? <span className="field-hint">Drawn as a lightning mark inside the component.</span> : <span className="field-hint">Drawn as a jagged line between the two components.</span>}
      </label>
      <label className="field">
        <span className="field-label">Label</span>
        <input type="text" value={draft.label} onChange={(e) => set({ label: e.target.value })} disabled={disabled} placeholder="e.g. Who owns the coaching time?" />
      </label>
      <label className="field">
        <span className="field-label">Memo</span>
        <textarea rows={4} value={draft.memo} onChange={(e) => set({ memo: e.target.value })} disabled={disabled} placeholder="What the evidence shows, and why it is a contradiction" />
      </label>
    </>
  );
}
