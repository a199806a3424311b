// Handlers for activity-system diagrams and tensions.
import type { diagramsSchemas } from '../../shared/api/diagrams.ts';
import type { Handlers } from '../app/dispatch.ts';
import { addEvidence, codingsAtNode, componentSuggestions, evidenceOwner, forgetMissingEvidence, listEvidence, removeEvidence } from './evidence.ts';
import { exportDiagram } from './export.ts';
import { getDiagram, listDiagrams } from './read.ts';
import { createTension, deleteTension, updateTension } from './tensions.ts';
import { setBoundaryObjects, setSystemRole } from './third-generation.ts';
import { addSystem, createDiagram, deleteDiagram, duplicateDiagram, nudgeLabel, removeSystem, renameSystem, setComponentText, updateDiagram } from './diagrams.ts';
import type { HandlerDeps } from '../app/handler-deps.ts';

// Builds this area's handlers.
export function createDiagramsHandlers(deps: HandlerDeps): Pick<Handlers, keyof typeof diagramsSchemas> {
  const store = () => deps.requireStore();
  return {
    'diagrams.list': () => listDiagrams(store()),
    'diagrams.get': ({ id }) => getDiagram(store(), id),
    'diagrams.create': (input) => createDiagram(store(), input),
    'diagrams.update': ({ id, ...update }) => updateDiagram(store(), id, update),
    'diagrams.delete': ({ id }) => {
      deleteDiagram(store(), id);
      return null;
    },
    'diagrams.duplicate': ({ id, ...input }) => duplicateDiagram(store(), id, input),
    'diagrams.addSystem': ({ diagramId, name }) => addSystem(store(), diagramId, name),
    'diagrams.renameSystem': ({ systemId, name }) => renameSystem(store(), systemId, name),
    'diagrams.removeSystem': ({ systemId }) => removeSystem(store(), systemId),
    'diagrams.setComponentText': ({ componentId, text }) => setComponentText(store(), componentId, text),
    'diagrams.nudge': (input) => nudgeLabel(store(), 'componentId' in input ? { componentId: input.componentId } : { tensionId: input.tensionId }, input.x, input.y),
    'diagrams.suggestions': ({ componentId }) => componentSuggestions(store(), componentId),
    'diagrams.createTension': (input) => createTension(store(), input),
    'diagrams.updateTension': ({ id, ...update }) => updateTension(store(), id, update),
    'diagrams.deleteTension': ({ id }) => {
      deleteTension(store(), id);
      return null;
    },
    'diagrams.setSystemRole': ({ systemId, partnerRole }) => setSystemRole(store(), systemId, partnerRole),
    'diagrams.setBoundaryObjects': ({ diagramId, names }) => setBoundaryObjects(store(), diagramId, names),
    'diagrams.evidence': ({ target, id }) => listEvidence(store(), evidenceOwner(target, id)),
    'diagrams.addEvidence': ({ target, id, codingIds }) => addEvidence(store(), evidenceOwner(target, id), codingIds),
    'diagrams.removeEvidence': ({ target, id, codingIds }) => removeEvidence(store(), evidenceOwner(target, id), codingIds),
    'diagrams.forgetMissingEvidence': ({ target, id }) => forgetMissingEvidence(store(), evidenceOwner(target, id)),
    'diagrams.codingsAtNode': ({ nodeId, descendants }) => codingsAtNode(store(), nodeId, { descendants }),
    'diagrams.export': ({ id, format, widthCm }) => {
      const { bytes, ...result } = exportDiagram(store(), id, { format, widthCm });
      void bytes;
      return result;
    },
  };
}
