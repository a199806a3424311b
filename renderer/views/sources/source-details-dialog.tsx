// Editing a source's details after import: name, kind, round, mode, interview date, the
// recording it was transcribed from, its cases, and who each of its speakers is.
import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { INTERVIEW_MODES, SOURCE_KINDS } from '../../../shared/model/entities.ts';
import type { InterviewMode, SourceDetail, SourceKind, SourceSummary } from '../../../shared/model/entities.ts';
import type { SpeakerAssignment } from '../../../shared/model/import.ts';
import { announceChange, call } from '../../api.ts';
import { toApiCallError } from '../../api-call-error.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { Modal } from '../../components/modal.tsx';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import { KIND_LABELS, MODE_LABELS } from './import-model.ts';
import { choiceFrom, choiceValue } from './import-speakers-step.tsx';
import './import.css';

export interface SourceDetailsDialogProps {
  sourceId: number;
  onSaved(source: SourceSummary): void;
  onClose(): void;
}

interface Form {
  name: string;
  kind: SourceKind;
  round: string;
  mode: InterviewMode | '';
  interviewDate: string;
  mediaPath: string;
  caseIds: number[];
}

// The speakers of a source and who each one is now.
function speakersOf(source: SourceDetail): Map<string, SpeakerAssignment> {
  const out = new Map<string, SpeakerAssignment>();
  for (const s of source.segments) {
    if (s.kind !== 'turn' || s.speakerLabel === null || out.has(s.speakerLabel)) continue;
    out.set(s.speakerLabel, s.isInterviewer ? { kind: 'interviewer' } : s.caseId !== null ? { kind: 'case', caseId: s.caseId } : { kind: 'unassigned' });
  }
  return out;
}

// Loads one source and lets the researcher change its details.
export function SourceDetailsDialog({ sourceId, onSaved, onClose }: SourceDetailsDialogProps) {
  const source = useApiQuery('sources.get', { id: sourceId }, []);
  const cases = useApiQuery('cases.list', {});
  const [form, setForm] = useState<Form | null>(null);
  const [speakers, setSpeakers] = useState<Map<string, SpeakerAssignment>>(new Map());
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const caseList = [...(cases.data ?? [])].sort((a, b) => a.label.localeCompare(b.label, undefined, { numeric: true }));

  useEffect(() => {
    const s = source.data;
    if (!s || form || !cases.data) return;
    const byLabel = new Map(cases.data.map((c) => [c.label, c.id]));
    setForm({
      name: s.name,
      kind: s.kind,
      round: s.round === null ? '' : String(s.round),
      mode: s.mode ?? '',
      interviewDate: s.interviewDate ?? '',
      mediaPath: s.mediaPath ?? '',
      caseIds: s.caseNames.flatMap((n) => (byLabel.has(n) ? [byLabel.get(n) ?? 0] : [])),
    });
    setSpeakers(speakersOf(s));
  }, [source.data, cases.data]);

  async function save(e: FormEvent) {
    e.preventDefault();
    const s = source.data;
    if (!form || !s) return;
    const round = form.round.trim();
    if (round !== '' && !/^(?:[1-9]|[1-9]\d)$/u.test(round)) {
      setError('The round must be a whole number from 1 to 99.');
      return;
    }
    if (form.name.trim() === '') {
      setError('Give the source a name.');
      return;
    }
    setSaving(true);
    setError(null);
    try {
      let saved = await call('sources.update', {
        id: s.id,
        name: form.name.trim(),
        kind: form.kind,
        round: round === '' ? null : Number(round),
        mode: form.mode === '' ? null : form.mode,
        interviewDate: form.interviewDate === '' ? null : form.interviewDate,
        mediaPath: form.mediaPath.trim() === '' ? null : form.mediaPath.trim(),
      });
      const before = speakersOf(s);
      for (const [label, assign] of speakers) {
        if (choiceValue(assign) !== choiceValue(before.get(label) ?? { kind: 'unassigned' }) || assign.kind === 'new-case') {
          await call('import.assignSpeaker', { sourceId: s.id, label, assign });
        }
      }
      saved = await call('import.setSourceCases', { sourceId: s.id, caseIds: form.caseIds });
      announceChange('source details');
      onSaved(saved);
      onClose();
    } catch (err) {
      setError(toApiCallError(err).message);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal title="Source details" onClose={onClose} wide>
      <ErrorMessage error={source.error} />
      {form ? (
        <form onSubmit={(e) => void save(e)} noValidate>
          <div className="import-details-grid">
            <label className="field">
              <span className="field-label">Name</span>
              <input type="text" value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
            </label>
            <label className="field">
              <span className="field-label">Kind</span>
              <select value={form.kind} onChange={(e) => setForm({ ...form, kind: e.target.value as SourceKind })}>
                {SOURCE_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {KIND_LABELS[k]}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <span className="field-label">Round</span>
              <input type="number" min={1} max={99} value={form.round} onChange={(e) => setForm({ ...form, round: e.target.value })} />
            </label>
            <label className="field">
              <span className="field-label">Mode</span>
              <select value={form.mode} onChange={(e) => setForm({ ...form, mode: e.target.value as InterviewMode | '' })}>
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
              <input type="date" value={form.interviewDate} onChange={(e) => setForm({ ...form, interviewDate: e.target.value })} />
            </label>
            <label className="field">
              <span className="field-label">Audio or video file</span>
              <input type="text" placeholder="Full path of the recording" value={form.mediaPath} onChange={(e) => setForm({ ...form, mediaPath: e.target.value })} />
            </label>
            <label className="field">
              <span className="field-label">Cases</span>
              <select multiple size={Math.min(5, Math.max(2, caseList.length))} value={form.caseIds.map(String)} onChange={(e) => setForm({ ...form, caseIds: [...e.target.selectedOptions].map((o) => Number(o.value)) })}>
                {caseList.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.label}
                  </option>
                ))}
              </select>
            </label>
          </div>
          {speakers.size > 0 ? (
            <fieldset className="import-file">
              <legend className="import-file-name">Speakers</legend>
              {[...speakers].map(([label, assign]) => (
                <div key={label} className="import-speaker">
                  <strong>{label}</strong>
                  <div>
                    <select aria-label={`Who is ${label}?`} value={choiceValue(assign)} onChange={(e) => setSpeakers(new Map(speakers).set(label, choiceFrom(e.target.value, label, assign)))}>
                      <option value="interviewer">The interviewer</option>
                      <option value="new-case">A new case…</option>
                      {caseList.map((c) => (
                        <option key={c.id} value={`case:${c.id}`}>
                          {c.label}
                          {c.realName && c.realName !== c.label ? ` (${c.realName})` : ''}
                        </option>
                      ))}
                      <option value="unassigned">No case yet</option>
                    </select>
                    {assign.kind === 'new-case' ? (
                      <input type="text" aria-label={`New case name for ${label}`} value={assign.name} onChange={(e) => setSpeakers(new Map(speakers).set(label, { ...assign, name: e.target.value }))} />
                    ) : null}
                  </div>
                </div>
              ))}
            </fieldset>
          ) : null}
          <ErrorMessage error={error} />
          <div className="dialog-buttons">
            <button type="button" onClick={onClose}>
              Cancel
            </button>
            <button type="submit" className="primary" disabled={saving}>
              {saving ? 'Saving…' : 'Save'}
            </button>
          </div>
        </form>
      ) : (
        <p className="muted">Loading…</p>
      )}
    </Modal>
  );
}
