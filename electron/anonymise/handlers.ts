// Handlers of the anonymisation register and of withdrawing a participant.
import { singleCaseLabels } from '../../shared/anonymise/labels.ts';
import type { anonymiseSchemas } from '../../shared/api/anonymise.ts';
import type { Handlers } from '../app/dispatch.ts';
import type { HandlerDeps } from '../app/handler-deps.ts';
import { labelledCases } from '../documents/extracts.ts';
import { exportRegisterKey } from './key-file.ts';
import { addOverride, listOverrides, listRegisterLog, removeOverride } from './overrides.ts';
import { addRule, deleteRule, exportRules, fillRegister, listRules, missingFromRegister, updateRule } from './register.ts';
import { ignoreSuggestion, listIgnored, suggestNames, unignoreSuggestion } from './suggest.ts';
import { finalisePurge, previewWithdrawal, purgeBackups, withdrawParticipant } from './withdraw.ts';

// Builds the register's and withdrawal's handlers (the app host announces every change they make).
export function createAnonymiseHandlers(deps: HandlerDeps): Pick<Handlers, keyof typeof anonymiseSchemas> {
  const store = () => deps.requireStore();
  return {
    'register.list': () => {
      const s = store();
      const missing = missingFromRegister(s);
      const cases = labelledCases(s);
      return {
        rules: listRules(s),
        missing: { cases: missing.cases.length, organisations: missing.organisations.length },
        overrides: listOverrides(s),
        log: listRegisterLog(s),
        ignored: listIgnored(s),
        singleCaseLabels: singleCaseLabels([...cases.values()], new Set(cases.keys())),
      };
    },
    'register.matchRules': ({ attribution }) => exportRules(store(), { attribution }),
    'register.add': (input) => addRule(store(), input),
    'register.update': ({ id, ...update }) => updateRule(store(), id, update),
    'register.delete': ({ id }) => {
      deleteRule(store(), id);
      return null;
    },
    'register.fill': () => ({ added: fillRegister(store()) }),
    'register.markNotName': (input) => addOverride(store(), input),
    'register.unmarkNotName': ({ id }) => {
      removeOverride(store(), id);
      return null;
    },
    'register.suggest': ({ sourceIds }, ctx) => suggestNames(store(), sourceIds ?? [], { progress: ctx.progress, signal: ctx.signal }),
    'register.ignore': ({ text }) => {
      ignoreSuggestion(store(), text);
      return null;
    },
    'register.unignore': ({ id }) => {
      unignoreSuggestion(store(), id);
      return null;
    },
    'register.exportKey': ({ path, overwrite }) => exportRegisterKey(store(), path, overwrite),
    'withdrawal.preview': ({ caseId }) => previewWithdrawal(store(), caseId),
    'withdrawal.withdraw': (input) => withdrawParticipant(store(), input),
    'withdrawal.finalise': () => {
      finalisePurge(store());
      return null;
    },
    'withdrawal.purgeBackups': ({ fileNames }) => ({ removed: purgeBackups(store(), fileNames) }),
  };
}

