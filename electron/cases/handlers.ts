// Handlers of cases: the participants, the Cases grid's organisation fields, and attribute
// tables read from CSV/XLSX (in the reader process) and applied to the cases.
import type { casesSchemas } from '../../shared/api/cases.ts';
import type { Handlers } from '../app/dispatch.ts';
import type { HandlerDeps } from '../app/handler-deps.ts';
import { readIncomingFile } from '../sources/import-read.ts';
import { caseGridOptions, updateCaseOrganisation } from './case-grid.ts';
import { applyCaseTable, guessMapping } from './case-table-apply.ts';
import { createCase, deleteCase, listCases, updateCase } from './cases.ts';

// Builds the cases' handlers.
export function createCasesHandlers(deps: HandlerDeps): Pick<Handlers, keyof typeof casesSchemas> {
  const store = deps.requireStore;
  return {
    'cases.list': () => listCases(store()),
    'cases.create': (input) => createCase(store(), input),
    'cases.update': ({ id, ...update }) => updateCase(store(), id, update),
    'cases.delete': ({ id }) => {
      deleteCase(store(), id);
      return null;
    },
    'caseGrid.options': () => caseGridOptions(store()),
    'caseGrid.update': ({ id, ...update }) => updateCaseOrganisation(store(), id, update),
    'caseGrid.readTable': async ({ file }, ctx) => {
      store();
      const input = await readIncomingFile(file);
      return guessMapping(await deps.reader().readTable(input.fileName, input.bytes, ctx.signal));
    },
    'caseGrid.applyTable': (input) => applyCaseTable(store(), input),
  };
}
