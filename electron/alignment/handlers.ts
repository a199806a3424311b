// Handlers of the alignment matrix: objectives added, edited, moved, deleted, and cells set.
import type { alignmentSchemas } from '../../shared/api/alignment.ts';
import type { Handlers } from '../app/dispatch.ts';
import type { HandlerDeps } from '../app/handler-deps.ts';
import { addObjective, deleteObjective, getAlignment, moveObjective, setAlignmentCell, updateObjective } from './alignment.ts';

// Builds the alignment matrix's handlers.
export function createAlignmentHandlers(deps: HandlerDeps): Pick<Handlers, keyof typeof alignmentSchemas> {
  const store = deps.requireStore;
  return {
    'alignment.get': () => getAlignment(store()),
    'alignment.addObjective': ({ title }) => addObjective(store(), title),
    'alignment.updateObjective': ({ id, title }) => updateObjective(store(), id, title),
    'alignment.deleteObjective': ({ id }) => deleteObjective(store(), id),
    'alignment.moveObjective': ({ id, beforeId }) => moveObjective(store(), id, beforeId),
    'alignment.setCell': ({ objectiveId, question, text }) => setAlignmentCell(store(), objectiveId, question, text),
  };
}
