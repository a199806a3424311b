// The fields of a tension: the component it starts at, the one it runs to (none for a
// contradiction inside one component), its level with what that level needs (Engestrom
// 1987) - a tertiary contradiction names the more advanced form of the object, a
// quaternary one the neighbouring activity it meets - its label and memo.
import { TENSION_LEVEL_NAMES, TENSION_LEVEL_NEEDS, TENSION_LEVELS } from '../../../shared/model/diagrams.ts';
import type { DiagramGeneration, TensionLevel } from '../../../shared/model/diagrams.ts';
import type { ComponentOption } from './diagram-names.ts';
import { adjustDraft } from './draft-rules.ts';
import type { TensionDraft } from './draft-rules.ts';

export type { TensionDraft } from './draft-rules.ts';

export interface TensionFieldsProps {
  draft: TensionDraft;
  options: ComponentOption[];
  generation: DiagramGeneration;
  // the diagram's systems, for the neighbouring activity of a quaternary contradiction
  systems: { index: number; name: string }[];
  disabled: boolean;
  onChange(draft: TensionDraft): void;
}

function ComponentSelect({ label, value, options, none, disabled, onChange }: { label: string; value: number | null; options: ComponentOption[]; none?: string; disabled: boolean; onChange(id: number | null): void }) {
  return (
    <label className="field">
      <span className="field-label">{label}</span>
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))} disabled={disabled}>
        {none !== undefined ? <option value="">{none}</option> : null}
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

// The neighbouring activity of a quaternary contradiction: the system its far end is in.
function NeighbourField({ draft, options, systems, disabled, set }: Pick<TensionFieldsProps, 'draft' | 'options' | 'systems' | 'disabled'> & { set(change: Partial<TensionDraft>): void }) {
  const from = options.find((o) => o.id === draft.fromId)?.system ?? 0;
  const neighbour = options.find((o) => o.id === draft.toId)?.system ?? systems.find((s) => s.index !== from)?.index ?? null;
  return (
    <label className="field">
      <span className="field-label">Neighbouring activity</span>
      <select
        value={neighbour ?? ''}
        disabled={disabled}
        onChange={(e) => {
          const index = Number(e.target.value);
          const kind = options.find((o) => o.id === draft.fromId)?.kind;
          const same = options.find((o) => o.system === index && o.kind === kind) ?? options.find((o) => o.system === index);
          const start = index === from ? options.find((o) => o.system !== index && o.system !== null) : undefined;
          set({ ...(start ? { fromId: start.id } : {}), toId: same?.id ?? null });
        }}
      >
        {systems.map((s) => (
          <option key={s.index} value={s.index}>
            {s.name}
          </option>
        ))}
      </select>
      <span className="field-hint">The tension runs from the central activity to a component of this one.</span>
    </label>
  );
}

// The form fields; the caller owns the draft and the buttons.
export function TensionFields({ draft, options, generation, systems, disabled, onChange }: TensionFieldsProps) {
  const set = (change: Partial<TensionDraft>) => onChange(adjustDraft(draft, change));
  const quaternary = draft.level === 'quaternary' && generation === 3;
  const fromSystem = options.find((o) => o.id === draft.fromId)?.system ?? null;
  const toOptions = options.filter((o) => o.id !== draft.fromId && (!quaternary || (o.system !== null && o.system !== fromSystem)));
  const fromOptions = quaternary ? options.filter((o) => o.system !== null) : options;
  const levelAllowed = (l: TensionLevel) => l !== 'quaternary' || generation === 3;
  return (
    <>
      <label className="field">
        <span className="field-label">Level</span>
        <select value={draft.level} onChange={(e) => set({ level: TENSION_LEVELS.find((l) => l === e.target.value) ?? draft.level })} disabled={disabled}>
          {TENSION_LEVELS.map((l) => (
            <option key={l} value={l} disabled={!levelAllowed(l)}>
              {TENSION_LEVEL_NAMES[l]}
              {levelAllowed(l) ? '' : ' – third-generation diagrams only'}
            </option>
          ))}
        </select>
        <span className="field-hint">{TENSION_LEVEL_NEEDS[draft.level]}</span>
      </label>
      <div className="diagrams-field-pair">
        <ComponentSelect label="From" value={draft.fromId} options={fromOptions} disabled={disabled} onChange={(id) => set({ fromId: id ?? draft.fromId })} />
        <ComponentSelect label="To" value={draft.toId} options={toOptions} none={draft.level === 'tertiary' ? '— none: inside it' : '— none: inside it (primary)'} disabled={disabled} onChange={(id) => set({ toId: id })} />
      </div>
      {quaternary ? <NeighbourField draft={draft} options={options} systems={systems} disabled={disabled} set={set} /> : null}
      {draft.level === 'tertiary' ? (
        <label className="field">
          <span className="field-label">More advanced form of the object</span>
          <input type="text" value={draft.advancedForm} onChange={(e) => set({ advancedForm: e.target.value })} disabled={disabled} placeholder="e.g. coaching as development the teacher chooses" aria-invalid={draft.advancedForm.trim() ? undefined : true} />
        </label>
      ) : null}
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
