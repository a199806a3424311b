// Benchmarks of the list screens in Chromium on the corpus: Sources and Cases from the
// navigator click to the painted rows (medians of five visits each), sorting Sources by a
// column, the DOM elements each screen leaves in the page, and frame times while
// scrolling each list from top to bottom.
import { join } from 'node:path';
import { quantile } from '../bench-context.ts';
import type { BenchArea } from '../bench-context.ts';
import { builtRenderer } from './workspace-browser.ts';
import { measureListScreens } from './screens-browser.ts';

export const screensBench: BenchArea = {
  name: 'screens',
  async run({ store, projectPath, workDir, add }) {
    // the web host opens the project itself (the project file is locked to one connection)
    store.close();
    const staticDir = await builtRenderer(join(workDir, 'renderer'));
    const n = await measureListScreens(projectPath, workDir, staticDir);
    add('Sources screen: click to painted rows', 'median', quantile(n.sourcesMs, 0.5), 'ms');
    add('Sources screen: click to painted rows', 'max', Math.max(...n.sourcesMs), 'ms');
    add('Sources screen: sort by words, click to painted rows', 'median', quantile(n.sortMs, 0.5), 'ms');
    add('Sources screen: DOM elements in the page', 'value', n.sourcesDom, 'elements');
    add('Sources screen: frame time scrolling top to bottom', 'p95', quantile(n.sourcesScrollMs, 0.95), 'ms');
    add('Cases screen: click to painted rows', 'median', quantile(n.casesMs, 0.5), 'ms');
    add('Cases screen: click to painted rows', 'max', Math.max(...n.casesMs), 'ms');
    add('Cases screen: DOM elements in the page', 'value', n.casesDom, 'elements');
    add('Cases screen: frame time scrolling top to bottom', 'p95', quantile(n.casesScrollMs, 0.95), 'ms');
    add('Sources and Cases: DOM elements at any time while scrolling', 'max', n.scrollMaxDom, 'elements');
  },
};
