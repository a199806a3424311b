// Reading an untrusted zip (.qdpx, docx, odt, xlsx) with limits: the entry count, each
// entry's declared and actual inflated size, the compression ratio, the checksum and the
// total inflated bytes are all capped, and an entry is inflated only when asked for, in
// chunks, stopping as soon as it passes what it declared or the cap (a zip bomb never
// reaches memory). The refusals are worded for the kind of file (zip-wording.ts).
import { crc32, inflateRawSync } from 'node:zlib';
import { Inflate } from 'fflate';
import { QDPX_WORDING } from './zip-wording.ts';
import type { ZipWording } from './zip-wording.ts';

export interface ZipLimits {
  // the largest archive opened (unlimited when left out: the caller capped the file already)
  maxArchiveBytes?: number;
  maxEntries: number;
  // the most one entry read whole may inflate to
  maxEntryBytes: number;
  // the most one entry read as a stream may inflate to (its reader holds what it builds, not the
  // bytes); maxEntryBytes when left out
  maxStreamedEntryBytes?: number;
  // the most all entries read from one archive may inflate to
  maxTotalBytes: number;
  // the most an entry over ratioFloorBytes may inflate per compressed byte
  maxRatio: number;
  // entries up to this size may have any ratio (tiny repetitive XML compresses well)
  ratioFloorBytes: number;
}

export const QDPX_LIMITS: ZipLimits = {
  maxArchiveBytes: 2 * 1024 * 1024 * 1024 - 1,
  maxEntries: 50_000,
  maxEntryBytes: 200 * 1024 * 1024,
  maxStreamedEntryBytes: 768 * 1024 * 1024,
  maxTotalBytes: 1024 * 1024 * 1024,
  maxRatio: 200,
  ratioFloorBytes: 1024 * 1024,
};

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  // the inflated size the archive declares
  size: number;
  crc: number;
  encrypted: boolean;
  localOffset: number;
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const CHUNK = 64 * 1024;

// A little-endian 16-bit number at `at`.
function u16(b: Uint8Array, at: number): number {
  return (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
}

// A little-endian 32-bit number at `at`.
function u32(b: Uint8Array, at: number): number {
  return ((b[at] ?? 0) | ((b[at + 1] ?? 0) << 8) | ((b[at + 2] ?? 0) << 16) | ((b[at + 3] ?? 0) << 24)) >>> 0;
}

// Tells whether bytes start with a zip entry (a local file header), as every zip container does.
export function startsLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 22 && u32(bytes, 0) === SIG_LOCAL;
}

// Tells whether bytes are a zip with no entries (only the end of its directory).
export function isEmptyZip(bytes: Uint8Array): boolean {
  return u32(bytes, 0) === SIG_END;
}

const latin1 = new TextDecoder('latin1');
const utf8 = new TextDecoder('utf-8');

function findEnd(bytes: Uint8Array): number {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (u32(bytes, at) === SIG_END) return at;
  }
  return -1;
}

// Reads the central directory, refusing archives over the limits before inflating anything.
function readDirectory(bytes: Uint8Array, fileName: string, limits: ZipLimits, words: ZipWording): ZipEntry[] {
  if (limits.maxArchiveBytes !== undefined && bytes.length > limits.maxArchiveBytes) throw words.archiveTooLarge(fileName);
  if (bytes.length < 22) throw words.tooShort(fileName);
  const end = findEnd(bytes);
  if (end < 0) throw words.noDirectory(fileName);
  const count = u16(bytes, end + 10);
  const cdSize = u32(bytes, end + 12);
  const cdOffset = u32(bytes, end + 16);
  if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) throw words.zip64Archive(fileName);
  if (count > limits.maxEntries) throw words.tooManyEntries(fileName, count, limits.maxEntries);
  if (cdOffset + cdSize > end) throw words.directoryOutside(fileName);
  const entries: ZipEntry[] = [];
  let at = cdOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || u32(bytes, at) !== SIG_CENTRAL) throw words.directoryEntryBroken(fileName, i);
    const flags = u16(bytes, at + 8);
    const nameLength = u16(bytes, at + 28);
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    const entry: ZipEntry = {
      name: (flags & 0x800) !== 0 ? utf8.decode(nameBytes) : latin1.decode(nameBytes),
      method: u16(bytes, at + 10),
      flags,
      crc: u32(bytes, at + 16),
      compressedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      encrypted: (flags & 1) !== 0,
      localOffset: u32(bytes, at + 42),
    };
    if (entry.compressedSize === 0xffffffff || entry.size === 0xffffffff || entry.localOffset === 0xffffffff) throw words.zip64Entry(fileName);
    entries.push(entry);
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return entries;
}

// An opened zip archive: its entries, and their bytes on request (within the limits).
export class SafeZip {
  readonly entries: readonly ZipEntry[];
  private readonly bytes: Uint8Array;
  private readonly limits: ZipLimits;
  private readonly words: ZipWording;
  private readonly fileName: string;
  private inflated = 0;
  // entries already counted in `inflated`, by local header offset
  private readonly countedOffsets = new Set<number>();
  private byName: Map<string, ZipEntry> | null = null;
  private byFoldedName: Map<string, ZipEntry> | null = null;

  private constructor(bytes: Uint8Array, entries: ZipEntry[], limits: ZipLimits, words: ZipWording, fileName: string) {
    this.bytes = bytes;
    this.entries = entries;
    this.limits = limits;
    this.words = words;
    this.fileName = fileName;
  }

  // Opens an archive (a .qdpx unless told otherwise by `words`), refusing one over the limits before inflating anything.
  static open(bytes: Uint8Array, fileName: string, limits: ZipLimits = QDPX_LIMITS, words: ZipWording = QDPX_WORDING): SafeZip {
    return new SafeZip(bytes, readDirectory(bytes, fileName, limits, words), limits, words, fileName);
  }

  // Tells whether an entry's local header lies inside the archive (a cut-short file loses it).
  hasLocalHeader(entry: ZipEntry): boolean {
    return entry.localOffset + 30 <= this.bytes.length;
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

  // Refuses an entry whose declared size is over the cap or whose compression ratio only a zip bomb has.
  checkDeclared(entry: ZipEntry, maxBytes: number = this.limits.maxEntryBytes): void {
    if (entry.size > maxBytes) throw this.words.declaredTooLarge(this.fileName, entry.name, entry.size, maxBytes);
    const ratio = entry.size / Math.max(1, entry.compressedSize);
    if (entry.size > this.limits.ratioFloorBytes && ratio > this.limits.maxRatio) throw this.words.ratioTooHigh(this.fileName, entry.name, ratio);
  }

  // Inflates one entry, checking its declared size, its ratio, its actual size and its checksum.
  read(entry: ZipEntry): Uint8Array {
    this.checkEntry(entry, this.limits.maxEntryBytes);
    if (entry.method === 8 && entry.size > 0) return this.inflateWhole(entry);
    const out = new Uint8Array(entry.size);
    let written = 0;
    this.inflateEntry(entry, this.limits.maxEntryBytes, (chunk) => {
      out.set(chunk, written);
      written += chunk.length;
    });
    return out;
  }

  // Inflates one deflated entry at once with zlib, which stops at its declared size (a zip bomb
  // inflates no further), with the same checks as inflating it chunk by chunk.
  private inflateWhole(entry: ZipEntry): Uint8Array {
    const { fileName, words } = this;
    const packed = this.packedBytes(entry);
    let out: Buffer;
    try {
      out = inflateRawSync(packed, { maxOutputLength: entry.size });
    } catch (error) {
      if ((error as { code?: unknown } | null)?.code === 'ERR_BUFFER_TOO_LARGE') throw words.inflatesMore(fileName, entry.name, entry.size);
      throw words.cannotInflate(fileName, entry.name);
    }
    if (out.length !== entry.size) throw words.inflatesLess(fileName, entry.name, out.length, entry.size);
    if (crc32(out) !== entry.crc) throw words.checksum(fileName, entry.name);
    if (!this.countedOffsets.has(entry.localOffset)) {
      this.countedOffsets.add(entry.localOffset);
      this.inflated += entry.size;
    }
    return new Uint8Array(out.buffer, out.byteOffset, out.length);
  }

  // Inflates one entry chunk by chunk into `onChunk` (never held whole), with the same checks as read; for
  // readers that keep what they build rather than the bytes (the project file). The checksum is checked
  // at the end, so a caller must drop what it built when this throws.
  stream(entry: ZipEntry, onChunk: (chunk: Uint8Array) => void): void {
    this.inflateEntry(entry, this.limits.maxStreamedEntryBytes ?? this.limits.maxEntryBytes, onChunk);
  }

  // The packed bytes of an entry, after its local header.
  private packedBytes(entry: ZipEntry): Uint8Array {
    const local = entry.localOffset;
    if (!this.hasLocalHeader(entry) || u32(this.bytes, local) !== SIG_LOCAL) throw this.words.localHeaderBroken(this.fileName, entry.name);
    const start = local + 30 + u16(this.bytes, local + 26) + u16(this.bytes, local + 28);
    const end = start + entry.compressedSize;
    if (end > this.bytes.length) throw this.words.cutShort(this.fileName, entry.name);
    return this.bytes.subarray(start, end);
  }

  // Refuses an entry before inflating it: encrypted, over its caps, or past the archive's total.
  private checkEntry(entry: ZipEntry, maxBytes: number): void {
    const { limits, fileName, words } = this;
    if (entry.encrypted) throw words.encrypted(fileName, entry.name);
    this.checkDeclared(entry, maxBytes);
    // an entry read again (a source text decoded once to plan and once to write) counts once
    if (!this.countedOffsets.has(entry.localOffset) && this.inflated + entry.size > limits.maxTotalBytes) throw words.totalTooLarge(fileName, limits.maxTotalBytes);
  }

  private inflateEntry(entry: ZipEntry, maxBytes: number, onChunk: (chunk: Uint8Array) => void): void {
    const { fileName, words } = this;
    this.checkEntry(entry, maxBytes);
    const counted = this.countedOffsets.has(entry.localOffset);
    const packed = this.packedBytes(entry);
    let crc = 0;
    const checked = (chunk: Uint8Array) => {
      crc = crc32(chunk, crc);
      onChunk(chunk);
    };
    if (entry.method === 0) {
      if (entry.compressedSize !== entry.size) throw words.storedSizesDiffer(fileName, entry.name);
      for (let i = 0; i < packed.length; i += CHUNK) checked(packed.subarray(i, Math.min(packed.length, i + CHUNK)));
    } else if (entry.method === 8) {
      this.inflate(packed, entry, Math.min(entry.size, maxBytes), checked);
    } else {
      throw words.unknownMethod(fileName, entry.name, entry.method);
    }
    if (crc !== entry.crc) throw words.checksum(fileName, entry.name);
    if (!counted) {
      this.countedOffsets.add(entry.localOffset);
      this.inflated += entry.size;
    }
  }

  private inflate(packed: Uint8Array, entry: ZipEntry, cap: number, onChunk: (chunk: Uint8Array) => void): void {
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
      throw this.words.cannotInflate(this.fileName, entry.name);
    }
    if (consumerError !== null) throw (consumerError as { error: unknown }).error;
    if (overflow) throw this.words.inflatesMore(this.fileName, entry.name, entry.size);
    if (written !== entry.size) throw this.words.inflatesLess(this.fileName, entry.name, written, entry.size);
  }
}
