// Handlers for the anonymisation register and Word export (issue 7).
import type { anonymiseSchemas } from '../../shared/api/anonymise.ts';
import type { Handlers } from '../dispatch.ts';
import type { HandlerDeps } from './deps.ts';

// Builds this area's handlers.
export function createAnonymiseHandlers(deps: HandlerDeps): Pick<Handlers, keyof typeof anonymiseSchemas> {
  void deps;
  return {};
}
