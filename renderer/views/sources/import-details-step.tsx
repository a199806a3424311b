// Step 2 of the Import dialog: each file read, with what it holds, and its details as
// they will be stored on the source - name, kind, round, mode, interview date, cases,
// and the audio or video file it was transcribed from. Failed files are listed with why.
import { INTERVIEW_MODES, SOURCE_KINDS } from '../../../shared/model/entities.ts';
import type { CaseRecord, InterviewMode, SourceKind } from '../../../shared/model/entities.ts';
import type { FailedFile } from '../../../shared/model/import.ts';
import { formatBytes, formatCount } from '../../format.ts';
import { draftProblems, KIND_LABELS, MODE_LABELS } from './import-model.ts';
import type { FileDraft } from './import-model.ts';
import { DateField } from '../../components/date-field.tsx';

export interface DetailsStepProps {
  drafts: readonly FileDraft[];
  failures: readonly FailedFile[];
  cases: readonly CaseRecord[];
  onChange(index: number, draft: FileDraft): void;
  onRemove(index: number): void;
  onApplyToAll(values: { kind?: SourceKind; round?: string; mode?: InterviewMode | '' }): void;
}

function counts(draft: FileDraft): string {
  const c = draft.staged.counts;
  const parts = [
    c.turns > 0 ? formatCount(c.turns, 'turn') : '',
    c.paragraphs > 0 ? formatCount(c.paragraphs, 'paragraph') : '',
    c.headings > 0 ? formatCount(c.headings, 'heading') : '',
    c.tableRows > 0 ? formatCount(c.tableRows, 'table row') : '',
    draft.staged.pages ? formatCount(draft.staged.pages, 'page') : '',
  ].filter(Boolean);
  return `${draft.staged.format.toUpperCase()}, ${formatBytes(draft.staged.bytes)}, ${formatCount(draft.staged.words, 'word')}${parts.length ? ` in ${parts.join(', ')}` : ''}`;
}

// One file's details.
function FileCard({ draft, cases, onChange, onRemove }: { draft: FileDraft; cases: readonly CaseRecord[]; onChange(d: FileDraft): void; onRemove(): void }) {
  const problems = draftProblems(draft);
  const duplicate = draft.staged.duplicateOf;
  return (
    <fieldset className={duplicate ? 'import-file import-file-duplicate' : 'import-file'} aria-label={draft.staged.fileName}>
      <legend className="import-file-name">{draft.staged.fileName}</legend>
      <p className="import-file-facts muted">{counts(draft)}</p>
      {duplicate ? (
        <p className="import-note" role="note">
          Already in the project as “{duplicate.name}”: it will be skipped.
        </p>
      ) : null}
      {draft.staged.warnings.map((w) => (
        <p key={w} className="import-note">
          {w}
        </p>
      ))}
      <div className="import-file-grid">
        <label className="field">
          <span className="field-label">Name</span>
          <input type="text" value={draft.name} onChange={(e) => onChange({ ...draft, name: e.target.value })} />
        </label>
        <label className="field">
          <span className="field-label">Kind</span>
          <select value={draft.kind} onChange={(e) => onChange({ ...draft, kind: e.target.value as SourceKind })}>
            {SOURCE_KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">Round</span>
          <input type="number" min={1} max={99} inputMode="numeric" value={draft.round} onChange={(e) => onChange({ ...draft, round: e.target.value })} />
        </label>
        <label className="field">
          <span className="field-label">Mode</span>
          <select value={draft.mode} onChange={(e) => onChange({ ...draft, mode: e.target.value as InterviewMode | '' })}>
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
          <DateField value={draft.interviewDate} onChange={(interviewDate) => onChange({ ...draft, interviewDate })} />
        </label>
        <label className="field import-cases-field">
          <span className="field-label">Cases</span>
          <select
            multiple
            size={Math.min(4, Math.max(2, cases.length))}
            value={draft.caseIds.map(String)}
            onChange={(e) => onChange({ ...draft, caseIds: [...e.target.selectedOptions].map((o) => Number(o.value)) })}
          >
            {cases.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
                {c.realName && c.realName !== c.label ? ` (${c.realName})` : ''}
              </option>
            ))}
          </select>
          <span className="field-hint">Speakers’ cases are added by themselves.</span>
        </label>
        <label className="field import-media-field">
          <span className="field-label">Audio or video file (optional)</span>
          <input type="text" placeholder="Full path of the recording" value={draft.mediaPath} onChange={(e) => onChange({ ...draft, mediaPath: e.target.value })} />
        </label>
      </div>
      {problems.length > 0 ? <p className="field-error">Please {problems.join('; ')}.</p> : null}
      <button type="button" className="link-button" onClick={onRemove}>
        Leave this file out
      </button>
    </fieldset>
  );
}

// Shows every file read, the failures, and a row to set kind, round and mode for all files.
export function DetailsStep({ drafts, failures, cases, onChange, onRemove, onApplyToAll }: DetailsStepProps) {
  return (
    <div className="import-step">
      <h3 className="import-step-title">Check the files</h3>
      {failures.length > 0 ? (
        <div className="error-message" role="alert">
          <p>{failures.length === 1 ? 'This file could not be read; nothing of it will be imported:' : 'These files could not be read; nothing of them will be imported:'}</p>
          <ul>
            {failures.map((f, i) => (
              <li key={`${f.fileName}-${i}`}>{f.message.startsWith(f.fileName) ? f.message : `${f.fileName}: ${f.message}`}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {drafts.length > 1 ? <ApplyToAll onApply={onApplyToAll} /> : null}
      {drafts.length === 0 ? <p className="muted">No file is ready to import.</p> : null}
      {drafts.map((draft, i) => (
        <FileCard key={draft.staged.token} draft={draft} cases={cases} onChange={(d) => onChange(i, d)} onRemove={() => onRemove(i)} />
      ))}
    </div>
  );
}

function ApplyToAll({ onApply }: { onApply: DetailsStepProps['onApplyToAll'] }) {
  return (
    <div className="import-apply-all" role="group" aria-label="Set for all files">
      <span className="field-label">Set for all files:</span>
      <select aria-label="Kind for all files" value="" onChange={(e) => e.target.value && onApply({ kind: e.target.value as SourceKind })}>
        <option value="">Kind…</option>
        {SOURCE_KINDS.map((k) => (
          <option key={k} value={k}>
            {KIND_LABELS[k]}
          </option>
        ))}
      </select>
      <select aria-label="Round for all files" value="" onChange={(e) => e.target.value && onApply({ round: e.target.value === 'none' ? '' : e.target.value })}>
        <option value="">Round…</option>
        <option value="none">No round</option>
        {[1, 2, 3, 4].map((r) => (
          <option key={r} value={String(r)}>
            Round {r}
          </option>
        ))}
      </select>
      <select aria-label="Mode for all files" value="" onChange={(e) => e.target.value && onApply({ mode: e.target.value === 'none' ? '' : (e.target.value as InterviewMode) })}>
        <option value="">Mode…</option>
        <option value="none">No mode</option>
        {INTERVIEW_MODES.map((m) => (
          <option key={m} value={m}>
            {MODE_LABELS[m]}
          </option>
        ))}
      </select>
    </div>
  );
}
