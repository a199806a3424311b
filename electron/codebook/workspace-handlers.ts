// Handlers for the coding workspace: codebook moves and merges, coders, in-vivo coding,
// uncoding part of a passage, corrections with a preview, find and replace, memo search
// and the alignment matrix (issue 4).
import type { workspaceSchemas } from '../../shared/api/workspace.ts';
import type { Handlers } from '../app/dispatch.ts';
import { addObjective, deleteObjective, getAlignment, moveObjective, setAlignmentCell, updateObjective } from '../alignment/alignment.ts';
import { codeInVivo, createCoder, deleteCodings, uncodeRange } from '../codings/coding-actions.ts';
import { applyEdits, previewEdits } from '../sources/corrections.ts';
import { findText, previewReplace, replaceText } from '../sources/find-replace.ts';
import { searchMemos } from '../memos/memo-search.ts';
import { mergeNodes, moveNode } from './node-moves.ts';
import type { HandlerDeps } from '../app/handler-deps.ts';

// Builds this area's handlers.
export function createWorkspaceHandlers(deps: HandlerDeps): Pick<Handlers, keyof typeof workspaceSchemas> {
  const store = deps.requireStore;
  return {
    'nodes.move': ({ id, parentId, beforeId }) => moveNode(store(), id, parentId, beforeId ?? null),
    'nodes.merge': ({ fromId, intoId }) => mergeNodes(store(), fromId, intoId),
    'coders.create': (input) => createCoder(store(), input),
    'codings.inVivo': (input) => codeInVivo(store(), input),
    'codings.deleteMany': ({ ids }) => deleteCodings(store(), ids),
    'codings.uncodeRange': (input) => uncodeRange(store(), input),
    'edits.preview': ({ sourceId, baseRevision, edits }) => previewEdits(store(), sourceId, baseRevision, edits),
    'edits.apply': ({ sourceId, baseRevision, edits, removeEmptied }) => applyEdits(store(), sourceId, baseRevision, edits, removeEmptied),
    'text.find': (input) => findText(store(), input),
    'text.replacePreview': ({ replacement, ...options }) => previewReplace(store(), options, replacement),
    'text.replace': ({ replacement, removeEmptied, ...options }) => replaceText(store(), options, replacement, removeEmptied),
    'memos.search': ({ query, limit }) => searchMemos(store(), query, limit),
    'alignment.get': () => getAlignment(store()),
    'alignment.addObjective': ({ title }) => addObjective(store(), title),
    'alignment.updateObjective': ({ id, title }) => updateObjective(store(), id, title),
    'alignment.deleteObjective': ({ id }) => deleteObjective(store(), id),
    'alignment.moveObjective': ({ id, beforeId }) => moveObjective(store(), id, beforeId),
    'alignment.setCell': ({ objectiveId, question, text }) => setAlignmentCell(store(), objectiveId, question, text),
  };
}
