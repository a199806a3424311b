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
  // the most one entry may inflate to
  maxEntryBytes: number;
  // the most all entries read from one archive may inflate to
  maxTotalBytes: number;
  // the most an entry over 1 MiB may inflate per compressed byte
  maxRatio: number;
}

export const QDPX_LIMITS: ZipLimits = {
  maxArchiveBytes: 2 * 1024 * 1024 * 1024 - 1,
  maxEntries: 50_000,
  maxEntryBytes: 200 * 1024 * 1024,
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
    return this.entries.find((e) => e.name === wanted) ?? this.entries.find((e) => e.name.replace(/\\/g, '/').toLowerCase() === wanted.toLowerCase());
  }

  // Inflates one entry, checking its declared size, its ratio, its actual size and its checksum.
  read(entry: ZipEntry): Uint8Array {
    const { limits, fileName } = this;
    const label = `"${entry.name}" in ${fileName}`;
    if (entry.encrypted) throw new ApiError('BAD_INPUT', `${label} is encrypted; export the project again without a password.`);
    if (entry.size > limits.maxEntryBytes) throw new ApiError('TOO_LARGE', `${label} would inflate to ${entry.size} bytes; the most one file may be is ${limits.maxEntryBytes}.`);
    if (entry.size > RATIO_FREE_BYTES && entry.size > entry.compressedSize * limits.maxRatio) {
      throw new ApiError('TOO_LARGE', `${label} claims to inflate ${Math.round(entry.size / Math.max(1, entry.compressedSize))} times its packed size, which only a zip bomb does. Nothing was imported.`);
    }
    if (this.inflated + entry.size > limits.maxTotalBytes) throw new ApiError('TOO_LARGE', `${fileName} would inflate to more than ${limits.maxTotalBytes} bytes in all.`);
    const local = entry.localOffset;
    if (local + 30 > this.bytes.length || u32(this.bytes, local) !== 0x04034b50) throw corrupt(fileName, `the entry for "${entry.name}" is damaged`);
    const start = local + 30 + u16(this.bytes, local + 26) + u16(this.bytes, local + 28);
    const end = start + entry.compressedSize;
    if (end > this.bytes.length) throw corrupt(fileName, `"${entry.name}" is cut short`);
    const packed = this.bytes.subarray(start, end);
    let out: Uint8Array;
    if (entry.method === 0) {
      if (entry.compressedSize !== entry.size) throw corrupt(fileName, `"${entry.name}" is stored with two different sizes`);
      out = packed.slice();
    } else if (entry.method === 8) {
      out = this.inflate(packed, entry, label);
    } else {
      throw new ApiError('BAD_INPUT', `${label} is compressed with method ${entry.method}, which this version does not read (only stored and deflate).`);
    }
    if (crc32(out) !== entry.crc) throw corrupt(fileName, `"${entry.name}" is damaged (its checksum does not match)`);
    this.inflated += out.length;
    return out;
  }

  private inflate(packed: Uint8Array, entry: ZipEntry, label: string): Uint8Array {
    const cap = Math.min(entry.size, this.limits.maxEntryBytes);
    const out = new Uint8Array(cap);
    let written = 0;
    let overflow = false;
    const inflater = new Inflate((chunk) => {
      if (overflow) return;
      if (written + chunk.length > cap) {
        overflow = true;
        return;
      }
      out.set(chunk, written);
      written += chunk.length;
    });
    try {
      for (let i = 0; i < packed.length && !overflow; i += CHUNK) {
        inflater.push(packed.subarray(i, Math.min(packed.length, i + CHUNK)), i + CHUNK >= packed.length);
      }
      if (packed.length === 0) inflater.push(new Uint8Array(0), true);
    } catch {
      throw corrupt(this.fileName, `"${entry.name}" cannot be inflated`);
    }
    if (overflow) throw new ApiError('TOO_LARGE', `${label} inflates to more than the ${entry.size} bytes it declares. Nothing was imported.`);
    if (written !== entry.size) throw corrupt(this.fileName, `"${entry.name}" inflates to ${written} bytes but declares ${entry.size}`);
    return out;
  }
}
