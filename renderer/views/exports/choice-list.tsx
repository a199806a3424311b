// A collapsible list of checkboxes for a filter ("Only these cases"); none ticked = no filter.

export interface ChoiceListProps<T extends string | number> {
  title: string;
  choices: { value: T; label: string }[];
  chosen: T[];
  onChange(next: T[]): void;
}

// Shows the choices with a count of those ticked in the summary.
export function ChoiceList<T extends string | number>({ title, choices, chosen, onChange }: ChoiceListProps<T>) {
  if (choices.length === 0) return null;
  return (
    <details className="exports-choices">
      <summary>
        {title}
        {chosen.length > 0 ? ` (${chosen.length})` : ''}
      </summary>
      <div className="exports-choice-list" role="group" aria-label={title}>
        {choices.map((c) => (
          <label key={String(c.value)} className="checkbox">
            <input type="checkbox" checked={chosen.includes(c.value)} onChange={(e) => onChange(e.target.checked ? [...chosen, c.value] : chosen.filter((v) => v !== c.value))} />
            {c.label}
          </label>
        ))}
      </div>
      {chosen.length > 0 ? (
        <button type="button" className="link-button" onClick={() => onChange([])}>
          Clear
        </button>
      ) : null}
    </details>
  );
}
