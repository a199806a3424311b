// The project store and core services: open, lists, coding, undo, edits, backups.
import { createBackup } from '../../../electron/db/backups.ts';
import { pageProblems } from '../../../electron/db/integrity.ts';
import { openProject } from '../../../electron/db/open-project.ts';
import { redo, undo } from '../../../electron/db/undo-log.ts';
import { eachCodingDetail } from '../../../electron/codings/coding-report.ts';
import { createCoding } from '../../../electron/codings/codings.ts';
import { projectStats } from '../../../electron/projects/project-info.ts';
import { editSourceText } from '../../../electron/sources/source-edits.ts';
import { getSource, listSources } from '../../../electron/sources/sources.ts';
import { quantile, repeatMs } from '../bench-context.ts';
import type { BenchArea } from '../bench-context.ts';
import { codingsJsonInChild } from './core-cli.ts';

export const coreBench: BenchArea = {
  name: 'core',
  async run({ store, projectPath, workDir, add }) {
    store.close();
    // as the app opens a project: the first screen before quick_check, which runs before the first write
    const opens = repeatMs(5, () => openProject(projectPath, { integrityCheck: 'before-first-write' }).close());
    add('open project', 'median', quantile(opens, 0.5), 'ms');
    const s = openProject(projectPath);
    try {
      add('quick_check (on open for the command line; before the first write in the app)', 'median', quantile(repeatMs(3, () => pageProblems(s.db)), 0.5), 'ms');
      add('stats', 'median', quantile(repeatMs(5, () => projectStats(s)), 0.5), 'ms');
      const lists = repeatMs(5, () => listSources(s));
      add('sources list', 'median', quantile(lists, 0.5), 'ms');
      add('sources list', 'p95', quantile(lists, 0.95), 'ms');
      const sources = listSources(s);
      add('open one source (text + segments)', 'median', quantile(repeatMs(20, (i) => getSource(s, sources[i % sources.length]?.id ?? 1)), 0.5), 'ms');
      // read one at a time, as `codings --json` reads them (nothing in the app holds them all)
      const readAll = () => {
        let n = 0;
        for (const c of eachCodingDetail(s)) n += c.text.length > 0 ? 1 : 0;
        return n;
      };
      add('all codings with text and case, one at a time', 'median', quantile(repeatMs(3, readAll), 0.5), 'ms');
      const nodeId = Number(s.db.prepare('SELECT id FROM nodes LIMIT 1').pluck().get());
      const codes = repeatMs(50, (i) => createCoding(s, { sourceId: sources[i % sources.length]?.id ?? 1, nodeId, start: 10, end: 60 }));
      add('code a passage (one transaction)', 'median', quantile(codes, 0.5), 'ms');
      add('code a passage (one transaction)', 'p95', quantile(codes, 0.95), 'ms');
      add('undo', 'median', quantile(repeatMs(20, () => undo(s)), 0.5), 'ms');
      repeatMs(20, () => redo(s));
      const first = getSource(s, sources[0]?.id ?? 1);
      let revision = first.revision;
      const edits = repeatMs(20, () => {
        revision = editSourceText(s, first.id, { start: 50, end: 50, insert: 'x', baseRevision: revision }).revision;
      });
      add('correct a transcript (maps codings)', 'median', quantile(edits, 0.5), 'ms');
      const started = performance.now();
      await createBackup(s, 'snapshot', 'bench');
      add('backup (SQLite backup API)', 'value', performance.now() - started, 'ms');
    } finally {
      s.close();
    }
    const cli = await codingsJsonInChild(projectPath, workDir);
    add('codings --json, command line to a pipe', 'value', cli.ms, 'ms');
    add('codings --json, command line to a pipe: output', 'value', cli.bytes / 1024 / 1024, 'MiB');
    add('peak memory (rss): codings --json process', 'max', cli.peakMiB, 'MiB');
  },
};
