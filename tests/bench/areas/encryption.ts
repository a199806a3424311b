// Encryption at rest against the same project plain: the working copy of the corpus and an
// encrypted copy of it (AEGIS-256, electron/db/encryption.ts) take turns, round after
// round, so both see the same machine: opening (with quick_check), the first node view,
// search and matrix after opening (every page read and decrypted), the same queries warm,
// importing transcripts into the project, and a backup. Target: within 15% of the plain one.
import { copyFileSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyProjectTo } from '../../../electron/db/backups.ts';
import { rewriteFileKey } from '../../../electron/db/encryption.ts';
import { pageProblems } from '../../../electron/db/integrity.ts';
import { openProject } from '../../../electron/db/open-project.ts';
import type { OpenStore } from '../../../electron/db/open-project.ts';
import { createParseRunner, forkWorker } from '../../../electron/infra/reader-runner.ts';
import { runMatrix } from '../../../electron/queries/matrix.ts';
import { nodeView } from '../../../electron/queries/node-view.ts';
import { searchText } from '../../../electron/queries/search.ts';
import { importFilesAutomatically } from '../../../electron/sources/import-auto.ts';
import type { MatrixDefinition } from '../../../shared/model/queries.ts';
import { quantile, timeMs } from '../bench-context.ts';
import type { BenchArea } from '../bench-context.ts';
import { seededRandom, syntheticTranscript } from '../synthetic-corpus.ts';
import { SEARCH_MIX } from './queries.ts';

const PASSPHRASE = 'the passphrase of the encryption bench';
const ROUNDS = 5;
const FILES_PER_ROUND = 20;
const QUERIES = Object.values(SEARCH_MIX).flat();

interface Variant {
  name: 'plain' | 'encrypted';
  path: string;
  passphrase: string | null;
  times: Map<string, number[]>;
}

interface Workload {
  bigNode: number;
  references: number;
  matrix: MatrixDefinition;
}

function record(v: Variant, metric: string, ms: number): void {
  const list = v.times.get(metric) ?? [];
  list.push(ms);
  v.times.set(metric, list);
}

// The node with the most codings and a matrix of every node by role, from the plain project.
function workloadOf(path: string): Workload {
  const store = openProject(path, { passphrase: null });
  try {
    const big = store.db.prepare<[], { node_id: number; n: number }>('SELECT node_id, count(*) AS n FROM codings GROUP BY node_id ORDER BY n DESC LIMIT 1').get();
    const nodeIds = store.db.prepare<[], number>('SELECT id FROM nodes ORDER BY id').pluck().all();
    return { bigNode: big?.node_id ?? 1, references: big?.n ?? 0, matrix: { rows: { kind: 'nodes', nodeIds, includeDescendants: false }, columns: 'role' } };
  } finally {
    store.close();
  }
}

// One round of reads on one variant: open, quick_check, the first queries after opening, the same warm.
function readRound(v: Variant, w: Workload): void {
  let store: OpenStore | null = null;
  record(v, 'open project (with quick_check)', timeMs(() => (store = openProject(v.path, { passphrase: v.passphrase }))));
  const s = store as OpenStore | null;
  if (!s) throw new Error('the project did not open');
  try {
    record(v, 'quick_check', timeMs(() => pageProblems(s.db)));
    const view = { nodeId: w.bigNode, includeDescendants: false, limit: w.references };
    record(v, 'first node view after opening (every reference with text)', timeMs(() => nodeView(s, view)));
    record(v, 'first search after opening', timeMs(() => searchText(s, { query: QUERIES[0] ?? 'coaching' })));
    record(v, 'first matrix after opening (nodes x role)', timeMs(() => runMatrix(s, w.matrix)));
    for (let i = 0; i < 3; i++) record(v, 'node view, warm', timeMs(() => nodeView(s, view)));
    for (const query of QUERIES) record(v, 'search mix, warm (per query)', timeMs(() => searchText(s, { query })));
    for (let i = 0; i < 3; i++) record(v, 'matrix, warm', timeMs(() => runMatrix(s, w.matrix)));
  } finally {
    s.close();
  }
}

// Imports one round's files into a variant; records the time per file and of a backup after.
async function importRound(v: Variant, files: readonly string[]): Promise<void> {
  const store = openProject(v.path, { passphrase: v.passphrase });
  const runner = createParseRunner(forkWorker());
  try {
    const started = performance.now();
    const outcomes = await importFilesAutomatically(store, runner, files, {});
    if (outcomes.some((o) => o.status !== 'imported')) throw new Error(`an import into the ${v.name} project failed`);
    record(v, 'import a 5,000-word transcript (per file)', (performance.now() - started) / files.length);
    const backupStarted = performance.now();
    await copyProjectTo(store, `${v.path}.bench-copy-${v.times.get('backup of the project')?.length ?? 0}`);
    record(v, 'backup of the project', performance.now() - backupStarted);
  } finally {
    runner.close();
    store.close();
  }
}

function writeFiles(dir: string, count: number): string[] {
  mkdirSync(dir, { recursive: true });
  const rand = seededRandom(8080);
  return Array.from({ length: count }, (_, i) => {
    const path = join(dir, `encrypted-bench-${String(i + 1).padStart(4, '0')}.txt`);
    writeFileSync(path, syntheticTranscript(rand, `Bench participant ${i + 1}`, 5000));
    return path;
  });
}

export const encryptionBench: BenchArea = {
  name: 'encryption',
  async run({ store, projectPath, workDir, add }) {
    store.close();
    const encryptedPath = join(workDir, 'encrypted.alens');
    copyFileSync(projectPath, encryptedPath);
    add('encrypt the project (copy, rekey, rename)', 'value', timeMs(() => rewriteFileKey(encryptedPath, undefined, PASSPHRASE)), 'ms');
    add('project file size, encrypted over plain', 'value', statSync(encryptedPath).size / statSync(projectPath).size, 'x');
    const variants: Variant[] = [
      { name: 'plain', path: projectPath, passphrase: null, times: new Map() },
      { name: 'encrypted', path: encryptedPath, passphrase: PASSPHRASE, times: new Map() },
    ];
    const workload = workloadOf(projectPath);
    const files = writeFiles(join(workDir, 'files'), ROUNDS * FILES_PER_ROUND * 2);
    for (let round = 0; round < ROUNDS; round++) {
      // the variants take turns, and change who goes first each round
      const order = round % 2 === 0 ? variants : [...variants].reverse();
      for (const v of order) readRound(v, workload);
      for (const v of order) {
        const at = (round * 2 + (v.name === 'plain' ? 0 : 1)) * FILES_PER_ROUND;
        await importRound(v, files.slice(at, at + FILES_PER_ROUND));
      }
    }
    const [plain, encrypted] = variants as [Variant, Variant];
    for (const [metric, plainTimes] of plain.times) {
      const encryptedTimes = encrypted.times.get(metric) ?? [];
      const p = quantile(plainTimes, 0.5);
      const e = quantile(encryptedTimes, 0.5);
      add(`${metric}: plain`, 'median', p, 'ms');
      add(`${metric}: encrypted`, 'median', e, 'ms');
      add(`${metric}: encrypted / plain (target <= 1.15)`, 'value', p > 0 ? e / p : 0, 'x');
    }
  },
};
