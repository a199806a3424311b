// What makes a file an Activity Lens project: the SQLite header, our application_id
// and a schema version this build understands. Read from the raw bytes, so a
// foreign or newer file is refused before SQLite touches it. An encrypted file shows
// neither: it is told from other files by what SQLite3 Multiple Ciphers leaves readable.
import { closeSync, openSync, readSync } from 'node:fs';

export const APPLICATION_ID = 0x414c4e53; // "ALNS"
export const PROJECT_EXTENSION = '.alens';
const SQLITE_MAGIC = 'SQLite format 3\u0000';

export type HeaderVerdict =
  | { kind: 'ours'; schemaVersion: number }
  | { kind: 'empty' }
  // an encrypted database (whose application_id and version are read once it is unlocked)
  | { kind: 'encrypted' }
  | { kind: 'not-sqlite' }
  | { kind: 'foreign-sqlite'; applicationId: number };

// Reads the first 100 bytes of a file and says whose it is.
export function inspectProjectHeader(path: string): HeaderVerdict {
  const fd = openSync(path, 'r');
  try {
    const header = Buffer.alloc(100);
    const read = readSync(fd, header, 0, 100, 0);
    if (read === 0) return { kind: 'empty' };
    if (read === 100 && header.toString('latin1', 0, 16) !== SQLITE_MAGIC && looksEncrypted(header)) return { kind: 'encrypted' };
    if (read < 100 || header.toString('latin1', 0, 16) !== SQLITE_MAGIC) return { kind: 'not-sqlite' };
    const applicationId = header.readUInt32BE(68);
    if (applicationId !== APPLICATION_ID) return { kind: 'foreign-sqlite', applicationId };
    return { kind: 'ours', schemaVersion: header.readUInt32BE(60) };
  } finally {
    closeSync(fd);
  }
}

// Tells whether a header is an encrypted database's: SQLite3 Multiple Ciphers puts the key's
// salt where the magic string was but leaves bytes 16-23 readable (SQLite needs them before
// it can decrypt anything): a power-of-two page size, the file format bytes (1 or 2), a
// number of bytes reserved on each page for the cipher's nonce and tag, and the fixed
// payload fractions 64, 32, 32.
function looksEncrypted(header: Buffer): boolean {
  const pageSize = header.readUInt16BE(16);
  const validPageSize = pageSize === 1 || (pageSize >= 512 && pageSize <= 32768 && (pageSize & (pageSize - 1)) === 0);
  const formats = [header[18], header[19]].every((b) => b === 1 || b === 2);
  const reserved = header[20] ?? 0;
  return validPageSize && formats && reserved > 0 && header[21] === 64 && header[22] === 32 && header[23] === 32;
}
