// "Show in node view" from another screen: the Queries screen opens on its Node view tab
// and runs the node's references (with the nodes under it), as a saved query opens.
import type { QueryDefinition } from '../../../shared/model/queries.ts';
import { requestScreen } from '../frame/screen-requests.ts';
import { presetStickyState } from './sticky-state.ts';

// Goes to the node view of one node of the open project (its path keys the screen's state).
export function showInNodeView(projectPath: string, nodeId: number): void {
  const definition: QueryDefinition = { kind: 'node', nodeId, includeDescendants: true, scope: {} };
  presetStickyState(`${projectPath}:tab`, 'node');
  presetStickyState(`${projectPath}:pending`, definition);
  requestScreen('queries');
}
