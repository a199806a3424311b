// One tension as the Contradictions view lists it: its label and level's needs (the more
// advanced form, the neighbouring activity), where it is, its evidence counted by role,
// project, round and system, its memo, the contradiction it is followed as with its status
// in this phase, and its quotes.
import { useState } from 'react';
import { CONTRADICTION_STATUS_NAMES, CONTRADICTION_STATUSES } from '../../../shared/model/contradictions.ts';
import type { ContradictionEntry, FacetCount } from '../../../shared/model/contradictions.ts';
import type { ContradictionActions } from './contradiction-actions.ts';
import { EntryQuotes } from './entry-quotes.tsx';

export interface TensionEntryProps {
  entry: ContradictionEntry;
  readOnly: boolean;
  actions: ContradictionActions;
  onFollow(entry: ContradictionEntry): void;
}

function Counts({ label, counts }: { label: string; counts: FacetCount[] }) {
  if (counts.length === 0) return null;
  return (
    <div className="contradictions-counts">
      <span className="muted">{label}</span>
      {counts.map((c) => (
        <span key={c.value} className="contradictions-chip">
          {c.value} <strong>{c.count}</strong>
        </span>
      ))}
    </div>
  );
}

function LinkControls({ entry, readOnly, actions, onFollow }: TensionEntryProps) {
  const link = entry.link;
  if (!link) {
    return readOnly ? null : (
      <button type="button" className="small" onClick={() => onFollow(entry)}>
        Follow in another phase…
      </button>
    );
  }
  return (
    <div className="contradictions-link">
      <span>
        Followed as <strong>{link.name}</strong>
      </span>
      <label>
        <span className="visually-hidden">Status in {entry.phase || entry.diagramTitle}</span>
        <select value={link.status} disabled={readOnly} onChange={(e) => void actions.run('contradictions.setStatus', { tensionId: entry.tensionId, status: CONTRADICTION_STATUSES.find((s) => s === e.target.value) ?? link.status })}>
          {CONTRADICTION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {CONTRADICTION_STATUS_NAMES[s]}
            </option>
          ))}
        </select>
      </label>
      {readOnly ? null : (
        <button type="button" className="small" onClick={() => void actions.run('contradictions.unlink', { tensionId: entry.tensionId })}>
          Unlink
        </button>
      )}
    </div>
  );
}

// One tension of the list.
export function TensionEntry(props: TensionEntryProps) {
  const { entry } = props;
  const [open, setOpen] = useState(false);
  const where = entry.to === null ? `inside ${entry.from}` : `${entry.from} – ${entry.to}`;
  return (
    <li className="contradictions-entry" aria-label={entry.label || where}>
      <div className="contradictions-entry-head">
        <h4>{entry.label || '(no label)'}</h4>
        <span className="muted">
          {entry.diagramTitle}
          {entry.phase ? ` · ${entry.phase}` : ''} · {where}
        </span>
      </div>
      {entry.level === 'tertiary' && entry.advancedForm ? (
        <p className="contradictions-need">
          More advanced form: <strong>{entry.advancedForm}</strong>
        </p>
      ) : null}
      {entry.level === 'quaternary' && entry.neighbourActivity ? (
        <p className="contradictions-need">
          Neighbouring activity: <strong>{entry.neighbourActivity}</strong>
        </p>
      ) : null}
      {entry.memo.trim() ? <p className="contradictions-memo">{entry.memo}</p> : null}
      <div className="contradictions-evidence">
        <span className="contradictions-total">
          {entry.evidenceCount} {entry.evidenceCount === 1 ? 'quote' : 'quotes'}
        </span>
        <Counts label="Role" counts={entry.breakdown.role} />
        <Counts label="Project" counts={entry.breakdown.project} />
        <Counts label="Round" counts={entry.breakdown.round} />
        <Counts label="System" counts={entry.breakdown.system} />
      </div>
      <div className="button-row">
        <LinkControls {...props} />
        <button type="button" className="small" aria-expanded={open} onClick={() => setOpen(!open)} disabled={entry.evidenceCount === 0}>
          {open ? 'Hide quotes' : 'Show quotes'}
        </button>
      </div>
      {open ? <EntryQuotes tensionId={entry.tensionId} /> : null}
    </li>
  );
}
