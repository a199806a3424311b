// Handlers of team coding: agreement and its export, coding packages, merges, cycles and
// the logbook, and the review of disagreements.
import type { teamSchemas } from '../../shared/api/team.ts';
import type { Handlers } from '../app/dispatch.ts';
import type { HandlerDeps } from '../app/handler-deps.ts';
import { readIncoming } from '../exchange/qdpx-incoming.ts';
import { decide, revokeDecision } from './adjudication.ts';
import { agreementReport } from './agreement.ts';
import { exportAgreement } from './agreement-export.ts';
import { listDisagreements } from './disagreements.ts';
import { addNote, closeCycle, startCycle, teamOverview } from './logbook.ts';
import { mergeFile, previewMerge } from './merge.ts';
import { makePackage } from './package.ts';

// Builds the handlers of team coding.
export function createTeamHandlers(deps: HandlerDeps): Pick<Handlers, keyof typeof teamSchemas> {
  const store = deps.requireStore;
  return {
    'team.agreement': (request) => agreementReport(store(), request),
    'team.exportAgreement': ({ request, format, anonymise }) => exportAgreement(store(), request, format, anonymise ?? true),
    'team.package': (input) => makePackage(store(), input),
    'team.previewMerge': (input, ctx) => {
      const { bytes, fileName } = readIncoming(input);
      return previewMerge(store(), bytes, fileName, { reader: deps.reader(), signal: ctx.signal, onProgress: (done, total, message) => ctx.progress(done, total + 1, message) });
    },
    'team.merge': async (input, ctx) => {
      const { bytes, fileName } = readIncoming(input);
      const report = await mergeFile(store(), bytes, fileName, { reader: deps.reader(), signal: ctx.signal, cycleId: input.cycleId, onProgress: (done, total, message) => ctx.progress(done, total + 1, message) });
      ctx.progress(1, 1, 'Merged');
      return report;
    },
    'team.overview': () => teamOverview(store()),
    'team.startCycle': (input) => startCycle(store(), input),
    'team.closeCycle': ({ id }) => closeCycle(store(), id),
    'team.addNote': (input) => {
      addNote(store(), input);
      return null;
    },
    'team.disagreements': (input) => listDisagreements(store(), input),
    'team.decide': (input) => decide(store(), input),
    'team.revokeDecision': ({ id }) => {
      revokeDecision(store(), id);
      return null;
    },
  };
}
