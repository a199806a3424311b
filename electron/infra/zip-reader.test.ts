// The .qdpx zip reader refuses archives and entries over its limits before or while
// inflating, and damaged archives, each with a message a researcher can act on.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/errors.ts';
import { QDPX_LIMITS, SafeZip } from './zip-reader.ts';

function u32At(bytes: Uint8Array, offset: number, value: number): void {
  bytes[offset] = value & 0xff;
  bytes[offset + 1] = (value >>> 8) & 0xff;
  bytes[offset + 2] = (value >>> 16) & 0xff;
  bytes[offset + 3] = (value >>> 24) & 0xff;
}

// Offset of the first central-directory header.
function centralHeader(bytes: Uint8Array): number {
  for (let i = bytes.length - 22; i >= 0; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) {
      return (bytes[i + 16] ?? 0) | ((bytes[i + 17] ?? 0) << 8) | ((bytes[i + 18] ?? 0) << 16) | ((bytes[i + 19] ?? 0) << 24);
    }
  }
  throw new Error('no end of central directory');
}

function failure(fn: () => unknown): ApiError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('SafeZip', () => {
  it('reads entries, finding Sources/ and sources/ regardless of letter case', () => {
    const zip = SafeZip.open(zipSync({ 'project.qde': strToU8('<Project/>'), 'Sources/ABC.TXT': strToU8('hello') }), 'x.qdpx');
    const entry = zip.find('sources/abc.txt');
    expect(entry?.name).toBe('Sources/ABC.TXT');
    expect(new TextDecoder().decode(zip.read(entry ?? zip.entries[0]!))).toBe('hello');
  });

  it('refuses a file that is not a zip', () => {
    expect(failure(() => SafeZip.open(strToU8('just some text that is long enough to look for a directory'), 'notes.qdpx')).code).toBe('CORRUPT');
  });

  it('refuses more entries than the limit before reading any', () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < 12; i++) files[`sources/${i}.txt`] = strToU8('x');
    const error = failure(() => SafeZip.open(zipSync(files), 'many.qdpx', { ...QDPX_LIMITS, maxEntries: 10 }));
    expect(error.code).toBe('TOO_LARGE');
    expect(error.message).toContain('12 files');
  });

  it('refuses an entry whose declared size is over the cap, without inflating it', () => {
    const zip = SafeZip.open(zipSync({ 'big.txt': new Uint8Array(5000) }), 'big.qdpx', { ...QDPX_LIMITS, maxEntryBytes: 4000 });
    expect(failure(() => zip.read(zip.entries[0]!)).code).toBe('TOO_LARGE');
  });

  it('refuses a zip bomb by its compression ratio', () => {
    const zip = SafeZip.open(zipSync({ 'bomb.txt': new Uint8Array(8 * 1024 * 1024) }, { level: 9 }), 'bomb.qdpx');
    const error = failure(() => zip.read(zip.entries[0]!));
    expect(error.code).toBe('TOO_LARGE');
    expect(error.message).toContain('zip bomb');
  });

  it('stops inflating an entry that inflates to more than it declares', () => {
    const bytes = zipSync({ 'liar.txt': strToU8('a'.repeat(3000)) });
    // the central directory says 100 bytes; the data inflates to 3000
    u32At(bytes, centralHeader(bytes) + 24, 100);
    const zip = SafeZip.open(bytes, 'liar.qdpx');
    const error = failure(() => zip.read(zip.entries[0]!));
    expect(error.code).toBe('TOO_LARGE');
    expect(error.message).toContain('more than the 100 bytes it declares');
  });

  it('refuses an entry that inflates to less than it declares, and one whose checksum is wrong', () => {
    const short = zipSync({ 'short.txt': strToU8('b'.repeat(300)) });
    u32At(short, centralHeader(short) + 24, 400);
    const zipShort = SafeZip.open(short, 'short.qdpx');
    expect(failure(() => zipShort.read(zipShort.entries[0]!)).code).toBe('CORRUPT');
    const crc = zipSync({ 'crc.txt': strToU8('checksum me') }, { level: 0 });
    u32At(crc, centralHeader(crc) + 16, 12345);
    const zipCrc = SafeZip.open(crc, 'crc.qdpx');
    expect(failure(() => zipCrc.read(zipCrc.entries[0]!)).message).toContain('checksum');
  });

  it('caps the total inflated over all entries of one archive', () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < 4; i++) files[`sources/${i}.txt`] = strToU8(`${i}`.repeat(1000));
    const zip = SafeZip.open(zipSync(files), 'total.qdpx', { ...QDPX_LIMITS, maxTotalBytes: 2500 });
    zip.read(zip.entries[0]!);
    zip.read(zip.entries[1]!);
    expect(failure(() => zip.read(zip.entries[2]!)).code).toBe('TOO_LARGE');
  });

  it('counts an entry read again (a text read to plan and again to write) once toward the total', () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < 2; i++) files[`sources/${i}.txt`] = strToU8(`${i}`.repeat(1000));
    const zip = SafeZip.open(zipSync(files), 'again.qdpx', { ...QDPX_LIMITS, maxTotalBytes: 2500 });
    for (let i = 0; i < 5; i++) expect(zip.read(zip.entries[0]!).length).toBe(1000);
    expect(zip.read(zip.entries[1]!).length).toBe(1000);
  });

  it('streams an entry in chunks with the same checks, under its own cap for streamed entries', () => {
    const text = 'x'.repeat(300_000);
    const zip = SafeZip.open(zipSync({ 'project.qde': strToU8(text) }), 'stream.qdpx', { ...QDPX_LIMITS, maxEntryBytes: 1000 });
    const chunks: number[] = [];
    zip.stream(zip.entries[0]!, (chunk) => chunks.push(chunk.length));
    expect(chunks.reduce((a, b) => a + b, 0)).toBe(300_000);
    expect(failure(() => zip.read(zip.entries[0]!)).code).toBe('TOO_LARGE');
    const capped = SafeZip.open(zipSync({ 'project.qde': strToU8(text) }), 'stream.qdpx', { ...QDPX_LIMITS, maxStreamedEntryBytes: 1000 });
    expect(failure(() => capped.stream(capped.entries[0]!, () => {})).code).toBe('TOO_LARGE');
    const bad = zipSync({ 'project.qde': strToU8(text) });
    u32At(bad, centralHeader(bad) + 16, 0x12345678);
    const damaged = SafeZip.open(bad, 'crc.qdpx');
    expect(failure(() => damaged.stream(damaged.entries[0]!, () => {})).message).toContain('checksum');
  });
});
