// Editing a source's details after import: name, kind, round, mode, interview date, the
// recording it was transcribed from, its cases, and who each of its speakers is.
import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import type { SourceSummary } from '../../../shared/model/entities.ts';
import type { SpeakerAssignment } from '../../../shared/model/import.ts';
import { announceChange } from '../../api.ts';
import { toApiCallError } from '../../api-call-error.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { Modal } from '../../components/modal.tsx';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import { DetailsFields, formOf, formProblem, saveSourceDetails, SpeakerFields, speakersOf } from './source-details-form.tsx';
import type { SourceForm } from './source-details-form.tsx';
import './import.css';

export interface SourceDetailsDialogProps {
  sourceId: number;
  onSaved(source: SourceSummary): void;
  onClose(): void;
}

// Loads one source and lets the researcher change its details.
export function SourceDetailsDialog({ sourceId, onSaved, onClose }: SourceDetailsDialogProps) {
  const source = useApiQuery('sources.get', { id: sourceId }, []);
  const cases = useApiQuery('cases.list', {});
  const [form, setForm] = useState<SourceForm | null>(null);
  const [speakers, setSpeakers] = useState<Map<string, SpeakerAssignment>>(new Map());
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const caseList = [...(cases.data ?? [])].sort((a, b) => a.label.localeCompare(b.label, undefined, { numeric: true }));

  // the form starts from the source as stored, once it and the cases have loaded
  useEffect(() => {
    const s = source.data;
    if (!s || form || !cases.data) return;
    setForm(formOf(s, cases.data));
    setSpeakers(speakersOf(s));
  }, [source.data, cases.data, form]);

  async function save(e: FormEvent) {
    e.preventDefault();
    const s = source.data;
    if (!form || !s) return;
    const problem = formProblem(form);
    if (problem) {
      setError(problem);
      return;
    }
    setSaving(true);
    setError(null);
    try {
      const saved = await saveSourceDetails(s, form, speakers);
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
          <DetailsFields form={form} onChange={(change) => setForm({ ...form, ...change })} cases={caseList} />
          {speakers.size > 0 ? <SpeakerFields speakers={speakers} onChange={setSpeakers} cases={caseList} /> : null}
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
