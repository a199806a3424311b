// The register's entries: the table of real names and identifiers with what replaces
// them, and the warnings above it (names not yet in it, labels that identify one person).
import type { RegisterRule } from '../../../shared/model/anonymise.ts';
import type { RegisterState } from '../../../shared/api/anonymise.ts';

export interface RegisterWarningsProps {
  state: RegisterState;
  readOnly: boolean;
  // adds the missing cases and organisations
  onFill(): void;
}

// What the register still lacks, and attribution labels that point at one person.
export function RegisterWarnings({ state, readOnly, onFill }: RegisterWarningsProps) {
  const { missing, singleCaseLabels } = state;
  return (
    <>
      {missing.cases + missing.organisations > 0 ? (
        <div className="anon-warning">
          {missing.cases} case{missing.cases === 1 ? '' : 's'} and {missing.organisations} organisation{missing.organisations === 1 ? '' : 's'} are not in the register yet (exports check their names anyway).{' '}
          <button type="button" disabled={readOnly} onClick={onFill}>
            Add them to the register
          </button>
        </div>
      ) : null}
      {singleCaseLabels.length > 0 ? (
        <details className="anon-warning">
          <summary>
            {singleCaseLabels.length} attribution label{singleCaseLabels.length === 1 ? '' : 's'} identif{singleCaseLabels.length === 1 ? 'ies' : 'y'} one person
          </summary>
          <p>Only one case carries each of these labels, so a quote attributed to it points at one person. Consider a broader label or a pseudonym.</p>
          <ul>
            {singleCaseLabels.map((w) => (
              <li key={w.caseId}>{w.label}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}

export interface RegisterTableProps {
  rules: readonly RegisterRule[];
  readOnly: boolean;
  onEdit(rule: RegisterRule): void;
  onRemove(rule: RegisterRule): void;
}

// One row per entry: the real text with its variants, kind, replacement and pseudonym.
export function RegisterTable({ rules, readOnly, onEdit, onRemove }: RegisterTableProps) {
  return (
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
        {rules.map((r) => (
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
              <button type="button" className="small" disabled={readOnly} onClick={() => onEdit(r)} aria-label={`Edit ${r.realText}`}>
                Edit
              </button>
              <button type="button" className="small" disabled={readOnly} onClick={() => onRemove(r)} aria-label={`Remove ${r.realText}`}>
                Remove
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
