// Word use: how often words (or stems) occur in a selection - all text with filters, or
// a node's references - leaving out stop words; and every use of a word in context, with
// the speaker's role, to compare how each role uses it.
import { useEffect, useState } from 'react';
import type { QueryScope, WordContextLine, WordFrequencyDefinition, WordSelection } from '../../../shared/model/queries.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { formatCount, formatNumber } from '../../format.ts';
import { openSource } from '../coding/open-source.ts';
import { KwicText } from './kwic-line.tsx';
import { NodeSelect } from './node-select.tsx';
import { QueryActions } from './query-actions.tsx';
import { ScopeEditor } from './scope-editor.tsx';
import { StopWordsDialog } from './stop-words-dialog.tsx';
import { useStickyState } from './sticky-state.ts';
import type { QueryTabProps } from './tab-props.ts';
import { useQueryRunner } from './use-query-runner.ts';

function byRole(lines: readonly WordContextLine[]): [string, WordContextLine[]][] {
  const groups = new Map<string, WordContextLine[]>();
  for (const l of lines) groups.set(l.role ?? 'no role', [...(groups.get(l.role ?? 'no role') ?? []), l]);
  return [...groups.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
}

// The Word use tab.
export function WordsTab({ project, notify, nodes, facets, keyPrefix, pending, onPendingTaken }: QueryTabProps) {
  const [kind, setKind] = useStickyState<'sources' | 'node'>(`${keyPrefix}words.kind`, 'sources');
  const [nodeId, setNodeId] = useStickyState<number | null>(`${keyPrefix}words.node`, null);
  const [descendants, setDescendants] = useStickyState(`${keyPrefix}words.descendants`, true);
  const [scope, setScope] = useStickyState<QueryScope>(`${keyPrefix}words.scope`, {});
  const [stem, setStem] = useStickyState(`${keyPrefix}words.stem`, false);
  const [stopWords, setStopWords] = useStickyState(`${keyPrefix}words.stop`, true);
  const [minLength, setMinLength] = useStickyState(`${keyPrefix}words.min`, 3);
  const [limit, setLimit] = useStickyState(`${keyPrefix}words.limit`, 100);
  const [word, setWord] = useStickyState<string | null>(`${keyPrefix}words.word`, null);
  const [editing, setEditing] = useState(false);
  const runner = useQueryRunner(`${keyPrefix}words.result`, 'queries.words');
  const context = useQueryRunner(`${keyPrefix}words.context`, 'queries.wordContext');
  const selection: WordSelection | null = kind === 'sources' ? { kind: 'sources', scope } : nodeId === null ? null : { kind: 'node', nodeId, includeDescendants: descendants, scope };
  const ran = runner.input;

  function run(def: WordFrequencyDefinition) {
    setWord(null);
    context.clear();
    void runner.run(def);
  }

  useEffect(() => {
    if (pending?.kind !== 'words') return;
    onPendingTaken();
    const sel = pending.selection;
    setKind(sel.kind);
    setScope(sel.scope ?? {});
    if (sel.kind === 'node') {
      setNodeId(sel.nodeId);
      setDescendants(sel.includeDescendants);
    }
    setStem(pending.stem);
    setStopWords(pending.stopWords);
    setMinLength(pending.minLength);
    setLimit(pending.limit);
    const { kind: _kind, ...def } = pending;
    run(def);
  }, [pending]);

  const result = runner.data;
  return (
    <div className="queries-tab">
      <form
        className="queries-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (selection) run({ selection, stem, stopWords, minLength, limit });
        }}
      >
        <fieldset className="queries-radios">
          <legend>Words in</legend>
          <label className="queries-check">
            <input type="radio" name="words-kind" checked={kind === 'sources'} onChange={() => setKind('sources')} />
            All text (narrow it with Filters)
          </label>
          <label className="queries-check">
            <input type="radio" name="words-kind" checked={kind === 'node'} onChange={() => setKind('node')} />
            The references at a node
          </label>
        </fieldset>
        {kind === 'node' ? (
          <>
            <NodeSelect label="Node" nodes={nodes} value={nodeId} onChange={setNodeId} />
            <label className="queries-check">
              <input type="checkbox" checked={descendants} onChange={(e) => setDescendants(e.target.checked)} />
              and the nodes under it
            </label>
          </>
        ) : null}
        <label className="queries-check">
          <input type="checkbox" checked={stem} onChange={(e) => setStem(e.target.checked)} />
          Count word forms together (stemming)
        </label>
        <label className="queries-check">
          <input type="checkbox" checked={stopWords} onChange={(e) => setStopWords(e.target.checked)} />
          Leave out stop words
        </label>
        <button type="button" className="link-button" onClick={() => setEditing(true)}>
          Edit stop words…
        </button>
        <label className="queries-field queries-narrow">
          <span className="field-label">Shortest word</span>
          <input type="number" min={1} max={50} value={minLength} onChange={(e) => setMinLength(Math.max(1, Math.min(50, Number(e.target.value) || 1)))} />
        </label>
        <label className="queries-field queries-narrow">
          <span className="field-label">Show the top</span>
          <input type="number" min={1} max={5000} value={limit} onChange={(e) => setLimit(Math.max(1, Math.min(5000, Number(e.target.value) || 1)))} />
        </label>
        <button type="submit" className="primary" disabled={!selection || runner.loading}>
          {runner.loading ? 'Counting…' : 'Count words'}
        </button>
        <ScopeEditor facets={facets} scope={scope} onChange={setScope} showCoders={kind === 'node'} />
      </form>
      <ErrorMessage error={runner.error} />
      {result && ran ? (
        <>
          <p className="queries-summary" role="status">
            {formatCount(result.totalWords, 'word')}, {formatCount(result.distinctWords, ran.stem ? 'distinct stem' : 'distinct word')} counted
          </p>
          <QueryActions definition={{ kind: 'words', ...ran }} readOnly={project.readOnly} notify={notify} suggestedName="Word use" />
          <div className="queries-words">
            <div className="table-scroll">
              <table className="data-table" aria-label="Word frequency">
                <thead>
                  <tr>
                    <th scope="col">{ran.stem ? 'Word (forms)' : 'Word'}</th>
                    <th scope="col" className="num">
                      Count
                    </th>
                    <th scope="col" className="num">
                      Sources
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {result.words.map((w) => (
                    <tr key={w.key} className={word === w.key ? 'selected' : undefined}>
                      <th scope="row">
                        <button
                          type="button"
                          className="link-button"
                          onClick={() => {
                            setWord(w.key);
                            void context.run({ selection: ran.selection, key: w.key, stem: ran.stem, limit: 1000 });
                          }}
                        >
                          {w.display}
                        </button>
                        {ran.stem && w.forms.length > 1 ? <span className="muted"> ({w.forms.slice(0, 6).join(', ')})</span> : null}
                      </th>
                      <td className="num">{formatNumber(w.count)}</td>
                      <td className="num">{formatNumber(w.sources)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <ErrorMessage error={context.error} />
            {word && context.data ? (
              <section className="queries-word-context" aria-label="Word in context">
                <h2 className="queries-result-title">
                  “{result.words.find((w) => w.key === word)?.display ?? word}” in context: {formatCount(context.data.total, 'use')}
                </h2>
                {byRole(context.data.lines).map(([role, lines]) => (
                  <div key={role}>
                    <h3>
                      {role} <span className="muted">({lines.length})</span>
                    </h3>
                    <ul className="queries-hits">
                      {lines.map((l) => (
                        <li key={`${l.sourceId}-${l.start}`} className="queries-hit-line">
                          <KwicText line={l} />
                          <button type="button" className="link-button" title={`${l.sourceName} · ${l.caseLabel ?? ''}`} onClick={() => openSource(l.sourceId, { start: l.start, end: l.end })}>
                            Open
                          </button>
                        </li>
                      ))}
                    </ul>
                  </div>
                ))}
              </section>
            ) : null}
          </div>
        </>
      ) : null}
      {editing ? <StopWordsDialog readOnly={project.readOnly} onClose={() => setEditing(false)} /> : null}
    </div>
  );
}
