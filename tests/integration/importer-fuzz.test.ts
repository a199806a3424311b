// Hostile input, fuzzed: mutated docx, odt, pdf, vtt, srt and qdpx files (bytes flipped,
// truncated, chunks repeated or zeroed) are fed to the real readers - the documents through
// the reader child process, .qdpx there too. Every input must end in a
// result or a clear ApiError; the reader process is replaced when it dies and this process
// stays up; afterwards a good file still reads.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, ERROR_CODES } from '../../shared/errors.ts';
import { createProject } from '../../electron/db/open-project.ts';
import { buildQdpx } from '../../electron/exchange/qdpx-export.ts';
import { createParseRunner, forkWorker } from '../../electron/infra/reader-runner.ts';
import type { ParseRunner } from '../../electron/infra/reader-runner.ts';
import { previewQdpx } from '../../electron/exchange/qdpx-import.ts';
import { writeDemoStudy } from '../../electron/projects/demo-study.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
const SEEDS = [
  'fixtures/import/report-with-table.docx',
  'fixtures/demo/docx/07-desai-round1.docx',
  'fixtures/import/bold-speakers.odt',
  'fixtures/import/evaluation-summary.pdf',
  'fixtures/import/teams-meeting.vtt',
  'fixtures/import/subtitles.srt',
];

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// One mutant of a file: a few kinds of damage real files suffer.
function mutate(bytes: Uint8Array, rand: () => number): Uint8Array {
  const out = Uint8Array.from(bytes);
  const at = () => Math.floor(rand() * out.length);
  switch (Math.floor(rand() * 4)) {
    case 0:
      for (let i = 0, n = 1 + Math.floor(rand() * 20); i < n; i++) out[at()] = Math.floor(rand() * 256);
      return out;
    case 1:
      return out.slice(0, at());
    case 2: {
      const start = at();
      const chunk = out.slice(start, Math.min(out.length, start + 1 + Math.floor(rand() * 4096)));
      const pos = at();
      return Uint8Array.from([...out.slice(0, pos), ...chunk, ...chunk, ...out.slice(pos)]);
    }
    default: {
      const start = at();
      out.fill(0, start, Math.min(out.length, start + 1 + Math.floor(rand() * 2048)));
      return out;
    }
  }
}

function expectClearFailure(error: unknown, label: string): void {
  expect(error instanceof ApiError, `${label}: ${String(error)}`).toBe(true);
  if (error instanceof ApiError) {
    expect((ERROR_CODES as readonly string[]).includes(error.code)).toBe(true);
    expect(error.message.length, label).toBeGreaterThan(10);
    expect(error.message, label).not.toMatch(/undefined|\[object Object\]/);
  }
}

let runner: ParseRunner;
let tmp: { dir: string; cleanup: () => void };
let qdpx: Uint8Array;

beforeAll(async () => {
  runner = createParseRunner(forkWorker());
  tmp = makeTempDir();
  const store = createProject(join(tmp.dir, 'seed.alens'), 'Seed');
  writeDemoStudy(store);
  qdpx = buildQdpx(store).bytes;
  store.close();
}, 60_000);
afterAll(() => {
  runner.close();
  tmp.cleanup();
});

describe('importer fuzz', () => {
  it.each(SEEDS)(`%s: ${RUNS} mutants each end in a document or a clear error`, async (seedPath) => {
    const original = new Uint8Array(readFileSync(join(ROOT, seedPath)));
    const name = seedPath.split('/').pop() ?? 'file';
    const rand = random(original.length);
    let read = 0;
    let refused = 0;
    for (let i = 0; i < RUNS; i++) {
      const mutant = mutate(original, rand);
      try {
        const doc = await runner.readDocument(name, mutant);
        expect(typeof doc.text).toBe('string');
        read++;
      } catch (error) {
        expectClearFailure(error, `${name} mutant ${i}`);
        refused++;
      }
    }
    expect(read + refused).toBe(RUNS);
    // the reader still works after whatever the mutants did to it
    const good = await runner.readDocument(name, original);
    expect(good.text.length).toBeGreaterThan(0);
  }, 300_000);

  it(`demo .qdpx: ${RUNS * 2} mutants each end in a preview or a clear error`, async () => {
    const rand = random(7);
    for (let i = 0; i < RUNS * 2; i++) {
      try {
        await previewQdpx(mutate(qdpx, rand), 'demo.qdpx', { reader: runner });
      } catch (error) {
        expectClearFailure(error, `qdpx mutant ${i}`);
      }
    }
    expect((await previewQdpx(qdpx, 'demo.qdpx', { reader: runner })).sources.length).toBeGreaterThan(0);
  }, 300_000);
});
