// Co-occurrence: pairs of nodes (or questions) coded on overlapping text or in the same
// turn, with counts, and the passages behind a pair - a hint of where tensions lie.
import type { CooccurrenceDefinition, CooccurrenceMode, QueryScope } from '../../../shared/model/queries.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { PairPassages, PairsTable } from './cooccurrence-results.tsx';
import { NodeSetPicker } from './node-set-picker.tsx';
import { QueryActions } from './query-actions.tsx';
import { ScopeEditor } from './scope-editor.tsx';
import { useStickyState } from './sticky-state.ts';
import type { QueryTabProps } from './tab-props.ts';
import { useNodeSet } from './use-node-set.ts';
import { usePendingDefinition } from './use-pending-definition.ts';
import { useQueryRunner } from './use-query-runner.ts';

// Whether a pair counts overlapping codings or codings in the same turn.
function ModeChoice({ mode, onChange }: { mode: CooccurrenceMode; onChange(mode: CooccurrenceMode): void }) {
  return (
    <fieldset className="queries-radios">
      <legend>Coded on</legend>
      <label className="queries-check">
        <input type="radio" name="co-mode" checked={mode === 'overlap'} onChange={() => onChange('overlap')} />
        Overlapping text
      </label>
      <label className="queries-check">
        <input type="radio" name="co-mode" checked={mode === 'same-segment'} onChange={() => onChange('same-segment')} />
        The same turn or paragraph
      </label>
    </fieldset>
  );
}

// The Co-occurrence tab.
export function CooccurrenceTab({ project, notify, nodes, facets, keyPrefix, pending, onPendingTaken }: QueryTabProps) {
  const items = useNodeSet({ kind: `${keyPrefix}co.kind`, nodes: `${keyPrefix}co.nodes`, descendants: `${keyPrefix}co.descendants` });
  const [mode, setMode] = useStickyState<CooccurrenceMode>(`${keyPrefix}co.mode`, 'overlap');
  const [scope, setScope] = useStickyState<QueryScope>(`${keyPrefix}co.scope`, {});
  const [pair, setPair] = useStickyState<string | null>(`${keyPrefix}co.pair`, null);
  const runner = useQueryRunner(`${keyPrefix}co.result`, 'queries.cooccurrence');
  const detail = useQueryRunner(`${keyPrefix}co.detail`, 'queries.cooccurrenceDetail');
  const current: CooccurrenceDefinition = { items: items.value, mode, scope };
  const ran = runner.input;

  function run(def: CooccurrenceDefinition) {
    setPair(null);
    detail.clear();
    void runner.run(def);
  }

  usePendingDefinition('cooccurrence', pending, onPendingTaken, (definition) => {
    items.load(definition.items);
    setMode(definition.mode);
    setScope(definition.scope ?? {});
    const { kind: _kind, ...def } = definition;
    run(def);
  });

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
        <NodeSetPicker legend="Between" name="co-kind" nodes={nodes} chosenLabel="Nodes" descendantsLabel="Each takes in the nodes under it" {...items.picker} />
        <ModeChoice mode={mode} onChange={setMode} />
        <button type="submit" className="primary" disabled={runner.loading || (items.picker.kind === 'nodes' && items.picker.chosen.length < 2)}>
          {runner.loading ? 'Working…' : 'Find co-occurrence'}
        </button>
        <ScopeEditor facets={facets} scope={scope} onChange={setScope} showCoders />
      </form>
      <ErrorMessage error={runner.error} />
      {result && ran ? (
        <>
          <QueryActions definition={{ kind: 'cooccurrence', ...ran }} readOnly={project.readOnly} notify={notify} suggestedName="Co-occurrence" />
          {result.pairs.length === 0 ? <p className="empty-state">No two of these are coded together.</p> : null}
          <PairsTable
            pairs={result.pairs}
            label={label}
            mode={ran.mode}
            chosen={pair}
            onChoose={(p, key) => {
              setPair(key);
              void detail.run({ ...ran, a: p.a, b: p.b });
            }}
          />
        </>
      ) : null}
      <ErrorMessage error={detail.error} />
      {pair && detail.data ? <PairPassages detail={detail.data} /> : null}
    </div>
  );
}
