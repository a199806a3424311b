import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../tests/helpers/temp-dir.ts';
import { looksLikeMedia, mediaTypeOf, parseRange, planMediaResponse } from './media-files.ts';

let dir: { dir: string; cleanup(): void };
beforeEach(() => {
  dir = makeTempDir();
});
afterEach(() => dir.cleanup());

// A tiny file whose first bytes are those of a WAVE file.
function wave(name: string, bytes = 64): string {
  const file = join(dir.dir, name);
  const data = Buffer.alloc(bytes);
  data.write('RIFF', 0, 'ascii');
  data.write('WAVE', 8, 'ascii');
  writeFileSync(file, data);
  return file;
}

describe('serving a linked recording', () => {
  it('knows audio and video by extension and by their first bytes', () => {
    expect(mediaTypeOf('/a/b/Interview.M4A')).toBe('audio/mp4');
    expect(mediaTypeOf('/etc/passwd')).toBeNull();
    expect(looksLikeMedia(Buffer.from('ID3\u0004rest'))).toBe(true);
    expect(looksLikeMedia(Buffer.from('\u0000\u0000\u0000\u0018ftypM4A '))).toBe(true);
    expect(looksLikeMedia(Buffer.from('root:x:0:0:root'))).toBe(false);
  });

  it.each([
    [undefined, null],
    ['bytes=0-9', { start: 0, end: 9 }],
    ['bytes=10-', { start: 10, end: 99 }],
    ['bytes=-5', { start: 95, end: 99 }],
    ['bytes=50-500', { start: 50, end: 99 }],
    ['bytes=100-', 'unsatisfiable'],
    ['bytes=0-1,5-6', null],
    ['items=0-1', null],
  ])('reads the range %j of a 100-byte file as %j', (header, expected) => {
    expect(parseRange(header, 100)).toEqual(expected);
  });

  it('serves the whole file or a range with the right headers', () => {
    const file = wave('ruth.wav', 100);
    expect(planMediaResponse(file, undefined)).toMatchObject({ ok: true, status: 200, start: 0, end: 99, headers: { 'content-type': 'audio/wav', 'content-length': '100' } });
    expect(planMediaResponse(file, 'bytes=10-19')).toMatchObject({ ok: true, status: 206, start: 10, end: 19, headers: { 'content-range': 'bytes 10-19/100', 'content-length': '10' } });
    expect(planMediaResponse(file, 'bytes=200-')).toMatchObject({ ok: false, status: 416 });
  });

  it('refuses what is not a linked audio or video file', () => {
    const text = join(dir.dir, 'secret.mp3');
    writeFileSync(text, 'not audio at all, just words');
    mkdirSync(join(dir.dir, 'folder.mp3'));
    expect(planMediaResponse(null, undefined)).toMatchObject({ ok: false, status: 404 });
    expect(planMediaResponse(join(dir.dir, 'missing.mp3'), undefined)).toMatchObject({ ok: false, status: 404 });
    expect(planMediaResponse(join(dir.dir, 'folder.mp3'), undefined)).toMatchObject({ ok: false, status: 404 });
    expect(planMediaResponse(wave('notes.txt'), undefined)).toMatchObject({ ok: false, status: 415 });
    expect(planMediaResponse(text, undefined)).toMatchObject({ ok: false, status: 415 });
  });
});
