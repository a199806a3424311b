// Reading a file handed to an import: bytes from the window (base64), or a path on the host
// read only when it is within the size limit.
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { ApiError } from '../../shared/errors.ts';
import { formatMegabytes, LIMITS } from '../import/limits.ts';

export interface IncomingFile {
  fileName: string;
  path: string | null;
  bytes: Uint8Array;
}

// Reads a file the host can see, refusing one over the size limit before reading it.
export async function readPath(path: string): Promise<IncomingFile> {
  const fileName = basename(path);
  const info = await stat(path);
  if (info.size > LIMITS.maxFileBytes) {
    throw new ApiError('TOO_LARGE', `${fileName} is ${formatMegabytes(info.size)}, more than the ${formatMegabytes(LIMITS.maxFileBytes)} a file may be. Nothing was imported.`);
  }
  return { fileName, path, bytes: await readFile(path) };
}

// A file given as bytes (browser mode) or as a path the host reads (Electron, folders).
export async function readIncomingFile(file: { fileName: string; bytesBase64: string } | { path: string }): Promise<IncomingFile> {
  return 'path' in file ? readPath(file.path) : { fileName: file.fileName, path: null, bytes: Buffer.from(file.bytesBase64, 'base64') };
}
