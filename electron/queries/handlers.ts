// Handlers for retrieval and queries: node view, text search, matrix, framework matrix,
// co-occurrence, word use, saved queries and exports.
import type { queriesSchemas } from '../../shared/api/queries.ts';
import type { Handlers } from '../app/dispatch.ts';
import { cooccurrenceInstances, runCooccurrence } from './cooccurrence.ts';
import { exportQuery } from './export.ts';
import { queryFacets } from './facets.ts';
import { createFramework, deleteFramework, frameworkCellReferences, getFramework, listFrameworks, saveFrameworkCell, updateFramework } from './framework.ts';
import { matrixCellReferences, runMatrix } from './matrix.ts';
import { nodeView, passageContext, referencesById } from './node-view.ts';
import { recodeReferences, uncodeReferences } from './recode.ts';
import { deleteSavedQuery, listSavedQueries, saveQuery } from './saved.ts';
import { searchText } from './search.ts';
import { codeSearchResults } from './search-code.ts';
import { getStopWords, setStopWords, wordContext } from './word-use.ts';
import { runWordFrequencyInSteps } from './word-steps.ts';
import type { HandlerDeps } from '../app/handler-deps.ts';

// Builds this area's handlers.
export function createQueriesHandlers(deps: HandlerDeps): Pick<Handlers, keyof typeof queriesSchemas> {
  const store = () => deps.requireStore();
  return {
    'queries.facets': () => queryFacets(store()),
    'queries.nodeView': (input) => nodeView(store(), input),
    'queries.context': (input) => passageContext(store(), input),
    'queries.references': ({ codingIds, offset, limit }) => referencesById(store(), codingIds, offset, limit),
    'queries.recode': (input) => recodeReferences(store(), input),
    'queries.uncode': ({ codingIds }) => uncodeReferences(store(), codingIds),
    'queries.search': (input) => searchText(store(), input),
    'queries.codeSearch': (input) => codeSearchResults(store(), input),
    'queries.matrix': (input) => runMatrix(store(), input),
    'queries.matrixCell': ({ rowKey, columnKey, offset, limit, ...def }) => matrixCellReferences(store(), def, rowKey, columnKey, offset, limit),
    'queries.cooccurrence': (input) => runCooccurrence(store(), input),
    'queries.cooccurrenceDetail': ({ a, b, limit, ...def }) => cooccurrenceInstances(store(), def, a, b, limit),
    'queries.words': ({ jobId: _jobId, ...def }, ctx) => runWordFrequencyInSteps(store(), def, { progress: ctx.progress, signal: ctx.signal }),
    'queries.wordContext': (input) => wordContext(store(), input),
    'stopWords.get': () => getStopWords(store()),
    'stopWords.set': ({ words }) => setStopWords(store(), words),
    'framework.list': () => listFrameworks(store()),
    'framework.get': ({ id }) => getFramework(store(), id),
    'framework.create': (input) => createFramework(store(), input),
    'framework.update': ({ id, ...update }) => updateFramework(store(), id, update),
    'framework.delete': ({ id }) => {
      deleteFramework(store(), id);
      return null;
    },
    'framework.saveCell': (input) => saveFrameworkCell(store(), input),
    'framework.cellReferences': (input) => frameworkCellReferences(store(), input),
    'savedQueries.list': () => listSavedQueries(store()),
    'savedQueries.save': (input) => saveQuery(store(), input),
    'savedQueries.delete': ({ id }) => {
      deleteSavedQuery(store(), id);
      return null;
    },
    'queries.export': (input) => exportQuery(store(), input),
  };
}
