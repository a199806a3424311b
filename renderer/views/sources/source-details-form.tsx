// The form of a source's details: its fields (name, kind, round, mode, interview date,
// recording, cases) and who each speaker is, read from the source and saved back.
import { INTERVIEW_MODES, SOURCE_KINDS } from '../../../shared/model/entities.ts';
import type { CaseRecord, InterviewMode, SourceDetail, SourceKind, SourceSummary } from '../../../shared/model/entities.ts';
import type { SpeakerAssignment } from '../../../shared/model/import.ts';
import { call } from '../../api.ts';
import { KIND_LABELS, MODE_LABELS } from './import-model.ts';
import { choiceFrom, choiceValue } from './import-speakers-step.tsx';
import { DateField } from '../../components/date-field.tsx';

export interface SourceForm {
  name: string;
  kind: SourceKind;
  round: string;
  mode: InterviewMode | '';
  interviewDate: string;
  mediaPath: string;
  caseIds: number[];
}

// The speakers of a source and who each one is now.
export function speakersOf(source: SourceDetail): Map<string, SpeakerAssignment> {
  const out = new Map<string, SpeakerAssignment>();
  for (const s of source.segments) {
    if (s.kind !== 'turn' || s.speakerLabel === null || out.has(s.speakerLabel)) continue;
    out.set(s.speakerLabel, s.isInterviewer ? { kind: 'interviewer' } : s.caseId !== null ? { kind: 'case', caseId: s.caseId } : { kind: 'unassigned' });
  }
  return out;
}

// The form's values for a source as stored (its cases found by label).
export function formOf(source: SourceDetail, cases: readonly CaseRecord[]): SourceForm {
  const byLabel = new Map(cases.map((c) => [c.label, c.id]));
  return {
    name: source.name,
    kind: source.kind,
    round: source.round === null ? '' : String(source.round),
    mode: source.mode ?? '',
    interviewDate: source.interviewDate ?? '',
    mediaPath: source.mediaPath ?? '',
    caseIds: source.caseNames.flatMap((n) => (byLabel.has(n) ? [byLabel.get(n) ?? 0] : [])),
  };
}

// What is wrong with the form (null when it can be saved).
export function formProblem(form: SourceForm): string | null {
  const round = form.round.trim();
  if (round !== '' && !/^(?:[1-9]|[1-9]\d)$/u.test(round)) return 'The round must be a whole number from 1 to 99.';
  if (form.name.trim() === '') return 'Give the source a name.';
  return null;
}

// Saves the details, every speaker whose assignment changed, and the cases; resolves with the source as saved.
export async function saveSourceDetails(source: SourceDetail, form: SourceForm, speakers: ReadonlyMap<string, SpeakerAssignment>): Promise<SourceSummary> {
  const round = form.round.trim();
  await call('sources.update', {
    id: source.id,
    name: form.name.trim(),
    kind: form.kind,
    round: round === '' ? null : Number(round),
    mode: form.mode === '' ? null : form.mode,
    interviewDate: form.interviewDate === '' ? null : form.interviewDate,
    mediaPath: form.mediaPath.trim() === '' ? null : form.mediaPath.trim(),
  });
  const before = speakersOf(source);
  for (const [label, assign] of speakers) {
    if (choiceValue(assign) !== choiceValue(before.get(label) ?? { kind: 'unassigned' }) || assign.kind === 'new-case') {
      await call('import.assignSpeaker', { sourceId: source.id, label, assign });
    }
  }
  return call('import.setSourceCases', { sourceId: source.id, caseIds: form.caseIds });
}

export interface DetailsFieldsProps {
  form: SourceForm;
  onChange(change: Partial<SourceForm>): void;
  cases: readonly CaseRecord[];
}

// The source's own fields.
export function DetailsFields({ form, onChange, cases }: DetailsFieldsProps) {
  return (
    <div className="import-details-grid">
      <label className="field">
        <span className="field-label">Name</span>
        <input type="text" value={form.name} onChange={(e) => onChange({ name: e.target.value })} />
      </label>
      <label className="field">
        <span className="field-label">Kind</span>
        <select value={form.kind} onChange={(e) => onChange({ kind: e.target.value as SourceKind })}>
          {SOURCE_KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field-label">Round</span>
        <input type="number" min={1} max={99} value={form.round} onChange={(e) => onChange({ round: e.target.value })} />
      </label>
      <label className="field">
        <span className="field-label">Mode</span>
        <select value={form.mode} onChange={(e) => onChange({ mode: e.target.value as InterviewMode | '' })}>
          <option value="">—</option>
          {INTERVIEW_MODES.map((m) => (
            <option key={m} value={m}>
              {MODE_LABELS[m]}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field-label">Interview date</span>
        <DateField value={form.interviewDate} onChange={(interviewDate) => onChange({ interviewDate })} />
      </label>
      <label className="field">
        <span className="field-label">Audio or video file</span>
        <input type="text" placeholder="Full path of the recording" value={form.mediaPath} onChange={(e) => onChange({ mediaPath: e.target.value })} />
      </label>
      <label className="field">
        <span className="field-label">Cases</span>
        <select multiple size={Math.min(5, Math.max(2, cases.length))} value={form.caseIds.map(String)} onChange={(e) => onChange({ caseIds: [...e.target.selectedOptions].map((o) => Number(o.value)) })}>
          {cases.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

export interface SpeakerFieldsProps {
  speakers: ReadonlyMap<string, SpeakerAssignment>;
  onChange(speakers: Map<string, SpeakerAssignment>): void;
  cases: readonly CaseRecord[];
}

// Who each speaker of the source is: the interviewer, a case, a new case, or no case yet.
export function SpeakerFields({ speakers, onChange, cases }: SpeakerFieldsProps) {
  return (
    <fieldset className="import-file">
      <legend className="import-file-name">Speakers</legend>
      {[...speakers].map(([label, assign]) => (
        <div key={label} className="import-speaker">
          <strong>{label}</strong>
          <div>
            <select aria-label={`Who is ${label}?`} value={choiceValue(assign)} onChange={(e) => onChange(new Map(speakers).set(label, choiceFrom(e.target.value, label, assign)))}>
              <option value="interviewer">The interviewer</option>
              <option value="new-case">A new case…</option>
              {cases.map((c) => (
                <option key={c.id} value={`case:${c.id}`}>
                  {c.label}
                  {c.realName && c.realName !== c.label ? ` (${c.realName})` : ''}
                </option>
              ))}
              <option value="unassigned">No case yet</option>
            </select>
            {assign.kind === 'new-case' ? <input type="text" aria-label={`New case name for ${label}`} value={assign.name} onChange={(e) => onChange(new Map(speakers).set(label, { ...assign, name: e.target.value }))} /> : null}
          </div>
        </div>
      ))}
    </fieldset>
  );
}
