// Handlers of the anonymisation register and of withdrawing a participant.
import { dirname } from 'node:path';
import { singleCaseLabels } from '../../shared/anonymise/labels.ts';
import { scanForLeaks } from '../../shared/anonymise/leak-scan.ts';
import type { anonymiseSchemas } from '../../shared/api/anonymise.ts';

import { ApiError } from '../../shared/errors.ts';
import { CASE_FACETS } from '../../shared/model/anonymise.ts';
import { sql } from '../db/statements.ts';
import type { Handlers } from '../app/dispatch.ts';
import { exportCodebookDocx, exportJournalDocx, exportTranscriptDocx } from '../documents/other-documents.ts';
import { exportExtractsDocx, exportMatcher, extractParts, previewExtracts } from '../documents/extracts-export.ts';
import { facetValue, gatherExtracts, labelledCases } from '../documents/extracts.ts';
import { exportRegisterKey } from './key-file.ts';
import { addOverride, listOverrides, listRegisterLog, removeOverride } from './overrides.ts';
import { addRule, deleteRule, exportRules, fillRegister, listRules, missingFromRegister, updateRule } from './register.ts';
import { ignoreSuggestion, listIgnored, suggestNames, unignoreSuggestion } from './suggest.ts';
import { facetLabel } from '../documents/tables.ts';
import { finalisePurge, previewWithdrawal, purgeBackups, withdrawParticipant } from './withdraw.ts';
import { listCases } from '../cases/cases.ts';
import type { HandlerDeps } from '../app/handler-deps.ts';

// Builds the register's and withdrawal's handlers.
export function createAnonymiseHandlers(deps: HandlerDeps): Pick<Handlers, keyof typeof anonymiseSchemas> {
  const store = () => deps.requireStore();
  const changed = (reason: string) => deps.emit({ type: 'project-changed', reason });
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
    'register.add': (input) => {
      const rule = addRule(store(), input);
      changed('register');
      return rule;
    },
    'register.update': ({ id, ...update }) => {
      const rule = updateRule(store(), id, update);
      changed('register');
      return rule;
    },
    'register.delete': ({ id }) => {
      deleteRule(store(), id);
      changed('register');
      return null;
    },
    'register.fill': () => {
      const added = fillRegister(store());
      if (added > 0) changed('register');
      return { added };
    },
    'register.markNotName': (input) => {
      const record = addOverride(store(), input);
      changed('register');
      return record;
    },
    'register.unmarkNotName': ({ id }) => {
      removeOverride(store(), id);
      changed('register');
      return null;
    },
    'register.suggest': ({ sourceIds }, ctx) => suggestNames(store(), sourceIds ?? [], { progress: ctx.progress, signal: ctx.signal }),
    'register.ignore': ({ text }) => {
      ignoreSuggestion(store(), text);
      changed('register');
      return null;
    },
    'register.unignore': ({ id }) => {
      unignoreSuggestion(store(), id);
      changed('register');
      return null;
    },
    'register.exportKey': ({ path, overwrite }) => exportRegisterKey(store(), path, overwrite),
    'withdrawal.preview': ({ caseId }) => previewWithdrawal(store(), caseId),
    'withdrawal.withdraw': (input) => {
      const result = withdrawParticipant(store(), input);
      changed('withdrawal');
      return result;
    },
    'withdrawal.finalise': () => {
      finalisePurge(store());
      changed('purge');
      return null;
    },
    'withdrawal.purgeBackups': ({ fileNames }) => ({ removed: purgeBackups(store(), fileNames) }),
  };
}

