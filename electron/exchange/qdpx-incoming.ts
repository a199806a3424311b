// A .qdpx or .qdc handed to a handler: bytes as base64 from the window, or a path on the host.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { ApiError } from '../../shared/errors.ts';

const MAX_FILE_BYTES = 2 * 1024 * 1024 * 1024 - 1;

export interface IncomingFile {
  fileName?: string;
  bytesBase64?: string;
  path?: string;
}

// The bytes and name of an incoming file, with a clear message when it cannot be read.
export function readIncoming(input: IncomingFile): { bytes: Uint8Array; fileName: string } {
  if (input.path !== undefined) {
    const path = input.path;
    if (!existsSync(path)) throw new ApiError('NOT_FOUND', `There is no file at ${path}.`);
    const stat = statSync(path);
    if (!stat.isFile()) throw new ApiError('BAD_INPUT', `${path} is a folder, not a file.`);
    if (stat.size > MAX_FILE_BYTES) throw new ApiError('TOO_LARGE', `${path} is larger than 2 GB, the most a REFI-QDA file may be.`);
    return { bytes: readFileSync(path), fileName: input.fileName ?? basename(path) };
  }
  if (input.bytesBase64 === undefined) throw new ApiError('BAD_INPUT', 'No file was given.');
  return { bytes: Buffer.from(input.bytesBase64, 'base64'), fileName: input.fileName ?? 'project.qdpx' };
}
