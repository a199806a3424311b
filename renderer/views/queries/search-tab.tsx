// Text search: words, "phrases", prefix*, AND/OR/NOT, as keyword-in-context lines with
// the matches highlighted; restricted by attributes, cases, sources or text coded at a
// node; the whole result set can be coded at a node in one undoable step.
import { useState } from 'react';
import type { NodeRecord } from '../../../shared/model/entities.ts';
import type { QueryDefinition, QueryScope, SearchSegment } from '../../../shared/model/queries.ts';
import { announceChange, call } from '../../api.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { formatCount } from '../../format.ts';
import { openSource } from '../coding/open-source.ts';
import { CodeResultsDialog } from './code-results-dialog.tsx';
import { CuePresets } from './cue-presets.tsx';
import { KwicText, matchesSummary } from './kwic-line.tsx';
import { NodeSelect } from './node-select.tsx';
import { QueryActions } from './query-actions.tsx';
import { ScopeEditor } from './scope-editor.tsx';
import { useStickyState } from './sticky-state.ts';
import type { QueryTabProps } from './tab-props.ts';
import { usePendingDefinition } from './use-pending-definition.ts';
import { useQueryRunner } from './use-query-runner.ts';

const PAGE = 100;

// The query box with its Search button and how queries are written.
function SearchBox({ query, onQuery, busy }: { query: string; onQuery(query: string): void; busy: boolean }) {
  return (
    <>
      <label className="queries-field queries-search-box">
        <span className="field-label">Search for</span>
        <input type="search" value={query} onChange={(e) => onQuery(e.target.value)} aria-describedby="queries-search-help" placeholder='e.g. "peer coaching" OR mentor* NOT form' spellCheck={false} />
      </label>
      <button type="submit" className="primary" disabled={query.trim() === '' || busy}>
        {busy ? 'Searching…' : 'Search'}
      </button>
      <p id="queries-search-help" className="field-hint queries-help">
        Words must all occur in a turn; "quotes" find a phrase; observ* finds words starting so; OR, NOT and brackets combine them (NOT may come first). Hyphens and apostrophes
        work as written: co-operation, don't.
      </p>
    </>
  );
}

interface SearchOptionsProps {
  nodes: readonly NodeRecord[];
  codedAt: number | null;
  onCodedAt(nodeId: number | null): void;
  descendants: boolean;
  onDescendants(on: boolean): void;
  labels: boolean;
  onLabels(on: boolean): void;
}

// Where to search: only text coded at a node (and the nodes under it), and speaker labels or not.
function SearchOptions({ nodes, codedAt, onCodedAt, descendants, onDescendants, labels, onLabels }: SearchOptionsProps) {
  return (
    <>
      <NodeSelect label="Only text coded at" nodes={nodes} value={codedAt} onChange={onCodedAt} emptyLabel="(anywhere)" />
      {codedAt !== null ? (
        <label className="queries-check">
          <input type="checkbox" checked={descendants} onChange={(e) => onDescendants(e.target.checked)} />
          or the nodes under it
        </label>
      ) : null}
      <label className="queries-check">
        <input type="checkbox" checked={labels} onChange={(e) => onLabels(e.target.checked)} />
        Let words in speaker labels match
      </label>
    </>
  );
}

// The matching turns, each line of them with the words found and a way into the source.
function SearchHits({ segments }: { segments: readonly SearchSegment[] }) {
  return (
    <ol className="queries-hits" aria-label="Search results">
      {segments.map((s) => (
        <li key={s.segmentId} className="queries-hit">
          <div className="queries-reference-head">
            <span className="queries-reference-source">{s.sourceName}</span>
            <span className="muted">{[s.caseLabel ?? (s.isInterviewer ? 'interviewer' : 'no case'), s.speakerLabel, s.lines.some((l) => l.matches > 1) ? matchesSummary(s.lines) : null].filter(Boolean).join(' · ')}</span>
          </div>
          {s.lines.map((line) => (
            <div key={`${line.start}-${line.end}`} className="queries-hit-line">
              <KwicText line={line} />
              <button type="button" className="link-button" onClick={() => openSource(s.sourceId, line.end > line.start ? { start: line.start, end: line.end } : { start: s.start, end: s.end })}>
                Open
              </button>
            </div>
          ))}
        </li>
      ))}
    </ol>
  );
}

// The Text search tab.
export function SearchTab({ project, notify, nodes, facets, keyPrefix, pending, onPendingTaken, coderId }: QueryTabProps) {
  const [query, setQuery] = useStickyState(`${keyPrefix}search.query`, '');
  const [codedAt, setCodedAt] = useStickyState<number | null>(`${keyPrefix}search.codedAt`, null);
  const [descendants, setDescendants] = useStickyState(`${keyPrefix}search.descendants`, true);
  const [labels, setLabels] = useStickyState(`${keyPrefix}search.labels`, false);
  const [scope, setScope] = useStickyState<QueryScope>(`${keyPrefix}search.scope`, {});
  const [coding, setCoding] = useState(false);
  const runner = useQueryRunner(`${keyPrefix}search.result`, 'queries.search');
  const fields = () => ({
    query,
    scope,
    ...(codedAt !== null ? { codedAt: { nodeId: codedAt, includeDescendants: descendants } } : {}),
    ...(labels ? { includeLabels: true } : {}),
  });
  const ran = runner.input;
  const definition: QueryDefinition | null = ran ? { kind: 'search', query: ran.query, scope: ran.scope, codedAt: ran.codedAt, includeLabels: ran.includeLabels } : null;

  usePendingDefinition('search', pending, onPendingTaken, (definition) => {
    setQuery(definition.query);
    setScope(definition.scope ?? {});
    setCodedAt(definition.codedAt?.nodeId ?? null);
    setDescendants(definition.codedAt?.includeDescendants ?? true);
    setLabels(definition.includeLabels ?? false);
    void runner.run({ query: definition.query, scope: definition.scope ?? {}, codedAt: definition.codedAt, includeLabels: definition.includeLabels, limit: PAGE });
  });

  const result = runner.data;
  return (
    <div className="queries-tab">
      <form
        className="queries-form"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          void runner.run({ ...fields(), limit: PAGE });
        }}
      >
        <SearchBox query={query} onQuery={setQuery} busy={runner.loading} />
        <CuePresets onQuery={setQuery} />
        <SearchOptions nodes={nodes} codedAt={codedAt} onCodedAt={setCodedAt} descendants={descendants} onDescendants={setDescendants} labels={labels} onLabels={setLabels} />
        <ScopeEditor facets={facets} scope={scope} onChange={setScope} />
      </form>
      <ErrorMessage error={runner.error} />
      {result ? (
        <>
          <p className="queries-summary" role="status">
            {formatCount(result.totalSegments, 'matching segment')} in {formatCount(result.totalSources, 'source')} <span className="muted">· searched for {result.understood}</span>
          </p>
          <div className="queries-actions">
            <button type="button" disabled={project.readOnly || result.totalSegments === 0} onClick={() => setCoding(true)}>
              Code all results at…
            </button>
            <QueryActions definition={definition} readOnly={project.readOnly} notify={notify} suggestedName={`Search: ${result.understood}`} />
          </div>
          <SearchHits segments={result.segments} />
          {result.truncated ? (
            <button type="button" onClick={() => ran && void runner.run({ ...ran, limit: (ran.limit ?? PAGE) + 200 })}>
              Show more
            </button>
          ) : null}
        </>
      ) : null}
      {coding && ran && result ? (
        <CodeResultsDialog
          nodes={nodes}
          segments={result.totalSegments}
          onCode={async (nodeId, spread) => {
            const { limit: _limit, offset: _offset, width: _width, ...search } = ran;
            const outcome = await call('queries.codeSearch', { ...search, nodeId, spread, coderId });
            notify({ kind: 'info', text: `Coded ${formatCount(outcome.created, 'passage')} at ${outcome.nodePath}${outcome.skipped > 0 ? ` (${outcome.skipped} already coded there)` : ''}. Ctrl+Z undoes it.` });
            announceChange('code-search');
          }}
          onClose={() => setCoding(false)}
        />
      ) : null}
    </div>
  );
}
