// Handlers for importing files: formats, speakers, batches (issue 3).
import type { importSchemas } from '../../shared/api/import.ts';
import type { Handlers } from '../dispatch.ts';
import type { HandlerDeps } from './deps.ts';

// Builds this area's handlers.
export function createImportHandlers(deps: HandlerDeps): Pick<Handlers, keyof typeof importSchemas> {
  void deps;
  return {};
}
