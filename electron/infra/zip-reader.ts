// Reading an untrusted zip (.qdpx) with limits: the entry count, each entry's declared
// and actual inflated size, the compression ratio and the total inflated bytes are all
// capped, and an entry is inflated only when asked for, in chunks, stopping as soon as
// it passes what it declared or the cap (a zip bomb never reaches memory).
import { crc32 } from 'node:zlib';
import { Inflate } from 'fflate';
import { ApiError } from '../../shared/errors.ts';

export interface ZipLimits {
  maxArchiveBytes: number;
  maxEntries: number;
  // the most one entry read whole may inflate to
  maxEntryBytes: number;
  // the most one entry read as a stream may inflate to (its reader holds what it builds, not the bytes)
  maxStreamedEntryBytes: number;
  // the most all entries read from one archive may inflate to
  maxTotalBytes: number;
  // the most an entry over 1 MiB may inflate per compressed byte
  maxRatio: number;
}

export const QDPX_LIMITS: ZipLimits = {
  maxArchiveBytes: 2 * 1024 * 1024 * 1024 - 1,
  maxEntries: 50_000,
  maxEntryBytes: 200 * 1024 * 1024,
  maxStreamedEntryBytes: 768 * 1024 * 1024,
  maxTotalBytes: 1024 * 1024 * 1024,
  maxRatio: 200,
};

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  // the inflated size the archive declares
  size: number;
  crc: number;
  encrypted: boolean;
  localOffset: number;
}

const CHUNK = 64 * 1024;
const RATIO_FREE_BYTES = 1024 * 1024;

function u16(b: Uint8Array, o: number): number {
  return (b[o] ?? 0) | ((b[o + 1] ?? 0) << 8);
}

function u32(b: Uint8Array, o: number): number {
  return ((b[o] ?? 0) | ((b[o + 1] ?? 0) << 8) | ((b[o + 2] ?? 0) << 16) | ((b[o + 3] ?? 0) << 24)) >>> 0;
}

function corrupt(fileName: string, detail: string): ApiError {
  return new ApiError('CORRUPT', `${fileName} is not a readable .qdpx (zip) file: ${detail}. Nothing was imported.`);
}

const latin1 = new TextDecoder('latin1');
const utf8 = new TextDecoder('utf-8');

// An opened zip archive: its entries, and their bytes on request (within the limits).
export class SafeZip {
  readonly entries: readonly ZipEntry[];
  private readonly bytes: Uint8Array;
  private readonly limits: ZipLimits;
  private readonly fileName: string;
  private inflated = 0;
  // entries already counted in `inflated`, by local header offset
  private readonly countedOffsets = new Set<number>();
  private byName: Map<string, ZipEntry> | null = null;
  private byFoldedName: Map<string, ZipEntry> | null = null;

  private constructor(bytes: Uint8Array, entries: ZipEntry[], limits: ZipLimits, fileName: string) {
    this.bytes = bytes;
    this.entries = entries;
    this.limits = limits;
    this.fileName = fileName;
  }

  // Reads the central directory, refusing archives over the limits before inflating anything.
  static open(bytes: Uint8Array, fileName: string, limits: ZipLimits = QDPX_LIMITS): SafeZip {
    if (bytes.length > limits.maxArchiveBytes) throw new ApiError('TOO_LARGE', `${fileName} is larger than 2 GB, the most a .qdpx file may be.`);
    if (bytes.length < 22) throw corrupt(fileName, 'it is too short to be a zip file');
    let eocd = -1;
    const lowest = Math.max(0, bytes.length - 22 - 0xffff);
    for (let i = bytes.length - 22; i >= lowest; i--) {
      if (u32(bytes, i) === 0x06054b50) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw corrupt(fileName, 'the zip directory was not found (is it a .qdpx or .zip file?)');
    const count = u16(bytes, eocd + 10);
    const cdSize = u32(bytes, eocd + 12);
    const cdOffset = u32(bytes, eocd + 16);
    if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) {
      throw new ApiError('TOO_LARGE', `${fileName} uses the ZIP64 format (for archives over 4 GB), which this version does not read.`);
    }
    if (count > limits.maxEntries) throw new ApiError('TOO_LARGE', `${fileName} holds ${count} files; a .qdpx may hold at most ${limits.maxEntries}.`);
    if (cdOffset + cdSize > eocd) throw corrupt(fileName, 'the zip directory points outside the file');
    const entries: ZipEntry[] = [];
    let p = cdOffset;
    for (let i = 0; i < count; i++) {
      if (p + 46 > eocd || u32(bytes, p) !== 0x02014b50) throw corrupt(fileName, `entry ${i + 1} of the zip directory is damaged`);
      const flags = u16(bytes, p + 8);
      const nameLength = u16(bytes, p + 28);
      const extraLength = u16(bytes, p + 30);
      const commentLength = u16(bytes, p + 32);
      const nameBytes = bytes.subarray(p + 46, p + 46 + nameLength);
      const entry: ZipEntry = {
        name: (flags & 0x800) !== 0 ? utf8.decode(nameBytes) : latin1.decode(nameBytes),
        method: u16(bytes, p + 10),
        crc: u32(bytes, p + 16),
        compressedSize: u32(bytes, p + 20),
        size: u32(bytes, p + 24),
        encrypted: (flags & 1) !== 0,
        localOffset: u32(bytes, p + 42),
      };
      if (entry.compressedSize === 0xffffffff || entry.size === 0xffffffff || entry.localOffset === 0xffffffff) {
        throw new ApiError('TOO_LARGE', `${fileName} uses the ZIP64 format (for files over 4 GB), which this version does not read.`);
      }
      entries.push(entry);
      p += 46 + nameLength + extraLength + commentLength;
    }
    return new SafeZip(bytes, entries, limits, fileName);
  }

  // The entry at a path, matched exactly, else ignoring letter case and the folder's case ("Sources/" or "sources/").
  find(path: string): ZipEntry | undefined {
    const wanted = path.replace(/\\/g, '/').replace(/^\/+/, '');
    if (this.byName === null) {
      // built once: a project with thousands of sources looks each text up (twice)
      this.byName = new Map();
      this.byFoldedName = new Map();
      for (const e of this.entries) {
        if (!this.byName.has(e.name)) this.byName.set(e.name, e);
        const folded = e.name.replace(/\\/g, '/').toLowerCase();
        if (!this.byFoldedName.has(folded)) this.byFoldedName.set(folded, e);
      }
    }
    return this.byName.get(wanted) ?? this.byFoldedName?.get(wanted.toLowerCase());
  }

  // Inflates one entry, checking its declared size, its ratio, its actual size and its checksum.
  read(entry: ZipEntry): Uint8Array {
    const out = new Uint8Array(Math.min(entry.size, this.limits.maxEntryBytes));
    let written = 0;
    this.inflateEntry(entry, this.limits.maxEntryBytes, (chunk) => {
      out.set(chunk, written);
      written += chunk.length;
    });
    return out;
  }

  // Inflates one entry chunk by chunk into `onChunk` (never held whole), with the same checks as read; for
  // readers that keep what they build rather than the bytes (the project file). The checksum is checked
  // at the end, so a caller must drop what it built when this throws.
  stream(entry: ZipEntry, onChunk: (chunk: Uint8Array) => void): void {
    this.inflateEntry(entry, this.limits.maxStreamedEntryBytes, onChunk);
  }

  private inflateEntry(entry: ZipEntry, maxBytes: number, onChunk: (chunk: Uint8Array) => void): void {
    const { limits, fileName } = this;
    const label = `"${entry.name}" in ${fileName}`;
    if (entry.encrypted) throw new ApiError('BAD_INPUT', `${label} is encrypted; export the project again without a password.`);
    if (entry.size > maxBytes) throw new ApiError('TOO_LARGE', `${label} would inflate to ${entry.size} bytes; the most one file may be is ${maxBytes}.`);
    if (entry.size > RATIO_FREE_BYTES && entry.size > entry.compressedSize * limits.maxRatio) {
      throw new ApiError('TOO_LARGE', `${label} claims to inflate ${Math.round(entry.size / Math.max(1, entry.compressedSize))} times its packed size, which only a zip bomb does. Nothing was imported.`);
    }
    // an entry read again (a source text decoded once to plan and once to write) counts once
    const counted = this.countedOffsets.has(entry.localOffset);
    if (!counted && this.inflated + entry.size > limits.maxTotalBytes) throw new ApiError('TOO_LARGE', `${fileName} would inflate to more than ${limits.maxTotalBytes} bytes in all.`);
    const local = entry.localOffset;
    if (local + 30 > this.bytes.length || u32(this.bytes, local) !== 0x04034b50) throw corrupt(fileName, `the entry for "${entry.name}" is damaged`);
    const start = local + 30 + u16(this.bytes, local + 26) + u16(this.bytes, local + 28);
    const end = start + entry.compressedSize;
    if (end > this.bytes.length) throw corrupt(fileName, `"${entry.name}" is cut short`);
    const packed = this.bytes.subarray(start, end);
    let crc = 0;
    const checked = (chunk: Uint8Array) => {
      crc = crc32(chunk, crc);
      onChunk(chunk);
    };
    if (entry.method === 0) {
      if (entry.compressedSize !== entry.size) throw corrupt(fileName, `"${entry.name}" is stored with two different sizes`);
      for (let i = 0; i < packed.length; i += CHUNK) checked(packed.subarray(i, Math.min(packed.length, i + CHUNK)));
    } else if (entry.method === 8) {
      this.inflate(packed, entry, label, Math.min(entry.size, maxBytes), checked);
    } else {
      throw new ApiError('BAD_INPUT', `${label} is compressed with method ${entry.method}, which this version does not read (only stored and deflate).`);
    }
    if (crc !== entry.crc) throw corrupt(fileName, `"${entry.name}" is damaged (its checksum does not match)`);
    if (!counted) {
      this.countedOffsets.add(entry.localOffset);
      this.inflated += entry.size;
    }
  }

  private inflate(packed: Uint8Array, entry: ZipEntry, label: string, cap: number, onChunk: (chunk: Uint8Array) => void): void {
    let written = 0;
    let overflow = false;
    // what the consumer of the chunks threw (it stops the inflating and is thrown as it is)
    let consumerError: { error: unknown } | null = null;
    const inflater = new Inflate((chunk) => {
      if (overflow || consumerError) return;
      if (written + chunk.length > cap) {
        overflow = true;
        return;
      }
      written += chunk.length;
      try {
        onChunk(chunk);
      } catch (error) {
        consumerError = { error };
      }
    });
    try {
      for (let i = 0; i < packed.length && !overflow && !consumerError; i += CHUNK) {
        inflater.push(packed.subarray(i, Math.min(packed.length, i + CHUNK)), i + CHUNK >= packed.length);
      }
      if (packed.length === 0) inflater.push(new Uint8Array(0), true);
    } catch {
      throw corrupt(this.fileName, `"${entry.name}" cannot be inflated`);
    }
    if (consumerError !== null) throw (consumerError as { error: unknown }).error;
    if (overflow) throw new ApiError('TOO_LARGE', `${label} inflates to more than the ${entry.size} bytes it declares. Nothing was imported.`);
    if (written !== entry.size) throw corrupt(this.fileName, `"${entry.name}" inflates to ${written} bytes but declares ${entry.size}`);
  }
}
