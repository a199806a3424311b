// The other Word documents: a transcript for checking coding on paper (text | codes and
// notes), the codebook with counts and an example per node, the research journal, two
// diagrams compared component by component, and the table of contradictions.
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

type Kind = 'transcript' | 'codebook' | 'journal' | 'comparison' | 'contradictions';

const NAMES: Record<Kind, string> = {
  transcript: 'Transcript for checking.docx',
  codebook: 'Codebook.docx',
  journal: 'Research journal.docx',
  comparison: 'Diagrams compared.docx',
  contradictions: 'Contradictions.docx',
};

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
      <label className="radio">
        <input type="radio" name="exports-kind" checked={kind === 'comparison'} onChange={() => onChange('comparison')} />
        Two diagrams compared: each component’s text and evidence side by side (before and after, lead and partner)
      </label>
      <label className="radio">
        <input type="radio" name="exports-kind" checked={kind === 'contradictions'} onChange={() => onChange('contradictions')} />
        Contradictions: every tension by level and components, with its evidence by role, project and round
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

// For a comparison: the two diagrams, in the order their columns appear.
function ComparisonChoices({ diagrams, pair, onPair }: { diagrams: DocxOptions['diagrams']; pair: [number | null, number | null]; onPair(pair: [number | null, number | null]): void }) {
  const select = (label: string, value: number | null, set: (id: number | null) => void) => (
    <label className="field">
      <span className="field-label">{label}</span>
      <select value={value ?? ''} onChange={(e) => set(e.target.value ? Number(e.target.value) : null)}>
        <option value="">Choose a diagram…</option>
        {diagrams.map((d) => (
          <option key={d.id} value={d.id}>
            {d.title}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div className="exports-inline">
      {select('Left (e.g. before)', pair[0], (id) => onPair([id, pair[1]]))}
      {select('Right (e.g. after)', pair[1], (id) => onPair([pair[0], id]))}
    </div>
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
    comparison: joinPath(options.defaultFolder, NAMES.comparison),
    contradictions: joinPath(options.defaultFolder, NAMES.contradictions),
  }));
  const [pair, setPair] = useState<[number | null, number | null]>([options.diagrams[0]?.id ?? null, options.diagrams[1]?.id ?? null]);
  const pairChosen = pair[0] !== null && pair[1] !== null && pair[0] !== pair[1];
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
        if (kind === 'comparison') {
          if (pair[0] === null || pair[1] === null) throw new Error('Choose the two diagrams to compare.');
          return call('docx.exportComparison', { path, overwrite, jobId, leftId: pair[0], rightId: pair[1] });
        }
        if (kind === 'contradictions') return call('docx.exportContradictions', { path, overwrite, jobId });
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
      {kind === 'comparison' ? <ComparisonChoices diagrams={options.diagrams} pair={pair} onPair={setPair} /> : null}
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
      {/* aria-disabled while writing, not disabled, so the button keeps the focus */}
      <button type="button" className="primary" onClick={() => void (busy ? undefined : write())} aria-disabled={busy} disabled={!path.trim() || (kind === 'transcript' && sourceId === null) || (kind === 'comparison' && !pairChosen)}>
        Export to Word
      </button>
      <ErrorMessage error={error} onDismiss={() => setError(null)} />
      <ExportOutcomeView outcome={outcome} />
    </section>
  );
}
