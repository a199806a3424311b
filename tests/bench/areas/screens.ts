// Benchmarks of the screens in Chromium on the corpus, each from the input to the painted
// result (medians of five): Sources and Cases from the navigator click to the painted rows
// (Cases also right after a change made elsewhere), sorting Sources by a column, the DOM
// elements each list leaves in the page, frame times while scrolling each list from top to
// bottom; the Codebook, the node view of a question, text search, the matrix, word frequency
// and the preview of a question's coded extracts.
import { join } from 'node:path';
import { quantile } from '../bench-context.ts';
import type { BenchArea } from '../bench-context.ts';
import { warmUpQueries } from '../../../electron/queries/warm-up.ts';
import { builtRenderer } from './workspace-browser.ts';
import { measureListScreens } from './screens-browser.ts';

// The median and the slowest of a list of click-to-paint times.
function addTimes(add: Parameters<BenchArea['run']>[0]['add'], name: string, times: number[]): void {
  if (times.length === 0) return;
  add(name, 'median', quantile(times, 0.5), 'ms');
  add(name, 'max', Math.max(...times), 'ms');
}

export const screensBench: BenchArea = {
  name: 'screens',
  async run({ store, projectPath, workDir, add }) {
    // the word counts the app's background warm-up would keep, kept before the app opens the
    // project (so its warm-up only reads them while the screens are measured)
    await warmUpQueries(store, () => true);
    // the web host opens the project itself (the project file is locked to one connection)
    store.close();
    const staticDir = await builtRenderer(join(workDir, 'renderer'));
    const n = await measureListScreens(projectPath, workDir, staticDir);
    addTimes(add, 'Sources screen: click to painted rows', n.sourcesMs);
    add('Sources screen: sort by words, click to painted rows', 'median', quantile(n.sortMs, 0.5), 'ms');
    add('Sources screen: DOM elements in the page', 'value', n.sourcesDom, 'elements');
    add('Sources screen: frame time scrolling top to bottom', 'p95', quantile(n.sourcesScrollMs, 0.95), 'ms');
    addTimes(add, 'Cases screen: click to painted rows', n.casesMs);
    add('Cases screen: first visit, click to painted rows', 'value', n.casesMs[0] ?? NaN, 'ms');
    addTimes(add, 'Cases screen: visit after a change, click to painted rows', n.casesAfterChangeMs);
    add('Cases screen: DOM elements in the page', 'value', n.casesDom, 'elements');
    add('Cases screen: frame time scrolling top to bottom', 'p95', quantile(n.casesScrollMs, 0.95), 'ms');
    add('Sources and Cases: DOM elements at any time while scrolling', 'max', n.scrollMaxDom, 'elements');
    const q = n.queries;
    addTimes(add, 'Codebook screen: click to painted tree', q.codebookMs);
    addTimes(add, 'node view of a question and the nodes under it: click to painted references', q.nodeViewMs);
    add('node view: references drawn (the first page)', 'value', q.nodeViewReferences, 'references');
    addTimes(add, 'text search: click to painted results (a new query each time)', q.searchMs);
    addTimes(add, 'matrix of the six questions by role: click to painted table', q.matrixMs);
    addTimes(add, 'word frequency of every source: click to painted list', q.wordsMs);
    addTimes(add, "extracts preview of a question: click to painted quotes", q.previewMs);
    add('extracts preview: quotes drawn', 'value', q.previewQuotes, 'quotes');
  },
};
