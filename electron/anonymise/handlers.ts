// Handlers for the anonymisation register and Word export (issue 7).
import { dirname } from 'node:path';
import { singleCaseLabels } from '../../shared/anonymise/labels.ts';
import { scanForLeaks } from '../../shared/anonymise/leak-scan.ts';
import type { anonymiseSchemas } from '../../shared/api/anonymise.ts';
import type { DocxOptions } from '../../shared/api/anonymise.ts';
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

function docxOptions(deps: HandlerDeps): DocxOptions {
  const store = deps.requireStore();
  const cases = listCases(store);
  const attributeNames = [...new Set(cases.flatMap((c) => Object.keys(c.attributes)))].sort();
  const facets = [...CASE_FACETS, ...attributeNames.map((a) => `attr:${a}`)]
    .map((f) => ({ facet: f, label: facetLabel(f), values: [...new Set(cases.map((c) => facetValue(c, f)).filter((v) => v.trim() !== ''))].sort() }))
    .filter((f) => f.values.length > 0 && f.facet !== 'organisation');
  const questions = (sql(store, 'SELECT id, name, question FROM nodes WHERE parent_id IS NULL AND question IS NOT NULL ORDER BY question, sort_order, id').all() as { id: number; name: string; question: number }[]).map((q) => ({
    question: q.question,
    nodeId: q.id,
    name: q.name,
  }));
  const diagrams = sql(store, 'SELECT id, title FROM diagrams ORDER BY id').all() as { id: number; title: string }[];
  const hasAlignmentMatrix =
    sql(store, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alignment_objectives'").get() !== undefined && Number(sql(store, 'SELECT count(*) FROM alignment_objectives').pluck().get()) > 0;
  return {
    facets,
    questions,
    diagrams,
    hasAlignmentMatrix,
    defaultFolder: store.path === ':memory:' ? '' : dirname(store.path),
    suggestedStem: 'Coded extracts',
  };
}

// Builds this area's handlers.
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
    'docx.options': () => docxOptions(deps),
    'docx.preview': ({ selection, attribution, anonymiseMemos, includeMemos, limit }, ctx) => previewExtracts(store(), selection, { attribution, anonymiseMemos, includeMemos, limit }, { progress: ctx.progress, signal: ctx.signal }),
    'docx.exportExtracts': ({ jobId, ...options }, ctx) => {
      void jobId;
      return exportExtractsDocx(store(), options, { progress: ctx.progress, signal: ctx.signal });
    },
    'docx.exportTranscript': ({ jobId, ...options }, ctx) => {
      void jobId;
      return exportTranscriptDocx(store(), options, { progress: ctx.progress, signal: ctx.signal });
    },
    'docx.exportCodebook': ({ jobId, ...options }, ctx) => {
      void jobId;
      return exportCodebookDocx(store(), options, { progress: ctx.progress, signal: ctx.signal });
    },
    'docx.exportJournal': ({ jobId, ...options }, ctx) => {
      void jobId;
      return exportJournalDocx(store(), options, { progress: ctx.progress, signal: ctx.signal });
    },
    'docx.quoteText': ({ codingId, attribution }) => {
      const s = store();
      const nodeId = sql(s, 'SELECT node_id FROM codings WHERE id = ?').pluck().get(codingId) as number | undefined;
      if (nodeId === undefined) throw new ApiError('NOT_FOUND', 'That coding no longer exists.');
      const matcher = exportMatcher(s, attribution);
      const extract = gatherExtracts(s, matcher, { questions: [], nodeIds: [nodeId], caseIds: [], sourceIds: [], facets: [] }, { attribution, anonymiseMemos: true, onlyCodings: new Set([codingId]) }).find(
        (e) => e.codingId === codingId,
      );
      if (!extract) throw new ApiError('NOT_FOUND', 'That coding no longer exists.');
      const report = scanForLeaks(matcher, extractParts([extract], false), extract.allowances);
      if (report.total > 0) throw new ApiError('CONFLICT', `This extract still contains a real name ("${report.hits[0]?.found ?? ''}"); it was not copied.`, report.hits);
      const text = `“${extract.text.replace(/\s*\n\s*/g, ' ').trim()}” (${extract.attribution}; ${extract.reference})`;
      return { text };
    },
  };
}

