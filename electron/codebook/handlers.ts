// Handlers of the codebook's methods: nodes listed, created, edited, moved, merged, deleted.
import type { codebookSchemas } from '../../shared/api/codebook.ts';
import type { Handlers } from '../app/dispatch.ts';
import type { HandlerDeps } from '../app/handler-deps.ts';
import { createNode, deleteNode, listNodes, updateNode } from './codebook.ts';
import { mergeNodes, moveNode } from './node-moves.ts';

// Builds the codebook's handlers.
export function createCodebookHandlers(deps: HandlerDeps): Pick<Handlers, keyof typeof codebookSchemas> {
  const store = deps.requireStore;
  return {
    'nodes.list': () => listNodes(store()),
    'nodes.create': (input) => createNode(store(), input),
    'nodes.update': ({ id, ...update }) => updateNode(store(), id, update),
    'nodes.delete': ({ id }) => deleteNode(store(), id),
    'nodes.move': ({ id, parentId, beforeId }) => moveNode(store(), id, parentId, beforeId ?? null),
    'nodes.merge': ({ fromId, intoId }) => mergeNodes(store(), fromId, intoId),
  };
}
