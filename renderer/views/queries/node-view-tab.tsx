// Node view: every reference at a node (optionally with its descendants), filtered by
// case and source attributes, speaker and coder; re-code, uncode, context, jump to source.
import type { QueryDefinition, QueryScope } from '../../../shared/model/queries.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { NodeSelect } from './node-select.tsx';
import { QueryActions } from './query-actions.tsx';
import { ReferenceListView } from './reference-list.tsx';
import { ScopeEditor } from './scope-editor.tsx';
import { useStickyState } from './sticky-state.ts';
import type { QueryTabProps } from './tab-props.ts';
import { usePendingDefinition } from './use-pending-definition.ts';
import { useQueryRunner } from './use-query-runner.ts';

const PAGE = 200;

// The Node view tab.
export function NodeViewTab({ project, notify, nodes, facets, keyPrefix, pending, onPendingTaken, coderId }: QueryTabProps) {
  const [nodeId, setNodeId] = useStickyState<number | null>(`${keyPrefix}node.id`, null);
  const [descendants, setDescendants] = useStickyState(`${keyPrefix}node.descendants`, true);
  const [scope, setScope] = useStickyState<QueryScope>(`${keyPrefix}node.scope`, {});
  const runner = useQueryRunner(`${keyPrefix}node.result`, 'queries.nodeView');
  const definition: QueryDefinition | null = nodeId === null ? null : { kind: 'node', nodeId, includeDescendants: descendants, scope };

  usePendingDefinition('node', pending, onPendingTaken, (definition) => {
    setNodeId(definition.nodeId);
    setDescendants(definition.includeDescendants);
    setScope(definition.scope ?? {});
    void runner.run({ nodeId: definition.nodeId, includeDescendants: definition.includeDescendants, scope: definition.scope ?? {}, limit: PAGE });
  });

  return (
    <div className="queries-tab">
      <form
        className="queries-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (nodeId !== null) void runner.run({ nodeId, includeDescendants: descendants, scope, limit: PAGE });
        }}
      >
        <NodeSelect label="Node" nodes={nodes} value={nodeId} onChange={setNodeId} />
        <label className="queries-check">
          <input type="checkbox" checked={descendants} onChange={(e) => setDescendants(e.target.checked)} />
          Include the nodes under it
        </label>
        <button type="submit" className="primary" disabled={nodeId === null || runner.loading}>
          {runner.loading ? 'Working…' : 'Show references'}
        </button>
        <ScopeEditor facets={facets} scope={scope} onChange={setScope} showCoders />
      </form>
      <ErrorMessage error={runner.error} />
      {runner.data ? (
        <>
          <h2 className="queries-result-title">{runner.data.nodePath}{runner.data.includeDescendants ? ' and the nodes under it' : ''}</h2>
          <QueryActions definition={definition} readOnly={project.readOnly} notify={notify} suggestedName={runner.data.nodePath} />
          <ReferenceListView
            label="References"
            coderId={coderId}
            list={runner.data}
            nodes={nodes}
            readOnly={project.readOnly}
            notify={notify}
            onMore={() => runner.input && void runner.run({ ...runner.input, limit: (runner.input.limit ?? PAGE) + 500 })}
          />
        </>
      ) : null}
    </div>
  );
}
