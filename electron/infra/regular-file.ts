// Reading a file a researcher named (on the command line, in a dialog, a passphrase file):
// only an ordinary file is read. The check is made on the opened handle (opened without
// blocking, so a named pipe cannot hold the process before it is looked at), and the size
// limit is counted while reading, so a device such as /dev/zero, a FIFO or a file that grows
// is refused instead of filling memory.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { ApiError } from '../../shared/errors.ts';

// what a file is when it is not an ordinary one, in words
function kindOf(stat: Stats): string {
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a named pipe';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSocket()) return 'a socket';
  return 'not an ordinary file';
}

// open without waiting for a writer (a FIFO) and without becoming a terminal's reader
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

function refuseSpecial(path: string, stat: Stats): void {
  if (!stat.isFile()) throw new ApiError('BAD_INPUT', `${basename(path)} is ${kindOf(stat)}, not a file Activity Lens can read.`);
}

// the refusal of a file over the limit (its size when known before reading)
function tooLarge(path: string, maxBytes: number, describeLimit: (bytes: number) => string, size?: number): ApiError {
  const is = size === undefined ? 'is' : `is ${describeLimit(size)},`;
  return new ApiError('TOO_LARGE', `${basename(path)} ${is} more than the ${describeLimit(maxBytes)} a file may be.`);
}

// Reads an ordinary file of at most maxBytes, or refuses it in words (callers add what it means).
export async function readRegularFile(path: string, maxBytes: number, describeLimit: (bytes: number) => string): Promise<Buffer> {
  const handle = await open(path, OPEN_FLAGS);
  try {
    const stat = await handle.stat();
    refuseSpecial(path, stat);
    if (stat.size > maxBytes) throw tooLarge(path, maxBytes, describeLimit, stat.size);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(1 << 20, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxBytes) throw tooLarge(path, maxBytes, describeLimit);
      chunks.push(bytesRead === chunk.length ? chunk : chunk.subarray(0, bytesRead));
    }
    return Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}

// Reads an ordinary file of at most maxBytes at once (for small files such as a passphrase file).
export function readRegularFileSync(path: string, maxBytes: number, describeLimit: (bytes: number) => string): Buffer {
  const fd = openSync(path, OPEN_FLAGS);
  try {
    const stat = fstatSync(fd);
    refuseSpecial(path, stat);
    if (stat.size > maxBytes) throw tooLarge(path, maxBytes, describeLimit, stat.size);
    const buffer = Buffer.alloc(maxBytes + 1);
    let total = 0;
    for (;;) {
      const read = readSync(fd, buffer, total, buffer.length - total, null);
      if (read === 0) break;
      total += read;
      if (total > maxBytes) throw tooLarge(path, maxBytes, describeLimit);
    }
    return buffer.subarray(0, total);
  } finally {
    closeSync(fd);
  }
}
