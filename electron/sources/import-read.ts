// Reading a file handed to an import: bytes from the window (base64), or a path on the host,
// read only when it is an ordinary file, and only up to the size limit (counted while
// reading: a device such as /dev/zero or a named pipe is refused, not read).
import { basename } from 'node:path';
import { ApiError } from '../../shared/errors.ts';
import { formatMegabytes, LIMITS } from '../import/limits.ts';
import { readRegularFile } from '../infra/regular-file.ts';

export interface IncomingFile {
  fileName: string;
  path: string | null;
  bytes: Uint8Array;
}

// Reads a file the host can see, refusing anything but an ordinary file within the size limit.
export async function readPath(path: string): Promise<IncomingFile> {
  const fileName = basename(path);
  try {
    return { fileName, path, bytes: await readRegularFile(path, LIMITS.maxFileBytes, formatMegabytes) };
  } catch (error) {
    if (error instanceof ApiError) throw new ApiError(error.code, `${error.message} Nothing was imported.`);
    throw error;
  }
}

// A file given as bytes (browser mode) or as a path the host reads (Electron, folders).
export async function readIncomingFile(file: { fileName: string; bytesBase64: string } | { path: string }): Promise<IncomingFile> {
  return 'path' in file ? readPath(file.path) : { fileName: file.fileName, path: null, bytes: Buffer.from(file.bytesBase64, 'base64') };
}
