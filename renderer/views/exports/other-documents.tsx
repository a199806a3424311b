// The other Word documents: a transcript for checking coding on paper (text | codes and
// notes), the codebook with counts and an example per node, and the research journal.
import { useState } from 'react';
import type { DocxOptions } from '../../../shared/api/documents.ts';
import type { ExportOutcome } from '../../../shared/model/anonymise.ts';
import type { SourceSummary } from '../../../shared/model/entities.ts';
import { call } from '../../api.ts';
import { toApiCallError } from '../../api-call-error.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import type { Notice } from '../frame/notice-bar.tsx';
import { ExportOutcomeView } from './export-outcome.tsx';
import { joinPath } from './export-paths.ts';
import { runExport } from './run-export.ts';
import { useAnonymisedView } from '../anonymise/anonymised-view.ts';
import type { AnonymisedView } from '../anonymise/anonymised-view.ts';

type Kind = 'transcript' | 'codebook' | 'journal';

const NAMES: Record<Kind, string> = { transcript: 'Transcript for checking.docx', codebook: 'Codebook.docx', journal: 'Research journal.docx' };

// Which document to write.
function DocumentKindChoice({ kind, onChange }: { kind: Kind; onChange(kind: Kind): void }) {
  return (
    <fieldset className="field">
      <legend className="field-label">Document</legend>
      <label className="radio">
        <input type="radio" name="exports-kind" checked={kind === 'transcript'} onChange={() => onChange('transcript')} />
        Transcript for checking: the text beside the codes applied to each turn, with room for notes
      </label>
      <label className="radio">
        <input type="radio" name="exports-kind" checked={kind === 'codebook'} onChange={() => onChange('codebook')} />
        Codebook: descriptions, counts and one example extract per node
      </label>
      <label className="radio">
        <input type="radio" name="exports-kind" checked={kind === 'journal'} onChange={() => onChange('journal')} />
        Research journal: the project’s memos
      </label>
    </fieldset>
  );
}

interface TranscriptChoicesProps {
  sources: readonly SourceSummary[];
  sourceId: number | null;
  onSource(id: number | null): void;
  realNames: boolean;
  onRealNames(keep: boolean): void;
  view: AnonymisedView;
}

// For a transcript: the source, and whether to keep real names.
function TranscriptChoices({ sources, sourceId, onSource, realNames, onRealNames, view }: TranscriptChoicesProps) {
  return (
    <>
      <label className="field">
        <span className="field-label">Source</span>
        <select value={sourceId ?? ''} onChange={(e) => onSource(e.target.value ? Number(e.target.value) : null)}>
          <option value="">Choose a source…</option>
          {sources.map((s) => (
            <option key={s.id} value={s.id}>
              {view.anonymise(s.name)}
            </option>
          ))}
        </select>
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={realNames} onChange={(e) => onRealNames(e.target.checked)} />
        Keep real names (for your own checking only; the document says so and is not checked)
      </label>
    </>
  );
}

// The other documents section of the Exports screen.
export function OtherDocuments({ options, notify }: { options: DocxOptions; notify(notice: Notice): void }) {
  const sources = useApiQuery('sources.list', {});
  const view = useAnonymisedView();
  const [kind, setKind] = useState<Kind>('transcript');
  const [sourceId, setSourceId] = useState<number | null>(null);
  const [realNames, setRealNames] = useState(false);
  const [anonymiseJournal, setAnonymiseJournal] = useState(false);
  const [paths, setPaths] = useState<Record<Kind, string>>(() => ({
    transcript: joinPath(options.defaultFolder, NAMES.transcript),
    codebook: joinPath(options.defaultFolder, NAMES.codebook),
    journal: joinPath(options.defaultFolder, NAMES.journal),
  }));
  const [overwrite, setOverwrite] = useState(false);
  const [outcome, setOutcome] = useState<ExportOutcome | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const path = paths[kind];

  async function write() {
    setBusy(true);
    setError(null);
    setOutcome(null);
    try {
      const result = await runExport(`Exporting the ${kind} to Word`, (jobId) => {
        if (kind === 'transcript') {
          if (sourceId === null) throw new Error('Choose the source to export.');
          return call('docx.exportTranscript', { path, overwrite, jobId, sourceId, anonymise: !realNames });
        }
        if (kind === 'codebook') return call('docx.exportCodebook', { path, overwrite, jobId, attribution: 'role-project' });
        return call('docx.exportJournal', { path, overwrite, jobId, anonymise: anonymiseJournal });
      });
      setOutcome(result);
      if (result.written) notify({ kind: 'info', text: `Wrote ${result.path}.` });
    } catch (e) {
      setError(e instanceof Error && !('code' in e) ? e.message : toApiCallError(e).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="exports-section" aria-labelledby="exports-other-heading">
      <h2 id="exports-other-heading">Other Word documents</h2>
      <DocumentKindChoice kind={kind} onChange={setKind} />
      {kind === 'transcript' ? <TranscriptChoices sources={sources.data ?? []} sourceId={sourceId} onSource={setSourceId} realNames={realNames} onRealNames={setRealNames} view={view} /> : null}
      {kind === 'journal' ? (
        <label className="checkbox">
          <input type="checkbox" checked={anonymiseJournal} onChange={(e) => setAnonymiseJournal(e.target.checked)} />
          Replace register names in the journal (otherwise a name in it blocks the export)
        </label>
      ) : null}
      <label className="field">
        <span className="field-label">Save as (.docx)</span>
        <input type="text" value={path} onChange={(e) => setPaths({ ...paths, [kind]: e.target.value })} />
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={overwrite} onChange={(e) => setOverwrite(e.target.checked)} />
        Replace the file if it exists
      </label>
      <button type="button" className="primary" onClick={() => void write()} disabled={busy || !path.trim() || (kind === 'transcript' && sourceId === null)}>
        Export to Word
      </button>
      <ErrorMessage error={error} onDismiss={() => setError(null)} />
      <ExportOutcomeView outcome={outcome} />
    </section>
  );
}
