// Handlers for retrieval and queries: node view, text search, matrix, co-occurrence, word use (issue 5).
import type { queriesSchemas } from '../../shared/api/queries.ts';
import type { Handlers } from '../dispatch.ts';
import type { HandlerDeps } from './deps.ts';

// Builds this area's handlers.
export function createQueriesHandlers(deps: HandlerDeps): Pick<Handlers, keyof typeof queriesSchemas> {
  void deps;
  return {};
}
