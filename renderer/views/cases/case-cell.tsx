// One editable cell of the Cases grid: saves on Enter or when focus leaves with a changed
// value; Escape puts the saved value back. Lead/partner is a list to choose from.
import { useEffect, useState } from 'react';
import { PARTNER_ROLES } from '../../../shared/model/entities.ts';
import type { CaseColumn } from './case-columns.ts';

export interface CaseCellProps {
  column: CaseColumn;
  rowLabel: string;
  value: string;
  listId: string | null;
  disabled: boolean;
  onSave(value: string): Promise<boolean>;
}

// Shows and edits one value; reverts when the save is refused.
export function CaseCell({ column, rowLabel, value, listId, disabled, onSave }: CaseCellProps) {
  const [draft, setDraft] = useState(value);
  const [saving, setSaving] = useState(false);
  useEffect(() => setDraft(value), [value]);
  const label = `${column.label} of ${rowLabel}`;

  async function commit(next: string) {
    if (next.trim() === value.trim()) {
      setDraft(value);
      return;
    }
    setSaving(true);
    const ok = await onSave(next);
    setSaving(false);
    if (!ok) setDraft(value);
  }

  if (column.kind === 'partner') {
    return (
      <select aria-label={label} className="cases-cell-input" value={draft} disabled={disabled || saving} onChange={(e) => void commit(e.target.value)}>
        <option value="">—</option>
        {PARTNER_ROLES.map((r) => (
          <option key={r} value={r}>
            {r}
          </option>
        ))}
      </select>
    );
  }
  return (
    <input
      type="text"
      aria-label={label}
      className="cases-cell-input"
      value={draft}
      disabled={disabled}
      aria-busy={saving}
      list={listId ?? undefined}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={() => void commit(draft)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          void commit(draft);
        } else if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          setDraft(value);
        }
      }}
    />
  );
}
