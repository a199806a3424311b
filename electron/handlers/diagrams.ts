// Handlers for activity-system diagrams and tensions (issue 6).
import type { diagramsSchemas } from '../../shared/api/diagrams.ts';
import type { Handlers } from '../dispatch.ts';
import type { HandlerDeps } from './deps.ts';

// Builds this area's handlers.
export function createDiagramsHandlers(deps: HandlerDeps): Pick<Handlers, keyof typeof diagramsSchemas> {
  void deps;
  return {};
}
