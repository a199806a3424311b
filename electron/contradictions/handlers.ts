// Handlers for contradictions: the overview, one tension's evidence breakdown, following a
// contradiction across phases, and the discursive manifestations.
import type { contradictionsSchemas } from '../../shared/api/contradictions.ts';
import type { Handlers } from '../app/dispatch.ts';
import type { HandlerDeps } from '../app/handler-deps.ts';
import { linkTensions, setPhaseStatus, unlinkTension, updateContradiction } from './links.ts';
import { addManifestationsBranch, codeCueHits, manifestationsInProject } from './manifestations.ts';
import { contradictionsOverview, tensionBreakdown } from './overview.ts';

// Builds this area's handlers.
export function createContradictionsHandlers(deps: HandlerDeps): Pick<Handlers, keyof typeof contradictionsSchemas> {
  const store = () => deps.requireStore();
  return {
    'contradictions.overview': () => contradictionsOverview(store()),
    'contradictions.breakdown': ({ tensionId }) => tensionBreakdown(store(), tensionId),
    'contradictions.link': (input) => {
      linkTensions(store(), input);
      return contradictionsOverview(store());
    },
    'contradictions.setStatus': ({ tensionId, status }) => {
      setPhaseStatus(store(), tensionId, status);
      return contradictionsOverview(store());
    },
    'contradictions.unlink': ({ tensionId }) => {
      unlinkTension(store(), tensionId);
      return contradictionsOverview(store());
    },
    'contradictions.update': ({ id, ...update }) => {
      updateContradiction(store(), id, update);
      return contradictionsOverview(store());
    },
    'contradictions.manifestations': () => manifestationsInProject(store()),
    'contradictions.addManifestationsBranch': () => {
      addManifestationsBranch(store());
      return manifestationsInProject(store());
    },
    'contradictions.codeCueHits': (input) => codeCueHits(store(), input),
  };
}
