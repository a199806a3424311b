// The coded extracts export: choose questions (or nodes), filter by cases, case facets
// and sources, choose attribution and options, preview, then export to Word. The export
// is refused, with every leak listed, when a real name would leave.
import { useState } from 'react';
import type { DocxOptions } from '../../../shared/api/documents.ts';
import type { AttributionFormat, ExportOutcome, ExtractPreview, ExtractSelection, MemoPlacement } from '../../../shared/model/anonymise.ts';
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
import { ChoiceList } from './choice-list.tsx';
import { runExport } from './run-export.ts';

export interface ExtractsExportProps {
  options: DocxOptions;
  readOnly: boolean;
  notify(notice: Notice): void;
}

// The coded extracts section of the Exports screen.
export function ExtractsExport({ options, readOnly, notify }: ExtractsExportProps) {
  const nodes = useApiQuery('nodes.list', {});
  const cases = useApiQuery('cases.list', {});
  const sources = useApiQuery('sources.list', {});
  const view = useAnonymisedView();
  const [questions, setQuestions] = useState<number[]>([]);
  const [nodeIds, setNodeIds] = useState<number[]>([]);
  const [caseIds, setCaseIds] = useState<number[]>([]);
  const [sourceIds, setSourceIds] = useState<number[]>([]);
  const [facets, setFacets] = useState<Record<string, string[]>>({});
  const [attribution, setAttribution] = useState<AttributionFormat>('role-project');
  const [memos, setMemos] = useState<MemoPlacement>('none');
  const [anonymiseMemos, setAnonymiseMemos] = useState(false);
  const [matrixFacet, setMatrixFacet] = useState('');
  const [alignment, setAlignment] = useState(false);
  const [diagramIds, setDiagramIds] = useState<number[]>([]);
  const [title, setTitle] = useState('Coded extracts');
  const [toc, setToc] = useState(true);
  const [path, setPath] = useState(() => joinPath(options.defaultFolder, `${options.suggestedStem}.docx`));
  const [pathTouched, setPathTouched] = useState(false);
  const [overwrite, setOverwrite] = useState(false);
  const [preview, setPreview] = useState<ExtractPreview | null>(null);
  const [outcome, setOutcome] = useState<ExportOutcome | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const selection: ExtractSelection = {
    questions,
    nodeIds,
    caseIds,
    sourceIds,
    facets: Object.entries(facets)
      .filter(([, values]) => values.length > 0)
      .map(([facet, values]) => ({ facet, values })),
  };

  function chooseQuestions(next: number[]) {
    setQuestions(next);
    if (!pathTouched) {
      const stem = next.length > 0 ? `Coded extracts - Q${[...next].sort().join(', Q')}` : options.suggestedStem;
      setPath(joinPath(options.defaultFolder, `${safeFileName(stem, 'Coded extracts')}.docx`));
    }
  }

  async function runPreview() {
    setBusy(true);
    setError(null);
    const jobId = startJob('Preparing the preview');
    try {
      setPreview(await call('docx.preview', { selection, attribution, anonymiseMemos, includeMemos: memos !== 'none', limit: 300, jobId }));
    } catch (e) {
      setError(toApiCallError(e).message);
    } finally {
      finishJob(jobId);
      setBusy(false);
    }
  }

  async function runWordExport() {
    setBusy(true);
    setError(null);
    setOutcome(null);
    try {
      const result = await runExport('Exporting coded extracts to Word', (jobId) =>
        call('docx.exportExtracts', {
          path,
          overwrite,
          jobId,
          selection,
          attribution,
          memos,
          anonymiseMemos,
          title,
          tableOfContents: toc,
          nodeDescriptions: true,
          matrixFacet: matrixFacet || null,
          alignmentMatrix: alignment,
          diagramIds,
        }),
      );
      setOutcome(result);
      notify(result.written ? { kind: 'info', text: `Exported ${result.extracts} extracts to ${result.path}.` } : { kind: 'error', text: 'The export was blocked: real names were found. See the list.' });
    } catch (e) {
      setError(toApiCallError(e).message);
    } finally {
      setBusy(false);
    }
  }

  const questionNodes = new Set(options.questions.filter((q) => questions.length === 0 || questions.includes(q.question)).map((q) => q.nodeId));
  const nodeChoices = (nodes.data ?? []).filter((n) => n.parentId !== null && questionNodes.has(n.parentId)).map((n) => ({ value: n.id, label: n.path }));

  return (
    <section className="exports-section" aria-labelledby="exports-extracts-heading">
      <h2 id="exports-extracts-heading">Coded extracts to Word</h2>
      <AnonymisedToggle />
      <fieldset className="field">
        <legend className="field-label">Questions</legend>
        <div className="exports-inline">
          {options.questions.map((q) => (
            <label key={q.question} className="checkbox">
              <input type="checkbox" checked={questions.includes(q.question)} onChange={(e) => chooseQuestions(e.target.checked ? [...questions, q.question] : questions.filter((x) => x !== q.question))} />
              {q.name}
            </label>
          ))}
        </div>
        <span className="field-hint">None ticked: every question.</span>
      </fieldset>
      <div className="exports-filters">
        <ChoiceList title="Only these nodes" choices={nodeChoices} chosen={nodeIds} onChange={setNodeIds} />
        <ChoiceList title="Only these cases" choices={(cases.data ?? []).map((c) => ({ value: c.id, label: view.on ? c.label : `${c.label} (${c.realName})` }))} chosen={caseIds} onChange={setCaseIds} />
        <ChoiceList title="Only these sources" choices={(sources.data ?? []).map((s) => ({ value: s.id, label: view.anonymise(s.name) }))} chosen={sourceIds} onChange={setSourceIds} />
        {options.facets.map((f) => (
          <ChoiceList
            key={f.facet}
            title={`Only where ${f.label} is`}
            choices={f.values.map((v) => ({ value: v, label: v }))}
            chosen={facets[f.facet] ?? []}
            onChange={(values) => setFacets({ ...facets, [f.facet]: values })}
          />
        ))}
      </div>
      <div className="exports-options">
        <fieldset className="field">
          <legend className="field-label">Attribution</legend>
          <label className="radio">
            <input type="radio" name="exports-attribution" checked={attribution === 'role-project'} onChange={() => setAttribution('role-project')} />
            Role and project, e.g. (Broker, Project 1)
          </label>
          <label className="radio">
            <input type="radio" name="exports-attribution" checked={attribution === 'pseudonym'} onChange={() => setAttribution('pseudonym')} />
            Pseudonym (for case studies)
          </label>
        </fieldset>
        <label className="field">
          <span className="field-label">Memos on extracts</span>
          <select value={memos} onChange={(e) => setMemos(e.target.value as MemoPlacement)}>
            <option value="none">Leave out</option>
            <option value="comments">As Word comments</option>
            <option value="footnotes">As footnotes</option>
          </select>
          <label className="checkbox">
            <input type="checkbox" checked={anonymiseMemos} onChange={(e) => setAnonymiseMemos(e.target.checked)} disabled={memos === 'none'} />
            Replace register names in memos too (otherwise a name in a memo blocks the export)
          </label>
        </label>
        <label className="field">
          <span className="field-label">Table of extracts by</span>
          <select value={matrixFacet} onChange={(e) => setMatrixFacet(e.target.value)}>
            <option value="">No table</option>
            {options.facets.map((f) => (
              <option key={f.facet} value={f.facet}>
                {f.label}
              </option>
            ))}
          </select>
        </label>
        <div>
          {options.hasAlignmentMatrix ? (
            <label className="checkbox">
              <input type="checkbox" checked={alignment} onChange={(e) => setAlignment(e.target.checked)} />
              Include the objectives × questions matrix
            </label>
          ) : null}
          <label className="checkbox">
            <input type="checkbox" checked={toc} onChange={(e) => setToc(e.target.checked)} />
            Table of contents
          </label>
        </div>
        {options.diagrams.length > 0 ? <ChoiceList title="Diagrams as figures" choices={options.diagrams.map((d) => ({ value: d.id, label: d.title }))} chosen={diagramIds} onChange={setDiagramIds} /> : null}
        <label className="field">
          <span className="field-label">Title</span>
          <input type="text" value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
      </div>
      <label className="field">
        <span className="field-label">Save as (.docx)</span>
        <input
          type="text"
          value={path}
          onChange={(e) => {
            setPath(e.target.value);
            setPathTouched(true);
          }}
        />
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={overwrite} onChange={(e) => setOverwrite(e.target.checked)} />
        Replace the file if it exists
      </label>
      <div className="button-row">
        <button type="button" onClick={() => void runPreview()} disabled={busy}>
          Preview
        </button>
        <button type="button" className="primary" onClick={() => void runWordExport()} disabled={busy || !path.trim()}>
          Export to Word
        </button>
      </div>
      <ErrorMessage error={error} onDismiss={() => setError(null)} />
      <ExportOutcomeView outcome={outcome} />
      {preview ? <ExtractsPreview preview={preview} attribution={attribution} readOnly={readOnly} onChanged={() => void runPreview()} notify={notify} /> : null}
    </section>
  );
}
