// The coded extracts export: choose questions (or nodes), filter by cases, case facets
// and sources, choose attribution and options, preview, then export to Word. The export
// is refused, with every leak listed, when a real name would leave.
import { useState } from 'react';
import type { DocxOptions } from '../../../shared/api/documents.ts';
import type { ExportOutcome, ExtractPreview, ExtractSelection } from '../../../shared/model/anonymise.ts';
import { call } from '../../api.ts';
import { toApiCallError } from '../../api-call-error.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import { finishJob, startJob } from '../../jobs.ts';
import type { Notice } from '../frame/notice-bar.tsx';
import { ExportOutcomeView } from './export-outcome.tsx';
import { joinPath, safeFileName } from './export-paths.ts';
import { ExtractsPreview } from './extracts-preview.tsx';
import { AnonymisedToggle } from '../anonymise/anonymised-toggle.tsx';
import { useAnonymisedView } from '../anonymise/anonymised-view.ts';
import { ExtractsFilters, ExtractsOptions, FIRST_SETTINGS, NO_FILTER } from './extracts-choices.tsx';
import type { ExtractsFilter, ExtractsSettings } from './extracts-choices.tsx';
import { runExport } from './run-export.ts';

export interface ExtractsExportProps {
  options: DocxOptions;
  readOnly: boolean;
  notify(notice: Notice): void;
}

// The selection the host takes: the filter, with the facets that have values.
function selectionOf(filter: ExtractsFilter): ExtractSelection {
  return {
    questions: filter.questions,
    nodeIds: filter.nodeIds,
    caseIds: filter.caseIds,
    sourceIds: filter.sourceIds,
    facets: Object.entries(filter.facets)
      .filter(([, values]) => values.length > 0)
      .map(([facet, values]) => ({ facet, values })),
  };
}

// The file suggested for the chosen questions (named after them), in the project's folder.
function suggestedPath(options: DocxOptions, questions: readonly number[]): string {
  const stem = questions.length > 0 ? `Coded extracts - Q${[...questions].sort().join(', Q')}` : options.suggestedStem;
  return joinPath(options.defaultFolder, `${safeFileName(stem, 'Coded extracts')}.docx`);
}

interface SavePathProps {
  path: string;
  onPath(path: string): void;
  overwrite: boolean;
  onOverwrite(overwrite: boolean): void;
}

// Where the document is written, and whether an existing file may be replaced.
function SavePath({ path, onPath, overwrite, onOverwrite }: SavePathProps) {
  return (
    <>
      <label className="field">
        <span className="field-label">Save as (.docx)</span>
        <input type="text" value={path} onChange={(e) => onPath(e.target.value)} />
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={overwrite} onChange={(e) => onOverwrite(e.target.checked)} />
        Replace the file if it exists
      </label>
    </>
  );
}

// The coded extracts section of the Exports screen.
export function ExtractsExport({ options, readOnly, notify }: ExtractsExportProps) {
  const nodes = useApiQuery('nodes.list', {});
  const cases = useApiQuery('cases.list', {});
  const sources = useApiQuery('sources.list', {});
  const view = useAnonymisedView();
  const [filter, setFilter] = useState<ExtractsFilter>(NO_FILTER);
  const [settings, setSettings] = useState<ExtractsSettings>(FIRST_SETTINGS);
  const [path, setPath] = useState(() => joinPath(options.defaultFolder, `${options.suggestedStem}.docx`));
  const [pathTouched, setPathTouched] = useState(false);
  const [overwrite, setOverwrite] = useState(false);
  const [preview, setPreview] = useState<ExtractPreview | null>(null);
  const [outcome, setOutcome] = useState<ExportOutcome | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const selection = selectionOf(filter);
  const { attribution, memos, anonymiseMemos } = settings;

  function chooseQuestions(next: number[]) {
    setFilter((f) => ({ ...f, questions: next }));
    if (!pathTouched) setPath(suggestedPath(options, next));
  }

  // runs a call with the buttons disabled, showing its error
  async function working(fn: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await fn();
    } catch (e) {
      setError(toApiCallError(e).message);
    } finally {
      setBusy(false);
    }
  }

  const runPreview = () =>
    working(async () => {
      const jobId = startJob('Preparing the preview');
      try {
        setPreview(await call('docx.preview', { selection, attribution, anonymiseMemos, includeMemos: memos !== 'none', limit: 300, jobId }));
      } finally {
        finishJob(jobId);
      }
    });

  const runWordExport = () =>
    working(async () => {
      setOutcome(null);
      const { matrixFacet, alignment, diagramIds, triangles, title, toc } = settings;
      const result = await runExport('Exporting coded extracts to Word', (jobId) =>
        call('docx.exportExtracts', { path, overwrite, jobId, selection, attribution, memos, anonymiseMemos, title, tableOfContents: toc, nodeDescriptions: true, matrixFacet: matrixFacet || null, alignmentMatrix: alignment, diagramIds, triangles }),
      );
      setOutcome(result);
      notify(result.written ? { kind: 'info', text: `Exported ${result.extracts} extracts to ${result.path}.` } : { kind: 'error', text: 'The export was blocked: real names were found. See the list.' });
    });

  return (
    <section className="exports-section" aria-labelledby="exports-extracts-heading">
      <h2 id="exports-extracts-heading">Coded extracts to Word</h2>
      <AnonymisedToggle />
      <ExtractsFilters options={options} filter={filter} onChange={(change) => setFilter((f) => ({ ...f, ...change }))} onQuestions={chooseQuestions} nodes={nodes.data ?? []} cases={cases.data ?? []} sources={sources.data ?? []} view={view} />
      <ExtractsOptions options={options} settings={settings} onChange={(change) => setSettings((s) => ({ ...s, ...change }))} />
      <SavePath
        path={path}
        onPath={(p) => {
          setPath(p);
          setPathTouched(true);
        }}
        overwrite={overwrite}
        onOverwrite={setOverwrite}
      />
      <div className="button-row">
        {/* while the work runs the buttons are aria-disabled, not disabled, so the one pressed keeps the focus */}
        <button type="button" onClick={() => void (busy ? undefined : runPreview())} aria-disabled={busy}>
          Preview
        </button>
        <button type="button" className="primary" onClick={() => void (busy ? undefined : runWordExport())} aria-disabled={busy} disabled={!path.trim()}>
          Export to Word
        </button>
      </div>
      <ErrorMessage error={error} onDismiss={() => setError(null)} />
      <ExportOutcomeView outcome={outcome} />
      {preview ? <ExtractsPreview preview={preview} attribution={attribution} readOnly={readOnly} onChanged={() => void runPreview()} notify={notify} /> : null}
    </section>
  );
}
