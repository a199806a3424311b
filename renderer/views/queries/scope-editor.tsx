// The Filters panel every query shares: attribute values of cases and sources, cases,
// sources, coders, interview dates, and leaving out interviewer turns.
import type { QueryFacets, QueryScope } from '../../../shared/model/queries.ts';
import { countRestrictions, setIdList, toggleFilterValue, withoutEmpty } from './scope-edit.ts';
import { DateField } from '../../components/date-field.tsx';

export interface ScopeEditorProps {
  facets: QueryFacets | undefined;
  scope: QueryScope;
  onChange(scope: QueryScope): void;
  // coders only restrict codings (not text search or word use over sources)
  showCoders?: boolean;
}

function selected(select: HTMLSelectElement): number[] {
  return [...select.selectedOptions].map((o) => Number(o.value));
}

// One group of checkboxes per case or source attribute, a value ticked to keep only it.
function AttributeFilters({ facets, scope, onChange }: { facets: QueryFacets; scope: QueryScope; onChange(scope: QueryScope): void }) {
  const valuesOf = (field: string) => scope.filters?.find((f) => f.field === field)?.values ?? [];
  return (
    <div className="queries-scope-fields">
      {facets.fields.map((f) => (
        <fieldset key={f.field} className="queries-scope-field">
          <legend>
            {f.label} <span className="muted">({f.level})</span>
          </legend>
          {f.values.map((v) => (
            <label key={v} className="queries-check">
              <input type="checkbox" checked={valuesOf(f.field).includes(v)} onChange={(e) => onChange(toggleFilterValue(scope, f.field, v, e.target.checked))} />
              {v}
            </label>
          ))}
        </fieldset>
      ))}
    </div>
  );
}

// A collapsible panel of filters; the summary says how many are on.
export function ScopeEditor({ facets, scope, onChange, showCoders }: ScopeEditorProps) {
  const count = countRestrictions(scope);
  return (
    <details className="queries-scope">
      <summary>Filters{count > 0 ? ` (${count} on)` : ''}</summary>
      {!facets ? <p className="muted">Loading…</p> : null}
      {facets ? (
        <div className="queries-scope-body">
          <label className="queries-check">
            <input type="checkbox" checked={scope.excludeInterviewer === true} onChange={(e) => onChange(withoutEmpty({ ...scope, excludeInterviewer: e.target.checked }))} />
            Leave out interviewer turns
          </label>
          <AttributeFilters facets={facets} scope={scope} onChange={onChange} />
          <div className="queries-scope-lists">
            <label className="queries-field">
              <span className="field-label">Cases (none chosen = all)</span>
              <select multiple size={6} value={(scope.caseIds ?? []).map(String)} onChange={(e) => onChange(setIdList(scope, 'caseIds', selected(e.target)))}>
                {facets.cases.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.label}
                  </option>
                ))}
              </select>
            </label>
            <label className="queries-field">
              <span className="field-label">Sources (none chosen = all)</span>
              <select multiple size={6} value={(scope.sourceIds ?? []).map(String)} onChange={(e) => onChange(setIdList(scope, 'sourceIds', selected(e.target)))}>
                {facets.sources.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            </label>
            {showCoders && facets.coders.length > 0 ? (
              <label className="queries-field">
                <span className="field-label">Coders (none chosen = all)</span>
                <select multiple size={Math.min(6, facets.coders.length + 1)} value={(scope.coderIds ?? []).map(String)} onChange={(e) => onChange(setIdList(scope, 'coderIds', selected(e.target)))}>
                  {facets.coders.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.name} ({c.initials})
                    </option>
                  ))}
                </select>
              </label>
            ) : null}
            <div className="queries-dates">
              <label className="queries-field">
                <span className="field-label">Interviewed from</span>
                <DateField value={scope.dateFrom ?? ''} onChange={(date) => onChange(withoutEmpty({ ...scope, dateFrom: date || undefined }))} />
              </label>
              <label className="queries-field">
                <span className="field-label">to</span>
                <DateField value={scope.dateTo ?? ''} onChange={(date) => onChange(withoutEmpty({ ...scope, dateTo: date || undefined }))} />
              </label>
            </div>
          </div>
          {count > 0 ? (
            <button type="button" className="link-button" onClick={() => onChange({})}>
              Clear all filters
            </button>
          ) : null}
        </div>
      ) : null}
    </details>
  );
}
