// The red team's REFI-QDA bomb, built here (never committed): a .qdpx of over 10 MB whose
// project file holds 3,000,000 <Code> elements, and one with 300,000 <Note> elements. Read in
// the reader process, each is refused with a clear message as soon as the count passes the
// limit, well inside the reader's time limit and memory cap.
import { Zip, ZipDeflate } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { createParseRunner, forkWorker } from '../infra/reader-runner.ts';
import { LIMITS } from './limits.ts';

// Zips a project.qde written by `write` piece by piece (the XML is never held whole).
function qdpxOf(write: (push: (text: string) => void) => void): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  const entry = new ZipDeflate('project.qde', { level: 1 });
  zip.add(entry);
  const encoder = new TextEncoder();
  let pending: string[] = [];
  let size = 0;
  const flush = (final: boolean) => {
    entry.push(encoder.encode(pending.join('')), final);
    pending = [];
    size = 0;
  };
  write((text) => {
    pending.push(text);
    size += text.length;
    if (size > 1 << 20) flush(false);
  });
  flush(true);
  zip.end();
  return Buffer.concat(chunks);
}

const HEAD = '<?xml version="1.0" encoding="utf-8"?><Project name="Bomb" xmlns="urn:QDA-XML:project:1.0">';
const runner = createParseRunner(forkWorker());
afterAll(() => runner.close());

describe('a REFI-QDA file with millions of elements', () => {
  it('3,000,000 codes are refused in the reader process, quickly and in words', async () => {
    const bytes = qdpxOf((push) => {
      push(`${HEAD}<CodeBook><Codes>`);
      for (let i = 0; i < 3_000_000; i++) push(`<Code guid="c${i}" name="C${i}" isCodable="true"/>`);
      push('</Codes></CodeBook></Project>');
    });
    expect(bytes.length).toBeGreaterThan(10_000_000);
    const started = Date.now();
    await expect(runner.read('qdpx-preview', 'bomb.qdpx', bytes)).rejects.toMatchObject({
      code: 'TOO_LARGE',
      message: `bomb.qdpx holds more than ${LIMITS.refi.maxCodes.toLocaleString('en')} codes, more than this version reads. Nothing was imported.`,
    });
    // the refusal comes at code 50,001, not after the 3,000,000th (the red team's file took 62 s)
    expect(Date.now() - started).toBeLessThan(20_000);
  }, 120_000);

  it('300,000 notes are refused the same way', async () => {
    const bytes = qdpxOf((push) => {
      push(`${HEAD}<Notes>`);
      for (let i = 0; i < 300_000; i++) push(`<Note guid="00000000-0000-4000-9000-${String(i).padStart(12, '0')}" name="n"><PlainTextContent>x</PlainTextContent></Note>`);
      push('</Notes></Project>');
    });
    await expect(runner.read('qdpx-preview', 'notes.qdpx', bytes)).rejects.toMatchObject({ code: 'TOO_LARGE', message: expect.stringMatching(/notes\.qdpx holds more than 200,000 notes/) });
  }, 120_000);

  it('a .qdc codebook with too many codes is refused before it is built', async () => {
    const codes = Array.from({ length: LIMITS.refi.maxCodes + 5 }, (_, i) => `<Code guid="c${i}" name="C${i}" isCodable="true"/>`).join('');
    const bytes = new TextEncoder().encode(`<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>${codes}</Codes></CodeBook>`);
    await expect(runner.read('codebook', 'many.qdc', bytes)).rejects.toMatchObject({ code: 'TOO_LARGE', message: expect.stringMatching(/many\.qdc holds more than 50,000 codes/) });
  }, 60_000);
});
