// What makes a file an Activity Lens project: the SQLite header, our application_id
// and a schema version this build understands. Read from the raw bytes, so a
// foreign or newer file is refused before SQLite touches it.
import { closeSync, openSync, readSync } from 'node:fs';

export const APPLICATION_ID = 0x414c4e53; // "ALNS"
export const PROJECT_EXTENSION = '.alens';
const SQLITE_MAGIC = 'SQLite format 3\u0000';

export type HeaderVerdict =
  | { kind: 'ours'; schemaVersion: number }
  | { kind: 'empty' }
  | { kind: 'not-sqlite' }
  | { kind: 'foreign-sqlite'; applicationId: number };

// Reads the first 100 bytes of a file and says whose it is.
export function inspectProjectHeader(path: string): HeaderVerdict {
  const fd = openSync(path, 'r');
  try {
    const header = Buffer.alloc(100);
    const read = readSync(fd, header, 0, 100, 0);
    if (read === 0) return { kind: 'empty' };
    if (read < 100 || header.toString('latin1', 0, 16) !== SQLITE_MAGIC) return { kind: 'not-sqlite' };
    const applicationId = header.readUInt32BE(68);
    if (applicationId !== APPLICATION_ID) return { kind: 'foreign-sqlite', applicationId };
    return { kind: 'ours', schemaVersion: header.readUInt32BE(60) };
  } finally {
    closeSync(fd);
  }
}
