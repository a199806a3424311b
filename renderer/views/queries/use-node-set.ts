// The set of nodes a query compares (the six questions, or chosen nodes, each with or
// without the nodes under it), kept as sticky state of its tab, as NodeSetPicker edits it.
import type { NodeSet } from '../../../shared/model/queries.ts';
import type { NodeSetPickerProps } from './node-set-picker.tsx';
import { useStickyState } from './sticky-state.ts';

export interface NodeSetState {
  // the NodeSet the fields make up now
  value: NodeSet;
  // the picker's values and setters
  picker: Pick<NodeSetPickerProps, 'kind' | 'onKind' | 'chosen' | 'onChosen' | 'descendants' | 'onDescendants'>;
  // takes the fields of a saved query's set
  load(set: NodeSet): void;
}

// The node-set fields of a tab, kept under the given sticky-state keys.
export function useNodeSet(keys: { kind: string; nodes: string; descendants: string }): NodeSetState {
  const [kind, setKind] = useStickyState<'questions' | 'nodes'>(keys.kind, 'questions');
  const [nodeIds, setNodeIds] = useStickyState<number[]>(keys.nodes, []);
  const [descendants, setDescendants] = useStickyState(keys.descendants, true);
  return {
    value: kind === 'questions' ? { kind: 'questions' } : { kind: 'nodes', nodeIds, includeDescendants: descendants },
    picker: { kind, onKind: setKind, chosen: nodeIds, onChosen: setNodeIds, descendants, onDescendants: setDescendants },
    load(set) {
      setKind(set.kind);
      if (set.kind === 'nodes') {
        setNodeIds(set.nodeIds);
        setDescendants(set.includeDescendants);
      }
    },
  };
}
