// The limits untrusted files are read under (documented in the README's import section).
import { MAX_IMPORT_FILE_BYTES, MAX_IMPORT_TEXT } from '../../shared/model/import.ts';

export const LIMITS = {
  // a file larger than this is refused before it is read
  maxFileBytes: MAX_IMPORT_FILE_BYTES,
  // extracted text longer than this (code points) is refused
  maxTextLength: MAX_IMPORT_TEXT,
  // zip containers (docx, odt, xlsx)
  zip: {
    maxEntries: 5_000,
    // one part, inflated
    maxEntryBytes: 256 * 1024 * 1024,
    // all parts that are inflated, together
    maxTotalBytes: 512 * 1024 * 1024,
    // inflated/compressed; real documents stay far below (XML ~ 5-30x)
    maxRatio: 200,
    // parts smaller than this may have any ratio (tiny repetitive XML compresses well)
    ratioFloorBytes: 1024 * 1024,
  },
  // REFI-QDA projects (.qdpx) and codebooks (.qdc); a study of 5,000 coded transcripts holds
  // 5,000 sources and 500,000 selections
  refi: {
    maxCodes: 50_000,
    maxSources: 50_000,
    maxSelections: 2_000_000,
    maxNotes: 200_000,
  },
  // the reader process
  worker: {
    memoryMb: 1536,
    // wall-clock time for one file: base plus per MB of input
    baseTimeoutMs: 60_000,
    timeoutMsPerMb: 2_000,
    // an idle reader process is stopped after this
    idleMs: 30_000,
  },
} as const;

// The wall-clock limit for reading a file of this size.
export function timeoutFor(bytes: number): number {
  return LIMITS.worker.baseTimeoutMs + Math.ceil(bytes / (1024 * 1024)) * LIMITS.worker.timeoutMsPerMb;
}

// "12.3 MB" for messages.
export function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}
