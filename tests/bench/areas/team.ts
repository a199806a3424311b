// Team coding on the whole corpus: a member's copy of the project (a package with the
// codings so far) in which a second coder codes every transcript near the first coder's
// passages, merged back into the lead's project; then inter-coder agreement of the two
// coders over every transcript (at 1,000 transcripts of 100 codings: 200,000 codings).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openProject } from '../../../electron/db/open-project.ts';
import { runSetup } from '../../../electron/db/undo-log.ts';
import { insertCoding } from '../../../electron/codings/codings.ts';
import { createParseRunner, forkWorker } from '../../../electron/infra/reader-runner.ts';
import { ensureCoder } from '../../../electron/projects/project-info.ts';
import { agreementReport } from '../../../electron/team/agreement.ts';
import { mergeFile, previewMerge } from '../../../electron/team/merge.ts';
import { makePackage } from '../../../electron/team/package.ts';
import { quantile, repeatAfterGcMs } from '../bench-context.ts';
import type { BenchArea } from '../bench-context.ts';
import { seededRandom } from '../synthetic-corpus.ts';

interface CorpusCoding {
  source_id: number;
  node_id: number;
  start: number;
  end: number;
  coder_id: number;
}

// Codes the member's copy as a second coder: each of the first coder's passages again, shifted
// a little, and one in ten at another node. Returns the second coder's initials.
function codeAsSecondCoder(path: string): string {
  const copy = openProject(path);
  try {
    const rand = seededRandom(7);
    const codings = copy.db.prepare<[], CorpusCoding>('SELECT source_id, node_id, start, "end", coder_id FROM codings').all();
    const nodes = copy.db.prepare<[], number>('SELECT id FROM nodes').pluck().all();
    runSetup(copy, (rec) => {
      const second = ensureCoder(rec, 'Second Bench Coder', 'SB');
      for (const c of codings) {
        const shift = Math.floor(rand() * 40);
        const nodeId = rand() < 0.1 ? (nodes[Math.floor(rand() * nodes.length)] ?? c.node_id) : c.node_id;
        insertCoding(rec, { sourceId: c.source_id, nodeId, start: c.start + shift, end: c.end + Math.floor(rand() * 40), coderId: second });
      }
    });
  } finally {
    copy.close();
  }
  return 'SB';
}

export const teamBench: BenchArea = {
  name: 'team',
  async run({ store, workDir, add }) {
    const memberPath = join(workDir, 'member.alens');
    await makePackage(store, { path: memberPath, withCodings: true, realNames: true });
    const second = codeAsSecondCoder(memberPath);
    const bytes = readFileSync(memberPath);
    const reader = createParseRunner(forkWorker());
    try {
      let started = performance.now();
      await previewMerge(store, bytes, 'member.alens', { reader });
      add('preview the merge of a member\'s copy', 'value', performance.now() - started, 'ms');
      started = performance.now();
      const merged = await mergeFile(store, bytes, 'member.alens', { reader });
      add('merge a member\'s copy (one action)', 'value', performance.now() - started, 'ms');
      add('codings merged in', 'value', merged.added.codings, 'codings');
    } finally {
      reader.close();
    }
    const coders = store.db.prepare<[string], number>("SELECT id FROM coders WHERE initials IN ('BC', ?) ORDER BY id").pluck().all(second);
    add('codings of the two coders', 'value', Number(store.db.prepare('SELECT count(*) FROM codings').pluck().get()), 'codings');
    for (const level of ['char', 'segment', 'alpha'] as const) {
      const times = repeatAfterGcMs(3, () => agreementReport(store, { coderIds: coders, level, withDecisions: false }));
      add(`agreement of two coders, ${level} level (read and compute)`, 'median', quantile(times, 0.5), 'ms');
    }
  },
};
