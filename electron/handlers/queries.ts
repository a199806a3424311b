// Handlers for retrieval and queries: node view, text search, matrix, framework matrix,
// co-occurrence, word use, saved queries and exports (issue 5).
import type { queriesSchemas } from '../../shared/api/queries.ts';
import type { Handlers } from '../dispatch.ts';
import { cooccurrenceInstances, runCooccurrence } from '../services/queries-cooccurrence.ts';
import { exportQuery } from '../services/queries-export.ts';
import { queryFacets } from '../services/queries-facets.ts';
import { createFramework, deleteFramework, frameworkCellReferences, getFramework, listFrameworks, saveFrameworkCell, updateFramework } from '../services/queries-framework.ts';
import { matrixCellReferences, runMatrix } from '../services/queries-matrix.ts';
import { nodeView, passageContext, referencesById } from '../services/queries-node-view.ts';
import { recodeReferences, uncodeReferences } from '../services/queries-recode.ts';
import { deleteSavedQuery, listSavedQueries, saveQuery } from '../services/queries-saved.ts';
import { searchText } from '../services/queries-search.ts';
import { codeSearchResults } from '../services/queries-search-code.ts';
import { getStopWords, runWordFrequency, setStopWords, wordContext } from '../services/queries-word-use.ts';
import type { HandlerDeps } from './deps.ts';

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
    'queries.words': (input) => runWordFrequency(store(), input),
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
