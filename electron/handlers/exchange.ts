// Handlers for REFI-QDA .qdpx and .qdc exchange (issue 8).
import type { exchangeSchemas } from '../../shared/api/exchange.ts';
import type { Handlers } from '../dispatch.ts';
import type { HandlerDeps } from './deps.ts';

// Builds this area's handlers.
export function createExchangeHandlers(deps: HandlerDeps): Pick<Handlers, keyof typeof exchangeSchemas> {
  void deps;
  return {};
}
