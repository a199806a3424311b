// Crash safety: a child process writes codings, memos and imports and is killed with
// SIGKILL at random moments, 200 times. After each kill the project opens, passes
// integrity_check and foreign_key_check, and holds every write the child acknowledged.
// The same is done, 50 times, on an encrypted project (its pages and WAL encrypted).
import { spawn } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject, openProject } from '../../electron/db/open-project.ts';
import { TEST_PASSPHRASE } from '../../electron/db/test-encryption.ts';
import { undoState } from '../../electron/db/undo-log.ts';
import { writeDemoStudy } from '../../electron/projects/demo-study.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

const KILLS = Number(process.env.CRASH_KILLS ?? 200);
const ENCRYPTED_KILLS = Math.ceil(KILLS / 4);
let tmp: { dir: string; cleanup: () => void };
let writer: string;
let project: string;
let encryptedProject: string;

beforeAll(async () => {
  tmp = makeTempDir('alens-crash-');
  // bundled once, so each of the 200 children starts in milliseconds
  writer = join(tmp.dir, 'crash-writer.cjs');
  await build({
    entryPoints: [join(import.meta.dirname, '../helpers/crash-writer.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: writer,
    external: ['better-sqlite3-multiple-ciphers'],
    define: { 'import.meta.url': '__importMetaUrl' },
    banner: { js: `const __importMetaUrl = require('url').pathToFileURL(${JSON.stringify(join(import.meta.dirname, '../../electron/db/x.js'))}).href;` },
    nodePaths: [join(import.meta.dirname, '../../node_modules')],
    logLevel: 'silent',
  });
  const seed = join(tmp.dir, 'seed.alens');
  const store = createProject(seed, 'Crash');
  writeDemoStudy(store);
  store.close();
  project = join(tmp.dir, 'crash.alens');
  copyFileSync(seed, project);
  // the child opens it with the test passphrase (ACTIVITY_LENS_TEST_ENCRYPT=1 in its environment)
  encryptedProject = join(tmp.dir, 'crash-encrypted.alens');
  const encrypted = createProject(encryptedProject, 'Crash', { passphrase: TEST_PASSPHRASE });
  writeDemoStudy(encrypted);
  encrypted.close();
}, 60_000);
afterAll(() => tmp.cleanup());

function runAndKill(path: string, encrypted: boolean, seed: number, killAfterMs: number): Promise<{ acks: string[]; ready: boolean; stderr: string }> {
  return new Promise((resolve) => {
    const env = { ...process.env, NODE_PATH: join(import.meta.dirname, '../../node_modules'), ...(encrypted ? { ACTIVITY_LENS_TEST_ENCRYPT: '1' } : {}) };
    const child = spawn(process.execPath, [writer, path, String(seed)], { stdio: ['ignore', 'pipe', 'pipe'], env });
    let out = '';
    let stderr = '';
    let timer: NodeJS.Timeout | null = null;
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (timer === null && out.includes('ready\n')) timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', () => {
      if (timer) clearTimeout(timer);
      const lines = out.split('\n');
      // the last line may be cut off by the kill; only whole lines count
      const whole = out.endsWith('\n') ? lines : lines.slice(0, -1);
      resolve({ acks: whole.filter((l) => l.startsWith('ack ')), ready: out.includes('ready\n'), stderr });
    });
  });
}

// Kills the writer `kills` times on one project, checking the file after each kill.
async function killRepeatedly(path: string, encrypted: boolean, kills: number): Promise<void> {
  const acknowledged = new Map<string, string>(); // guid -> table
  let rng = 12345;
  const next = () => {
    rng = (rng * 1103515245 + 12345) % 2147483648;
    return rng / 2147483648;
  };
  for (let i = 0; i < kills; i++) {
    const { acks, ready, stderr } = await runAndKill(path, encrypted, i + 1, Math.floor(next() * 120));
    expect(ready, stderr).toBe(true);
    for (const ack of acks) {
      const [, kind, guid] = ack.split(' ');
      acknowledged.set(guid ?? '', kind === 'coding' ? 'codings' : kind === 'memo' ? 'memos' : 'sources');
    }
    const store = openProject(path, encrypted ? { passphrase: TEST_PASSPHRASE } : {});
    try {
      expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(store.db.pragma('foreign_key_check')).toEqual([]);
      undoState(store); // the undo log is readable
      for (const table of ['codings', 'memos', 'sources']) {
        const guids = new Set(store.db.prepare(`SELECT guid FROM ${table}`).pluck().all() as string[]);
        for (const [guid, t] of acknowledged) if (t === table) expect(guids.has(guid), `${table} ${guid} lost after kill ${i + 1}`).toBe(true);
      }
      // imported sources are whole: segments present and indexed
      const broken = store.db
        .prepare("SELECT count(*) FROM sources s WHERE s.name LIKE 'Crash import%' AND (SELECT count(*) FROM segments g WHERE g.source_id = s.id) <> 40")
        .pluck()
        .get();
      expect(broken).toBe(0);
    } finally {
      store.close();
    }
  }
  expect(acknowledged.size).toBeGreaterThan(kills);
}

describe('crash safety', () => {
  it(`survives ${KILLS} SIGKILLs during coding, memo and import writes with every acknowledged write kept`, async () => {
    await killRepeatedly(project, false, KILLS);
  }, 600_000);

  it(`survives ${ENCRYPTED_KILLS} SIGKILLs on an encrypted project with every acknowledged write kept`, async () => {
    await killRepeatedly(encryptedProject, true, ENCRYPTED_KILLS);
    // still encrypted: it does not open without its passphrase
    expect(() => openProject(encryptedProject, { passphrase: null })).toThrow(/encrypted/u);
  }, 600_000);
});
