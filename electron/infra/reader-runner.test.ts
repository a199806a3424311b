// The reader process: real child processes (forked through tsx) that answer, hang,
// crash or run out of memory. A failure fails that file only; the next file is read.
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createParseRunner, forkWorker } from './reader-runner.ts';
import type { ParseRunner, SpawnWorker } from './reader-runner.ts';
import { makeDocx, plain } from '../import/testing/make-docx.ts';

const testWorker = (name: string) => fileURLToPath(new URL(`./testing/${name}.ts`, import.meta.url));
const text = (s: string) => new TextEncoder().encode(s);

// Spawns the given entries in turn (the last one again after that).
function sequence(...entries: string[]): SpawnWorker {
  let n = 0;
  return (mb) => forkWorker(entries[Math.min(n++, entries.length - 1)])(mb);
}

const runners: ParseRunner[] = [];
function runner(spawn: SpawnWorker, options: Parameters<typeof createParseRunner>[1] = {}): ParseRunner {
  const r = createParseRunner(spawn, options);
  runners.push(r);
  return r;
}

afterEach(() => {
  for (const r of runners.splice(0)) r.close();
});

describe('the reader process', () => {
  it('reads files in a child process, one after another', async () => {
    const r = runner(forkWorker());
    const docx = await r.readDocument('interview.docx', await makeDocx([plain('Interviewer: Hello.'), plain('Ann: Hi.')]));
    expect(docx.text).toBe('Interviewer: Hello.\n\nAnn: Hi.');
    const txt = await r.readDocument('notes.txt', text('Plain notes.'));
    expect(txt.format).toBe('txt');
  });

  it('fails a broken file with its reason and reads the next one', async () => {
    const r = runner(forkWorker());
    await expect(r.readDocument('broken.docx', text('not a zip'))).rejects.toMatchObject({ code: 'BAD_INPUT', message: expect.stringMatching(/broken\.docx is not a valid document/) });
    await expect(r.readDocument('fine.txt', text('Fine.'))).resolves.toMatchObject({ text: 'Fine.' });
  });

  it('stops a reader that takes too long and reads the next file in a fresh process', async () => {
    let calls = 0;
    const r = runner(sequence(testWorker('hang-worker'), fileURLToPath(new URL('../import/parse-worker.ts', import.meta.url))), { timeoutFor: () => (calls++ === 0 ? 1500 : 30_000) });
    await expect(r.readDocument('stall.txt', text('x'))).rejects.toThrow(/took longer than 2 seconds/);
    await expect(r.readDocument('next.txt', text('Next.'))).resolves.toMatchObject({ text: 'Next.' });
  });

  it('stops a reader that exceeds its memory cap', async () => {
    const r = runner(forkWorker(testWorker('hog-worker')), { memoryMb: 48, timeoutFor: () => 25_000 });
    await expect(r.readDocument('bomb.txt', text('x'))).rejects.toMatchObject({ code: 'TOO_LARGE', message: expect.stringMatching(/needed more than the 48 MB of memory/) });
  });

  it('reports a reader that crashes', async () => {
    const r = runner(forkWorker(testWorker('crash-worker')));
    await expect(r.readDocument('odd.txt', text('x'))).rejects.toThrow(/stopped unexpectedly.*exit code 3/);
  });

  it('cancels a file being read', async () => {
    const r = runner(forkWorker(testWorker('hang-worker')), { timeoutFor: () => 20_000 });
    const controller = new AbortController();
    const reading = r.readDocument('long.txt', text('x'), controller.signal);
    setTimeout(() => controller.abort(), 300);
    await expect(reading).rejects.toMatchObject({ code: 'CANCELLED' });
  });
});
