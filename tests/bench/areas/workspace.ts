// Benchmarks of the coding workspace: the coding view in Chromium on a 300,000-character
// transcript with 2,000 codings (first paint of coded text, p95 frame time while
// scrolling top to bottom, most DOM elements at any time), and the workspace services
// on the corpus (find across the project, previewing and saving a correction).
import { join } from 'node:path';
import { createOffsetIndex } from '../../../shared/text/code-points.ts';
import { findText } from '../../../electron/sources/find-replace.ts';
import { applyEdits, previewEdits } from '../../../electron/sources/corrections.ts';
import { getSource, listSources } from '../../../electron/sources/sources.ts';
import { quantile, repeatMs } from '../bench-context.ts';
import type { BenchArea } from '../bench-context.ts';
import { builtRenderer, measureCodingView } from './workspace-browser.ts';
import { TARGET_NODE, writeCodingBenchProject } from './workspace-transcript.ts';

const CHARACTERS = 300_000;
const CODINGS = 2_000;

export const workspaceBench: BenchArea = {
  name: 'workspace',
  async run({ store, workDir, add }) {
    // services on the corpus
    const finds = repeatMs(5, () => findText(store, { query: 'coaching', limit: 10_000 }));
    add('find a word in every source', 'median', quantile(finds, 0.5), 'ms');
    const biggest = [...listSources(store)].sort((a, b) => b.characters - a.characters)[0];
    if (biggest) {
      let source = getSource(store, biggest.id);
      const index = createOffsetIndex(source.text);
      const at = Math.floor(index.codePointLength / 2);
      const edits = [
        { start: 10, end: 10, insert: '😀 ' },
        { start: at, end: at + 5, insert: 'fixed' },
      ];
      add('preview a correction (codings it would empty)', 'median', quantile(repeatMs(10, () => previewEdits(store, source.id, source.revision, edits)), 0.5), 'ms');
      const saves = repeatMs(10, () => {
        source = getSource(store, biggest.id);
        applyEdits(store, source.id, source.revision, edits, []);
      });
      add('save a two-edit correction (one action)', 'median', quantile(saves, 0.5), 'ms');
    }

    // the coding view in Chromium
    const projectPath = join(workDir, 'coding-view.alens');
    const made = writeCodingBenchProject(projectPath, CHARACTERS, CODINGS);
    const staticDir = await builtRenderer(join(workDir, 'renderer'));
    const numbers = await measureCodingView(projectPath, made.sourceName, workDir, staticDir, { name: TARGET_NODE, id: made.targetNodeId });
    const label = `coding view, ${Math.round(made.characters / 1000)}k chars, ${made.codings} codings`;
    add(`${label}: first paint of coded text`, 'value', numbers.firstPaintMs, 'ms');
    add(`${label}: frame time scrolling top to bottom`, 'p95', quantile(numbers.frameMs, 0.95), 'ms');
    add(`${label}: frame time scrolling top to bottom`, 'median', quantile(numbers.frameMs, 0.5), 'ms');
    add(`${label}: frames to scroll ${Math.round(numbers.scrolledPx)} px`, 'value', numbers.frames, 'frames');
    add(`${label}: DOM elements at any time`, 'max', Math.max(numbers.maxDomNodes, numbers.fastMaxDomNodes), 'elements');
    add(`${label}: frame time jumping 1500 px a frame`, 'p95', quantile(numbers.fastFrameMs, 0.95), 'ms');
    add(`${label}: code a passage, key press to painted stripe (target < 50 ms)`, 'median', quantile(numbers.codePassageMs, 0.5), 'ms');
    add(`${label}: code a passage, key press to painted stripe (target < 50 ms)`, 'p95', quantile(numbers.codePassageMs, 0.95), 'ms');
  },
};
