// What the coded extracts export takes in and how it writes it: the questions, nodes,
// cases, sources and case facets to take extracts from, and the document's options
// (attribution, memos, a table by facet, the alignment matrix, contents, figures and how
// several first-generation triangles print, title).
import type { DocxOptions } from '../../../shared/api/documents.ts';
import type { AttributionFormat, MemoPlacement } from '../../../shared/model/anonymise.ts';
import { TRIANGLE_ARRANGEMENTS } from '../../../shared/model/diagrams.ts';
import type { TriangleArrangement } from '../../../shared/model/diagrams.ts';
import type { CaseRecord, NodeRecord, SourceSummary } from '../../../shared/model/entities.ts';
import type { AnonymisedView } from '../anonymise/anonymised-view.ts';
import { ChoiceList } from './choice-list.tsx';

// Which extracts go in (empty lists: no filter).
export interface ExtractsFilter {
  questions: number[];
  nodeIds: number[];
  caseIds: number[];
  sourceIds: number[];
  facets: Record<string, string[]>;
}

// How the document is written.
export interface ExtractsSettings {
  attribution: AttributionFormat;
  memos: MemoPlacement;
  anonymiseMemos: boolean;
  matrixFacet: string;
  alignment: boolean;
  diagramIds: number[];
  // how several first-generation triangles print
  triangles: TriangleArrangement;
  title: string;
  toc: boolean;
}

const ARRANGEMENT_NAMES: Readonly<Record<TriangleArrangement, string>> = {
  fit: 'As fits: every label at 8 pt or more',
  'side-by-side': 'Side by side in one row',
  rows: 'In rows',
  'one-per-figure': 'One triangle per figure',
};

export const NO_FILTER: ExtractsFilter = { questions: [], nodeIds: [], caseIds: [], sourceIds: [], facets: {} };

export const FIRST_SETTINGS: ExtractsSettings = { attribution: 'role-project', memos: 'none', anonymiseMemos: false, matrixFacet: '', alignment: false, diagramIds: [], triangles: 'fit', title: 'Coded extracts', toc: true };

export interface ExtractsFiltersProps {
  options: DocxOptions;
  filter: ExtractsFilter;
  onChange(change: Partial<ExtractsFilter>): void;
  onQuestions(questions: number[]): void;
  nodes: readonly NodeRecord[];
  cases: readonly CaseRecord[];
  sources: readonly SourceSummary[];
  view: AnonymisedView;
}

// The questions to export, and the lists that narrow the extracts down.
export function ExtractsFilters({ options, filter, onChange, onQuestions, nodes, cases, sources, view }: ExtractsFiltersProps) {
  const { questions } = filter;
  const questionNodes = new Set(options.questions.filter((q) => questions.length === 0 || questions.includes(q.question)).map((q) => q.nodeId));
  const nodeChoices = nodes.filter((n) => n.parentId !== null && questionNodes.has(n.parentId)).map((n) => ({ value: n.id, label: n.path }));
  return (
    <>
      <fieldset className="field">
        <legend className="field-label">Questions</legend>
        <div className="exports-inline">
          {options.questions.map((q) => (
            <label key={q.question} className="checkbox">
              <input type="checkbox" checked={questions.includes(q.question)} onChange={(e) => onQuestions(e.target.checked ? [...questions, q.question] : questions.filter((x) => x !== q.question))} />
              {q.name}
            </label>
          ))}
        </div>
        <span className="field-hint">None ticked: every question.</span>
      </fieldset>
      <div className="exports-filters">
        <ChoiceList title="Only these nodes" choices={nodeChoices} chosen={filter.nodeIds} onChange={(nodeIds) => onChange({ nodeIds })} />
        <ChoiceList title="Only these cases" choices={cases.map((c) => ({ value: c.id, label: view.on ? c.label : `${c.label} (${c.realName})` }))} chosen={filter.caseIds} onChange={(caseIds) => onChange({ caseIds })} />
        <ChoiceList title="Only these sources" choices={sources.map((s) => ({ value: s.id, label: view.anonymise(s.name) }))} chosen={filter.sourceIds} onChange={(sourceIds) => onChange({ sourceIds })} />
        {options.facets.map((f) => (
          <ChoiceList
            key={f.facet}
            title={`Only where ${f.label} is`}
            choices={f.values.map((v) => ({ value: v, label: v }))}
            chosen={filter.facets[f.facet] ?? []}
            onChange={(values) => onChange({ facets: { ...filter.facets, [f.facet]: values } })}
          />
        ))}
      </div>
    </>
  );
}

export interface ExtractsOptionsProps {
  options: DocxOptions;
  settings: ExtractsSettings;
  onChange(change: Partial<ExtractsSettings>): void;
}

// The document's options.
export function ExtractsOptions({ options, settings, onChange }: ExtractsOptionsProps) {
  return (
    <div className="exports-options">
      <fieldset className="field">
        <legend className="field-label">Attribution</legend>
        <label className="radio">
          <input type="radio" name="exports-attribution" checked={settings.attribution === 'role-project'} onChange={() => onChange({ attribution: 'role-project' })} />
          Role and project, e.g. (Broker, Project 1)
        </label>
        <label className="radio">
          <input type="radio" name="exports-attribution" checked={settings.attribution === 'pseudonym'} onChange={() => onChange({ attribution: 'pseudonym' })} />
          Pseudonym (for case studies)
        </label>
      </fieldset>
      <label className="field">
        <span className="field-label">Memos on extracts</span>
        <select value={settings.memos} onChange={(e) => onChange({ memos: e.target.value as MemoPlacement })}>
          <option value="none">Leave out</option>
          <option value="comments">As Word comments</option>
          <option value="footnotes">As footnotes</option>
        </select>
        <label className="checkbox">
          <input type="checkbox" checked={settings.anonymiseMemos} onChange={(e) => onChange({ anonymiseMemos: e.target.checked })} disabled={settings.memos === 'none'} />
          Replace register names in memos too (otherwise a name in a memo blocks the export)
        </label>
      </label>
      <label className="field">
        <span className="field-label">Table of extracts by</span>
        <select value={settings.matrixFacet} onChange={(e) => onChange({ matrixFacet: e.target.value })}>
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
            <input type="checkbox" checked={settings.alignment} onChange={(e) => onChange({ alignment: e.target.checked })} />
            Include the objectives × questions matrix
          </label>
        ) : null}
        <label className="checkbox">
          <input type="checkbox" checked={settings.toc} onChange={(e) => onChange({ toc: e.target.checked })} />
          Table of contents
        </label>
      </div>
      {options.diagrams.length > 0 ? <ChoiceList title="Diagrams as figures" choices={options.diagrams.map((d) => ({ value: d.id, label: d.title }))} chosen={settings.diagramIds} onChange={(diagramIds) => onChange({ diagramIds })} /> : null}
      {settings.diagramIds.length > 0 ? (
        <label className="field">
          <span className="field-label">First-generation triangles</span>
          <select value={settings.triangles} onChange={(e) => onChange({ triangles: TRIANGLE_ARRANGEMENTS.find((a) => a === e.target.value) ?? 'fit' })}>
            {TRIANGLE_ARRANGEMENTS.map((a) => (
              <option key={a} value={a}>
                {ARRANGEMENT_NAMES[a]}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <label className="field">
        <span className="field-label">Title</span>
        <input type="text" value={settings.title} onChange={(e) => onChange({ title: e.target.value })} />
      </label>
    </div>
  );
}
