// Writing an export: to a temporary file beside the target, flushed to disk, then
// renamed over it and the folder flushed too (so the new name survives a power cut), so
// a crash or a full disk never leaves half a file under the name the researcher chose;
// errors become messages they can act on.
import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { ApiError } from '../../shared/errors.ts';

// Checks that an export can go to this path (right extension, folder exists, not overwriting unless asked).
export function checkExportPath(path: string, extensions: readonly string[], overwrite: boolean): void {
  const lower = path.toLowerCase();
  if (!extensions.some((e) => lower.endsWith(e))) throw new ApiError('BAD_INPUT', `The file name must end in ${extensions.join(' or ')}.`);
  const folder = dirname(path);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new ApiError('NOT_FOUND', `The folder ${folder} does not exist. Choose an existing folder.`);
  if (existsSync(path)) {
    if (statSync(path).isDirectory()) throw new ApiError('BAD_INPUT', `${path} is a folder. Give a file name.`);
    if (!overwrite) throw new ApiError('ALREADY_EXISTS', `${path} already exists. Choose another name or allow replacing it.`);
  }
}

// Flushes a folder's entries (a rename in it) to disk. Windows cannot open a folder for this
// (NTFS journals the rename itself), nor can anyone a folder they may write but not read.
export function syncFolder(folder: string): void {
  if (process.platform === 'win32') return;
  let fd: number;
  try {
    fd = openSync(folder, 'r');
  } catch {
    return;
  }
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

// Writes bytes to path atomically (temporary file, fsync, rename, fsync of the folder); returns the size written.
export function writeFileAtomic(path: string, bytes: Uint8Array): number {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.partial`);
  let fd: number | null = null;
  try {
    fd = openSync(temp, 'wx', 0o600);
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    renameSync(temp, path);
    syncFolder(dirname(path));
  } catch (error) {
    if (fd !== null) closeSync(fd);
    rmSync(temp, { force: true });
    const code = (error as { code?: unknown }).code;
    if (code === 'ENOSPC') throw new ApiError('IO', `The disk is full; ${path} was not written.`);
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') throw new ApiError('IO', `Cannot write ${path}: the folder is read-only or not allowed.`);
    if (code === 'ENOENT') throw new ApiError('NOT_FOUND', `The folder of ${path} does not exist.`);
    if (code === 'EBUSY') throw new ApiError('IO', `${path} is open in another program (Word?). Close it there and export again.`);
    throw error;
  }
  return bytes.length;
}
