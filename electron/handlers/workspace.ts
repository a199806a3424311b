// Handlers for the coding workspace: codebook moves and merges, alignment matrix, memos, find and replace (issue 4).
import type { workspaceSchemas } from '../../shared/api/workspace.ts';
import type { Handlers } from '../dispatch.ts';
import type { HandlerDeps } from './deps.ts';

// Builds this area's handlers.
export function createWorkspaceHandlers(deps: HandlerDeps): Pick<Handlers, keyof typeof workspaceSchemas> {
  void deps;
  return {};
}
