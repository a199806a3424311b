// Form fields the Team screen shares: a checklist of coders and a multiple choice of ids.
import type { CoderRecord } from '../../../shared/model/entities.ts';

export interface CoderChecklistProps {
  legend: string;
  coders: readonly CoderRecord[];
  chosen: readonly number[];
  onChange(ids: number[]): void;
}

// One checkbox per coder.
export function CoderChecklist({ legend, coders, chosen, onChange }: CoderChecklistProps) {
  return (
    <fieldset className="team-coders">
      <legend>{legend}</legend>
      {coders.map((c) => (
        <label key={c.id} className="checkbox">
          <input type="checkbox" checked={chosen.includes(c.id)} onChange={(e) => onChange(e.target.checked ? [...chosen, c.id] : chosen.filter((id) => id !== c.id))} />
          {c.name} ({c.initials})
        </label>
      ))}
    </fieldset>
  );
}

export interface IdListSelectProps {
  label: string;
  items: readonly { id: number; label: string }[];
  chosen: readonly number[];
  onChange(ids: number[]): void;
}

// A list to choose several of (none chosen means all of them).
export function IdListSelect({ label, items, chosen, onChange }: IdListSelectProps) {
  return (
    <label className="field team-id-list">
      <span className="field-label">{label}</span>
      <select multiple size={Math.min(6, Math.max(3, items.length))} value={chosen.map(String)} onChange={(e) => onChange(Array.from(e.target.selectedOptions, (o) => Number(o.value)))}>
        {items.map((i) => (
          <option key={i.id} value={String(i.id)} title={i.label}>
            {i.label}
          </option>
        ))}
      </select>
      {chosen.length > 0 ? (
        <button type="button" className="link-button small" onClick={() => onChange([])}>
          Clear ({chosen.length} chosen)
        </button>
      ) : null}
    </label>
  );
}
