// The objectives x questions alignment matrix: research objectives as rows, the six
// questions as columns, free text in the cells (saved when a cell loses focus); and the
// same rows as a thesis's alignment table (research questions, components, presented in).
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { AlignmentObjective, AlignmentQuestion } from '../../../shared/model/workspace.ts';
import { announceChange, call } from '../../api.ts';
import type { ApiCallError } from '../../api-call-error.ts';
import { toApiCallError } from '../../api-call-error.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { TextPromptDialog } from '../../components/text-prompt-dialog.tsx';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import { useResetOnChange } from '../../hooks/use-reset-on-change.ts';
import { AlignmentTable } from './alignment-table.tsx';

export interface AlignmentMatrixProps {
  readOnly: boolean;
}

function Cell({ objective, question, readOnly, onError }: { objective: AlignmentObjective; question: AlignmentQuestion; readOnly: boolean; onError(e: ApiCallError): void }) {
  const stored = objective.cells[String(question.question)] ?? '';
  const [value, setValue] = useState(stored);
  useResetOnChange(stored, () => setValue(stored));
  return (
    <td>
      <textarea
        className="alignment-cell"
        aria-label={`${objective.title}: ${question.name}`}
        value={value}
        readOnly={readOnly}
        rows={3}
        onChange={(e) => setValue(e.target.value)}
        onBlur={() => {
          if (value === stored) return;
          call('alignment.setCell', { objectiveId: objective.id, question: question.question, text: value }).then(
            () => announceChange('alignment.setCell'),
            (e: unknown) => onError(toApiCallError(e)),
          );
        }}
      />
    </td>
  );
}

interface ObjectiveActionsProps {
  objective: AlignmentObjective;
  // the rows above and below it, and the one after that (moving down puts it before that one)
  before: AlignmentObjective | null;
  after: AlignmentObjective | null;
  afterNext: AlignmentObjective | null;
  act(fn: () => Promise<unknown>, reason: string): Promise<void>;
  onRename(): void;
}

// Move up, move down, rename and delete one objective.
function ObjectiveActions({ objective: o, before, after, afterNext, act, onRename }: ObjectiveActionsProps) {
  return (
    <span className="alignment-row-actions">
      <button type="button" className="small" aria-label={`Move ${o.title} up`} disabled={before === null} onClick={() => void act(() => call('alignment.moveObjective', { id: o.id, beforeId: before?.id ?? null }), 'alignment.moveObjective')}>
        ↑
      </button>
      <button type="button" className="small" aria-label={`Move ${o.title} down`} disabled={after === null} onClick={() => void act(() => call('alignment.moveObjective', { id: o.id, beforeId: afterNext?.id ?? null }), 'alignment.moveObjective')}>
        ↓
      </button>
      <button type="button" className="small" aria-label={`Rename ${o.title}`} onClick={onRename}>
        Rename
      </button>
      <button type="button" className="small" aria-label={`Delete ${o.title}`} onClick={() => void act(() => call('alignment.deleteObjective', { id: o.id }), 'alignment.deleteObjective')}>
        Delete
      </button>
    </span>
  );
}

type AlignmentView = 'table' | 'questions';

// The switch between the two views of the rows, and what the shown one is for.
function AlignmentViews({ view, onView }: { view: AlignmentView; onView(view: AlignmentView): void }) {
  return (
    <>
      <div className="alignment-views" role="group" aria-label="Alignment views">
        <button type="button" aria-pressed={view === 'questions'} onClick={() => onView('questions')}>
          By question
        </button>
        <button type="button" aria-pressed={view === 'table'} onClick={() => onView('table')}>
          As a thesis table
        </button>
      </div>
      <p className="muted">
        {view === 'table'
          ? 'One row per research objective: its research questions, the questions of the study it addresses, the activity-system components it looks at (those of its questions, or chosen) and where the thesis presents it.'
          : 'Research objectives as rows, the six questions as columns: note in each cell how a question serves an objective (which components, which chapter).'}
      </p>
    </>
  );
}

// The matrix with its rows and cells.
export function AlignmentMatrix({ readOnly }: AlignmentMatrixProps) {
  const matrix = useApiQuery('alignment.get', {});
  const [title, setTitle] = useState('');
  const [error, setError] = useState<ApiCallError | string | null>(null);
  const [renaming, setRenaming] = useState<AlignmentObjective | null>(null);
  const [view, setView] = useState<AlignmentView>('questions');

  async function act(fn: () => Promise<unknown>, reason: string) {
    setError(null);
    try {
      await fn();
      announceChange(reason);
    } catch (e) {
      setError(toApiCallError(e));
    }
  }

  function add(e: FormEvent) {
    e.preventDefault();
    const t = title.trim();
    if (t === '') return setError('Type the objective first.');
    void act(() => call('alignment.addObjective', { title: t }), 'alignment.addObjective').then(() => setTitle(''));
  }

  const data = matrix.data;
  const rows = data?.objectives ?? [];
  return (
    <section className="alignment" aria-label="Alignment matrix">
      <AlignmentViews view={view} onView={setView} />
      <ErrorMessage error={matrix.error ?? error} />
      {data && view === 'table' && rows.length > 0 ? <AlignmentTable matrix={data} readOnly={readOnly} onError={setError} /> : null}
      {data && view === 'questions' ? (
        <div className="table-scroll alignment-scroll" tabIndex={0} role="region" aria-label="Objectives by question (scrolls)">
          <table className="data-table alignment-table" aria-label="Objectives by questions">
            <thead>
              <tr>
                <th scope="col">Objective</th>
                {data.questions.map((q) => (
                  <th key={q.question} scope="col">
                    {q.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((o, i) => (
                <tr key={o.id}>
                  <th scope="row">
                    <span className="alignment-title">{o.title}</span>
                    {readOnly ? null : <ObjectiveActions objective={o} before={rows[i - 1] ?? null} after={rows[i + 1] ?? null} afterNext={rows[i + 2] ?? null} act={act} onRename={() => setRenaming(o)} />}
                  </th>
                  {data.questions.map((q) => (
                    <Cell key={q.question} objective={o} question={q} readOnly={readOnly} onError={setError} />
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {data && rows.length === 0 ? <p className="empty-state">No objectives yet.</p> : null}
      {readOnly ? null : (
        <form className="alignment-add" onSubmit={add} aria-label="Add an objective">
          <input type="text" aria-label="New objective" placeholder="e.g. Understand how the partnership shaped the coaching" value={title} onChange={(e) => setTitle(e.target.value)} />
          <button type="submit">Add objective</button>
        </form>
      )}
      {renaming ? (
        <TextPromptDialog
          title="Rename the objective"
          label="Objective"
          submitLabel="Rename"
          initialValue={renaming.title}
          onSubmit={async (value) => {
            await call('alignment.updateObjective', { id: renaming.id, title: value });
            announceChange('alignment.updateObjective');
          }}
          onClose={() => setRenaming(null)}
        />
      ) : null}
    </section>
  );
}
