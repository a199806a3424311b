// Step 3 of the Import dialog: the speakers found in each file, for the researcher to say
// who they are - the interviewer, an existing case, a new case, a speaker without a case
// yet, or not a speaker at all (the line stays plain text).
import type { CaseRecord } from '../../../shared/model/entities.ts';
import type { SpeakerAssignment } from '../../../shared/model/import.ts';
import { formatCount } from '../../format.ts';
import type { FileDraft } from './import-model.ts';

export interface SpeakersStepProps {
  drafts: readonly FileDraft[];
  cases: readonly CaseRecord[];
  onChange(index: number, draft: FileDraft): void;
}

// The select's value for an assignment ("case:12", "new-case", ...).
export function choiceValue(assign: SpeakerAssignment): string {
  return assign.kind === 'case' ? `case:${assign.caseId}` : assign.kind;
}

// The assignment a select value stands for; a new case keeps a name already typed.
export function choiceFrom(value: string, label: string, previous: SpeakerAssignment): SpeakerAssignment {
  if (value.startsWith('case:')) return { kind: 'case', caseId: Number(value.slice(5)) };
  if (value === 'new-case') return { kind: 'new-case', name: previous.kind === 'new-case' ? previous.name : label };
  if (value === 'interviewer' || value === 'unassigned' || value === 'none') return { kind: value };
  return previous;
}

function SpeakerRow({ label, turns, sample, assign, cases, onChange }: { label: string; turns: number; sample: string; assign: SpeakerAssignment; cases: readonly CaseRecord[]; onChange(a: SpeakerAssignment): void }) {
  return (
    <div className="import-speaker" role="group" aria-label={`Speaker ${label}`}>
      <div className="import-speaker-label">
        <strong>{label}</strong> <span className="muted">{formatCount(turns, 'turn')}</span>
        {sample ? <p className="import-speaker-sample muted">“{sample}”</p> : null}
      </div>
      <label className="import-speaker-choice">
        <span className="visually-hidden">Who is {label}?</span>
        <select aria-label={`Who is ${label}?`} value={choiceValue(assign)} onChange={(e) => onChange(choiceFrom(e.target.value, label, assign))}>
          <option value="interviewer">The interviewer</option>
          <option value="new-case">A new case…</option>
          {cases.length > 0 ? (
            <optgroup label="Existing cases">
              {cases.map((c) => (
                <option key={c.id} value={`case:${c.id}`}>
                  {c.label}
                  {c.realName && c.realName !== c.label ? ` (${c.realName})` : ''}
                </option>
              ))}
            </optgroup>
          ) : null}
          <option value="unassigned">A speaker without a case (decide later)</option>
          <option value="none">Not a speaker (keep as plain text)</option>
        </select>
      </label>
      {assign.kind === 'new-case' ? (
        <label className="import-speaker-new">
          <span className="field-label">New case name</span>
          <input type="text" aria-label={`New case name for ${label}`} value={assign.name} onChange={(e) => onChange({ ...assign, name: e.target.value })} />
        </label>
      ) : null}
    </div>
  );
}

// Lists each file's speakers with a choice for each.
export function SpeakersStep({ drafts, cases, onChange }: SpeakersStepProps) {
  const withSpeakers = drafts.map((d, i) => ({ d, i })).filter(({ d }) => d.staged.speakers.length > 0 && d.staged.duplicateOf === null);
  return (
    <div className="import-step">
      <h3 className="import-step-title">Confirm the speakers</h3>
      <p className="muted">Each speaker label found in a file: say who it is. New cases are made when the file is imported; the same new name in several files makes one case.</p>
      {withSpeakers.map(({ d, i }) => (
        <fieldset key={d.staged.token} className="import-file" aria-label={`Speakers in ${d.staged.fileName}`}>
          <legend className="import-file-name">{d.staged.fileName}</legend>
          {d.staged.speakers.map((s) => (
            <SpeakerRow
              key={s.label}
              label={s.label}
              turns={s.turns}
              sample={s.sample}
              assign={d.speakers[s.label] ?? s.suggestion}
              cases={cases}
              onChange={(assign) => onChange(i, { ...d, speakers: { ...d.speakers, [s.label]: assign } })}
            />
          ))}
        </fieldset>
      ))}
    </div>
  );
}
