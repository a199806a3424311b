// REFI-QDA exchange: exporting the corpus as .qdpx, previewing and importing it into a
// new project (the file read in the reader process), and the .qdc codebook round.
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { buildQdc } from '../../../electron/exchange/qdc-export.ts';
import { buildQdpx } from '../../../electron/exchange/qdpx-export.ts';
import { previewQdc } from '../../../electron/exchange/qdc-import.ts';
import { importQdpxAsNewProject, previewQdpx } from '../../../electron/exchange/qdpx-import.ts';
import { createParseRunner, forkWorker } from '../../../electron/infra/reader-runner.ts';
import { quantile, repeatAfterGcAsyncMs, repeatAfterGcMs, timeMs } from '../bench-context.ts';
import type { BenchArea } from '../bench-context.ts';

export const exchangeBench: BenchArea = {
  name: 'exchange',
  async run({ store, workDir, add }) {
    const reader = createParseRunner(forkWorker());
    let bytes: Uint8Array = new Uint8Array(0);
    // garbage is collected before each repetition (outside the timing), so the peaks are one run's
    // and not the garbage of the one before, which V8 would collect in an app's idle time
    const exports = repeatAfterGcMs(3, () => {
      bytes = buildQdpx(store).bytes;
    });
    add('export .qdpx (read, XML, zip)', 'median', quantile(exports, 0.5), 'ms');
    add('.qdpx file size', 'value', bytes.length / 1024 / 1024, 'MiB');
    // the process's high-water mark after each phase (maxRSS is in KiB), to see which phase sets the peak
    const peakSoFar = () => process.resourceUsage().maxRSS / 1024;
    add('peak memory (rss) after the exports', 'max', peakSoFar(), 'MiB');
    add('preview .qdpx (unzip, parse, plan)', 'median', quantile(await repeatAfterGcAsyncMs(3, () => previewQdpx(bytes, 'corpus.qdpx', { reader })), 0.5), 'ms');
    add('peak memory (rss) after the previews', 'max', peakSoFar(), 'MiB');
    const imports = await repeatAfterGcAsyncMs(3, async (i) => {
      const path = join(workDir, `imported-${i}.alens`);
      await importQdpxAsNewProject(bytes, 'corpus.qdpx', path, { reader });
      for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
    });
    add('import .qdpx into a new project', 'median', quantile(imports, 0.5), 'ms');
    add('peak memory (rss) after the imports', 'max', peakSoFar(), 'MiB');
    const codings = Number(store.db.prepare('SELECT count(*) FROM codings').pluck().get());
    add('import .qdpx into a new project', 'rate', codings / (quantile(imports, 0.5) / 1000), 'codings/s');
    let qdc: Uint8Array = new Uint8Array(0);
    add('export .qdc', 'value', timeMs(() => (qdc = buildQdc(store).bytes)), 'ms');
    const started = performance.now();
    await previewQdc(store, qdc, 'codebook.qdc', reader);
    add('preview .qdc merge', 'value', performance.now() - started, 'ms');
    reader.close();
  },
};
