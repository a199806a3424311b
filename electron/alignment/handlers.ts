// Handlers of the alignment matrix: objectives added, edited, moved, deleted, cells set,
// and the columns of the alignment table set.
import type { alignmentSchemas } from '../../shared/api/alignment.ts';
import type { Handlers } from '../app/dispatch.ts';
import type { HandlerDeps } from '../app/handler-deps.ts';
import { addObjective, deleteObjective, getAlignment, moveObjective, setAlignmentCell, updateAlignmentRow, updateObjective } from './alignment.ts';

// Builds the alignment matrix's handlers.
export function createAlignmentHandlers(deps: HandlerDeps): Pick<Handlers, keyof typeof alignmentSchemas> {
  const store = deps.requireStore;
  return {
    'alignment.get': () => getAlignment(store()),
    'alignment.addObjective': ({ title, ...fields }) => addObjective(store(), title, fields),
    'alignment.updateRow': ({ id, ...fields }) => updateAlignmentRow(store(), id, fields),
    'alignment.updateObjective': ({ id, title }) => updateObjective(store(), id, title),
    'alignment.deleteObjective': ({ id }) => deleteObjective(store(), id),
    'alignment.moveObjective': ({ id, beforeId }) => moveObjective(store(), id, beforeId),
    'alignment.setCell': ({ objectiveId, question, text }) => setAlignmentCell(store(), objectiveId, question, text),
  };
}
