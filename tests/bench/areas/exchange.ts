// REFI-QDA exchange: exporting the corpus as .qdpx, previewing and importing it into a
// new project, and the .qdc codebook round.
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { buildQdc } from '../../../electron/export/qdc-export.ts';
import { buildQdpx } from '../../../electron/export/qdpx-export.ts';
import { previewQdc } from '../../../electron/import/qdc-import.ts';
import { importQdpxAsNewProject, previewQdpx } from '../../../electron/import/qdpx-import.ts';
import { quantile, repeatMs, timeMs } from '../bench-context.ts';
import type { BenchArea } from '../bench-context.ts';

export const exchangeBench: BenchArea = {
  name: 'exchange',
  run({ store, workDir, add }) {
    let bytes: Uint8Array = new Uint8Array(0);
    const exports = repeatMs(3, () => {
      bytes = buildQdpx(store).bytes;
    });
    add('export .qdpx (read, XML, zip)', 'median', quantile(exports, 0.5), 'ms');
    add('.qdpx file size', 'value', bytes.length / 1024 / 1024, 'MiB');
    add('preview .qdpx (unzip, parse, plan)', 'median', quantile(repeatMs(3, () => previewQdpx(bytes, 'corpus.qdpx')), 0.5), 'ms');
    const imports = repeatMs(3, (i) => {
      const path = join(workDir, `imported-${i}.alens`);
      importQdpxAsNewProject(bytes, 'corpus.qdpx', path);
      for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
    });
    add('import .qdpx into a new project', 'median', quantile(imports, 0.5), 'ms');
    const codings = Number(store.db.prepare('SELECT count(*) FROM codings').pluck().get());
    add('import .qdpx into a new project', 'rate', codings / (quantile(imports, 0.5) / 1000), 'codings/s');
    let qdc: Uint8Array = new Uint8Array(0);
    add('export .qdc', 'value', timeMs(() => (qdc = buildQdc(store).bytes)), 'ms');
    add('preview .qdc merge', 'value', timeMs(() => previewQdc(store, qdc, 'codebook.qdc')), 'ms');
  },
};
