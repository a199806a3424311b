// The alignment matrix as a thesis's alignment table: one row per research objective -
// objective | research questions | activity-system components | where it is presented -
// each column saved with alignment.updateRow when it loses focus. Components either follow
// the row's questions (the six questions' components) or are chosen; the questions the row
// addresses are ticked here too.
import { useState } from 'react';
import { ACTIVITY_COMPONENTS, COMPONENT_LABELS } from '../../../shared/model/activity-components.ts';
import type { ActivityComponent } from '../../../shared/model/activity-components.ts';
import type { AlignmentMatrix, AlignmentObjective } from '../../../shared/model/workspace.ts';
import type { ApiInput } from '../../../shared/api.ts';
import { announceChange, call } from '../../api.ts';
import type { ApiCallError } from '../../api-call-error.ts';
import { toApiCallError } from '../../api-call-error.ts';
import { useResetOnChange } from '../../hooks/use-reset-on-change.ts';

interface RowProps {
  objective: AlignmentObjective;
  matrix: AlignmentMatrix;
  readOnly: boolean;
  onError(e: ApiCallError): void;
}

function save(input: ApiInput<'alignment.updateRow'>, onError: (e: ApiCallError) => void): void {
  call('alignment.updateRow', input).then(
    () => announceChange('alignment.updateRow'),
    (e: unknown) => onError(toApiCallError(e)),
  );
}

// A text column saved when it loses focus.
function TextCell({ label, stored, readOnly, onSave }: { label: string; stored: string; readOnly: boolean; onSave(text: string): void }) {
  const [value, setValue] = useState(stored);
  useResetOnChange(stored, () => setValue(stored));
  return (
    <td>
      <textarea className="alignment-cell" aria-label={label} value={value} readOnly={readOnly} rows={3} onChange={(e) => setValue(e.target.value)} onBlur={() => value !== stored && onSave(value)} />
    </td>
  );
}

// The questions a row addresses.
function QuestionsCell({ objective: o, matrix, readOnly, onError }: RowProps) {
  return (
    <td>
      <ul className="alignment-checks" aria-label={`Questions of ${o.title}`}>
        {matrix.questions.map((q) => (
          <li key={q.question}>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={o.questions.includes(q.question)}
                disabled={readOnly}
                onChange={(e) => save({ id: o.id, questions: e.target.checked ? [...o.questions, q.question] : o.questions.filter((x) => x !== q.question) }, onError)}
              />
              {q.name}
            </label>
          </li>
        ))}
      </ul>
    </td>
  );
}

// The components a row looks at: those of its questions, or chosen.
function ComponentsCell({ objective: o, readOnly, onError }: Omit<RowProps, 'matrix'>) {
  const follow = !o.componentsChosen;
  const toggle = (c: ActivityComponent, on: boolean) => save({ id: o.id, components: ACTIVITY_COMPONENTS.filter((x) => (x === c ? on : o.components.includes(x))) }, onError);
  return (
    <td>
      <label className="checkbox alignment-follow">
        <input type="checkbox" checked={follow} disabled={readOnly} onChange={(e) => save({ id: o.id, components: e.target.checked ? null : o.components }, onError)} />
        Follow the questions
      </label>
      <ul className="alignment-checks" aria-label={`Components of ${o.title}`}>
        {ACTIVITY_COMPONENTS.map((c) => (
          <li key={c}>
            <label className="checkbox">
              <input type="checkbox" checked={o.components.includes(c)} disabled={readOnly || follow} onChange={(e) => toggle(c, e.target.checked)} />
              {COMPONENT_LABELS[c]}
            </label>
          </li>
        ))}
      </ul>
    </td>
  );
}

// The table, one row per objective.
export function AlignmentTable({ matrix, readOnly, onError }: { matrix: AlignmentMatrix; readOnly: boolean; onError(e: ApiCallError): void }) {
  return (
    <div className="table-scroll alignment-scroll">
      <table className="data-table alignment-table" aria-label="Alignment table">
        <thead>
          <tr>
            <th scope="col">Research objective</th>
            <th scope="col">Research questions</th>
            <th scope="col">Questions of the study</th>
            <th scope="col">Activity-system components</th>
            <th scope="col">Presented in</th>
          </tr>
        </thead>
        <tbody>
          {matrix.objectives.map((o) => (
            <tr key={o.id}>
              <th scope="row">
                <span className="alignment-title">{o.title}</span>
              </th>
              <TextCell label={`${o.title}: research questions`} stored={o.researchQuestions} readOnly={readOnly} onSave={(text) => save({ id: o.id, researchQuestions: text }, onError)} />
              <QuestionsCell objective={o} matrix={matrix} readOnly={readOnly} onError={onError} />
              <ComponentsCell objective={o} readOnly={readOnly} onError={onError} />
              <TextCell label={`${o.title}: presented in`} stored={o.presentedIn} readOnly={readOnly} onSave={(text) => save({ id: o.id, presentedIn: text }, onError)} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
