// Co-occurrence: pairs of nodes (or questions) coded on overlapping text or in the same
// turn, with counts, and the passages behind a pair - a hint of where tensions lie.
import { useEffect } from 'react';
import type { CooccurrenceDefinition, CooccurrenceMode, QueryScope } from '../../../shared/model/queries.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { formatCount } from '../../format.ts';
import { openSource } from '../coding/open-source.ts';
import { NodeSetPicker } from './node-set-picker.tsx';
import { QueryActions } from './query-actions.tsx';
import { ScopeEditor } from './scope-editor.tsx';
import { useStickyState } from './sticky-state.ts';
import type { QueryTabProps } from './tab-props.ts';
import { useQueryRunner } from './use-query-runner.ts';

// The Co-occurrence tab.
export function CooccurrenceTab({ project, notify, nodes, facets, keyPrefix, pending, onPendingTaken }: QueryTabProps) {
  const [itemKind, setItemKind] = useStickyState<'questions' | 'nodes'>(`${keyPrefix}co.kind`, 'questions');
  const [itemNodes, setItemNodes] = useStickyState<number[]>(`${keyPrefix}co.nodes`, []);
  const [descendants, setDescendants] = useStickyState(`${keyPrefix}co.descendants`, true);
  const [mode, setMode] = useStickyState<CooccurrenceMode>(`${keyPrefix}co.mode`, 'overlap');
  const [scope, setScope] = useStickyState<QueryScope>(`${keyPrefix}co.scope`, {});
  const [pair, setPair] = useStickyState<string | null>(`${keyPrefix}co.pair`, null);
  const runner = useQueryRunner(`${keyPrefix}co.result`, 'queries.cooccurrence');
  const detail = useQueryRunner(`${keyPrefix}co.detail`, 'queries.cooccurrenceDetail');
  const current: CooccurrenceDefinition = { items: itemKind === 'questions' ? { kind: 'questions' } : { kind: 'nodes', nodeIds: itemNodes, includeDescendants: descendants }, mode, scope };
  const ran = runner.input;

  function run(def: CooccurrenceDefinition) {
    setPair(null);
    detail.clear();
    void runner.run(def);
  }

  useEffect(() => {
    if (pending?.kind !== 'cooccurrence') return;
    onPendingTaken();
    setItemKind(pending.items.kind);
    if (pending.items.kind === 'nodes') {
      setItemNodes(pending.items.nodeIds);
      setDescendants(pending.items.includeDescendants);
    }
    setMode(pending.mode);
    setScope(pending.scope ?? {});
    const { kind: _kind, ...def } = pending;
    run(def);
  }, [pending]);

  const result = runner.data;
  const label = new Map((result?.items ?? []).map((i) => [i.key, i.label]));
  return (
    <div className="queries-tab">
      <form
        className="queries-form"
        onSubmit={(e) => {
          e.preventDefault();
          run(current);
        }}
      >
        <NodeSetPicker
          legend="Between"
          name="co-kind"
          kind={itemKind}
          onKind={setItemKind}
          nodes={nodes}
          chosen={itemNodes}
          onChosen={setItemNodes}
          chosenLabel="Nodes"
          descendants={descendants}
          onDescendants={setDescendants}
          descendantsLabel="Each takes in the nodes under it"
        />
        <fieldset className="queries-radios">
          <legend>Coded on</legend>
          <label className="queries-check">
            <input type="radio" name="co-mode" checked={mode === 'overlap'} onChange={() => setMode('overlap')} />
            Overlapping text
          </label>
          <label className="queries-check">
            <input type="radio" name="co-mode" checked={mode === 'same-segment'} onChange={() => setMode('same-segment')} />
            The same turn or paragraph
          </label>
        </fieldset>
        <button type="submit" className="primary" disabled={runner.loading || (itemKind === 'nodes' && itemNodes.length < 2)}>
          {runner.loading ? 'Working…' : 'Find co-occurrence'}
        </button>
        <ScopeEditor facets={facets} scope={scope} onChange={setScope} showCoders />
      </form>
      <ErrorMessage error={runner.error} />
      {result && ran ? (
        <>
          <QueryActions definition={{ kind: 'cooccurrence', ...ran }} readOnly={project.readOnly} notify={notify} suggestedName="Co-occurrence" />
          {result.pairs.length === 0 ? <p className="empty-state">No two of these are coded together.</p> : null}
          <div className="table-scroll">
            <table className="data-table" aria-label="Co-occurring pairs">
              <thead>
                <tr>
                  <th scope="col">Node</th>
                  <th scope="col">with</th>
                  <th scope="col" className="num">
                    {ran.mode === 'overlap' ? 'Overlapping passages' : 'Shared turns'}
                  </th>
                  <th scope="col" className="num">
                    Sources
                  </th>
                </tr>
              </thead>
              <tbody>
                {result.pairs.map((p) => {
                  const key = `${p.a}|${p.b}`;
                  return (
                    <tr key={key} className={pair === key ? 'selected' : undefined}>
                      <th scope="row">{label.get(p.a)}</th>
                      <td>{label.get(p.b)}</td>
                      <td className="num">
                        <button
                          type="button"
                          className="link-button"
                          aria-label={`Show the ${p.count} passages of ${label.get(p.a) ?? ''} with ${label.get(p.b) ?? ''}`}
                          onClick={() => {
                            setPair(key);
                            void detail.run({ ...ran, a: p.a, b: p.b });
                          }}
                        >
                          {p.count}
                        </button>
                      </td>
                      <td className="num">{p.sources}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
      <ErrorMessage error={detail.error} />
      {pair && detail.data ? (
        <section aria-label="Co-occurring passages">
          <h2 className="queries-result-title">{formatCount(detail.data.total, 'passage')}</h2>
          <ol className="queries-reference-list">
            {detail.data.instances.map((inst) => (
              <li key={`${inst.codingA.id}-${inst.codingB.id}-${inst.start}`} className="queries-reference">
                <div className="queries-reference-head">
                  <span className="queries-reference-source">{inst.sourceName}</span>
                  <span className="muted">{inst.caseLabel ?? 'no case'}</span>
                  <span className="queries-reference-node">
                    {inst.codingA.nodePath} + {inst.codingB.nodePath}
                  </span>
                </div>
                <blockquote className="queries-reference-text">{inst.text}</blockquote>
                <button type="button" className="link-button" onClick={() => openSource(inst.sourceId, { start: inst.start, end: inst.end })}>
                  Open in source
                </button>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </div>
  );
}
