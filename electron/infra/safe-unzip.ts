// Reading zip containers (docx, odt, xlsx) that may be hostile: the central directory is
// checked (entry count, declared sizes, compression ratio, encryption, truncation) before
// anything is inflated, and each part is inflated in small steps under a hard cap, so a
// zip bomb is refused before it can take memory. XML parts with a DTD are refused.
// Parsers (mammoth, exceljs) then get a rebuilt, uncompressed zip of the checked parts.
import { Inflate, zipSync } from 'fflate';
import { ApiError } from '../../shared/errors.ts';
import { formatMegabytes, LIMITS } from '../import/limits.ts';

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export interface ZipLimits {
  maxEntries: number;
  maxEntryBytes: number;
  maxTotalBytes: number;
  maxRatio: number;
  ratioFloorBytes: number;
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const STEP = 16 * 1024;

function u16(b: Uint8Array, at: number): number {
  return (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
}

function u32(b: Uint8Array, at: number): number {
  return ((b[at] ?? 0) | ((b[at + 1] ?? 0) << 8) | ((b[at + 2] ?? 0) << 16) | ((b[at + 3] ?? 0) << 24)) >>> 0;
}

function damaged(fileName: string, detail: string): ApiError {
  return new ApiError('BAD_INPUT', `${fileName} is damaged or incomplete (${detail}). Open it in its program, save it again, and import the new copy. Nothing was imported.`);
}

// Tells whether bytes are an OLE compound file: how Word and Excel store password-protected (encrypted) documents.
export function isCompoundFile(bytes: Uint8Array): boolean {
  return CFB_MAGIC.every((b, i) => bytes[i] === b);
}

function passwordProtected(fileName: string): ApiError {
  return new ApiError('BAD_INPUT', `${fileName} is password-protected (encrypted). Open it, remove the password (or save an unprotected copy), and import that. Nothing was imported.`);
}

function findEnd(bytes: Uint8Array): number {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (u32(bytes, at) === SIG_END) return at;
  }
  return -1;
}

function decodeName(raw: Uint8Array, utf8: boolean): string {
  return utf8 ? new TextDecoder('utf-8').decode(raw) : String.fromCharCode(...raw);
}

// Lists a zip's entries from its central directory, refusing anything absurd or damaged.
export function listZipEntries(bytes: Uint8Array, fileName: string, limits: ZipLimits = LIMITS.zip): ZipEntry[] {
  if (bytes.length === 0) throw new ApiError('BAD_INPUT', `${fileName} is empty (0 bytes). Nothing was imported.`);
  if (isCompoundFile(bytes)) throw passwordProtected(fileName);
  if (bytes.length < 22 || u32(bytes, 0) !== SIG_LOCAL) {
    if (u32(bytes, 0) === SIG_END) throw new ApiError('BAD_INPUT', `${fileName} is an empty archive with no document inside. Nothing was imported.`);
    throw new ApiError('BAD_INPUT', `${fileName} is not a valid document of its kind (it is not a zip container; it may be another format renamed, or damaged). Nothing was imported.`);
  }
  const end = findEnd(bytes);
  if (end < 0) throw damaged(fileName, 'the end of the archive is missing; the file was probably cut short');
  const count = u16(bytes, end + 10);
  const cdSize = u32(bytes, end + 12);
  const cdOffset = u32(bytes, end + 16);
  if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) {
    throw new ApiError('TOO_LARGE', `${fileName} uses the ZIP64 format for very large archives, which no document this size needs. Nothing was imported.`);
  }
  if (count > limits.maxEntries) throw new ApiError('BAD_INPUT', `${fileName} holds ${count} parts (more than ${limits.maxEntries}); no real document has so many. Nothing was imported.`);
  if (cdOffset + cdSize > end) throw damaged(fileName, 'its table of contents points past the end of the file');
  const entries: ZipEntry[] = [];
  const seen = new Set<string>();
  let at = cdOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || u32(bytes, at) !== SIG_CENTRAL) throw damaged(fileName, 'its table of contents is broken');
    const flags = u16(bytes, at + 8);
    const method = u16(bytes, at + 10);
    const compressedSize = u32(bytes, at + 20);
    const size = u32(bytes, at + 24);
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    const localOffset = u32(bytes, at + 42);
    const name = decodeName(bytes.subarray(at + 46, at + 46 + nameLength), (flags & 0x800) !== 0);
    at += 46 + nameLength + extraLength + commentLength;
    if (seen.has(name)) throw new ApiError('BAD_INPUT', `${fileName} lists the part "${name.slice(0, 80)}" twice, which a real document never does. Nothing was imported.`);
    seen.add(name);
    if ((flags & 0x1) !== 0) throw passwordProtected(fileName);
    if (compressedSize === 0xffffffff || size === 0xffffffff || localOffset === 0xffffffff) {
      throw new ApiError('TOO_LARGE', `${fileName} uses the ZIP64 format for very large archives. Nothing was imported.`);
    }
    if (localOffset + 30 > bytes.length) throw damaged(fileName, `the part "${name.slice(0, 80)}" is missing`);
    entries.push({ name, method, flags, compressedSize, size, localOffset });
  }
  return entries;
}

// Checks one entry's declared size and compression ratio before it is inflated.
function checkDeclared(entry: ZipEntry, fileName: string, limits: ZipLimits): void {
  if (entry.size > limits.maxEntryBytes) {
    throw new ApiError('TOO_LARGE', `${fileName}: the part "${entry.name.slice(0, 80)}" would unpack to ${formatMegabytes(entry.size)}, more than the ${formatMegabytes(limits.maxEntryBytes)} limit. Nothing was imported.`);
  }
  if (entry.size > limits.ratioFloorBytes) {
    const ratio = entry.size / Math.max(1, entry.compressedSize);
    if (ratio > limits.maxRatio) {
      throw new ApiError('BAD_INPUT', `${fileName}: the part "${entry.name.slice(0, 80)}" claims to unpack ${Math.round(ratio)} times larger than it is stored (a "zip bomb"). Nothing was imported.`);
    }
  }
}

function entryData(bytes: Uint8Array, entry: ZipEntry, fileName: string): Uint8Array {
  const at = entry.localOffset;
  if (u32(bytes, at) !== SIG_LOCAL) throw damaged(fileName, `the part "${entry.name.slice(0, 80)}" is broken`);
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  if (start + entry.compressedSize > bytes.length) throw damaged(fileName, `the part "${entry.name.slice(0, 80)}" is cut short`);
  return bytes.subarray(start, start + entry.compressedSize);
}

// Inflates one entry in small steps, stopping as soon as it grows past its declared size.
function inflateEntry(bytes: Uint8Array, entry: ZipEntry, fileName: string): Uint8Array {
  const data = entryData(bytes, entry, fileName);
  const mismatch = () => new ApiError('BAD_INPUT', `${fileName}: the part "${entry.name.slice(0, 80)}" holds more data than it declares (a "zip bomb" or a damaged file). Nothing was imported.`);
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) throw mismatch();
    return data;
  }
  if (entry.method !== 8) throw new ApiError('BAD_INPUT', `${fileName} uses a compression method (${entry.method}) documents do not use. Nothing was imported.`);
  const out = new Uint8Array(entry.size);
  let filled = 0;
  let overflow = false;
  const inflater = new Inflate((chunk) => {
    if (overflow) return;
    if (filled + chunk.length > out.length) {
      overflow = true;
      return;
    }
    out.set(chunk, filled);
    filled += chunk.length;
  });
  try {
    for (let pos = 0; pos < data.length && !overflow; pos += STEP) {
      inflater.push(data.subarray(pos, Math.min(data.length, pos + STEP)), pos + STEP >= data.length);
    }
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch {
    if (!overflow) throw damaged(fileName, `the part "${entry.name.slice(0, 80)}" cannot be unpacked`);
  }
  if (overflow) throw mismatch();
  if (filled !== entry.size) throw damaged(fileName, `the part "${entry.name.slice(0, 80)}" is shorter than it declares`);
  return out;
}

const DTD_MARKERS = ['<!DOCTYPE', '<!ENTITY', '<!doctype', '<!entity'].map((m) => new TextEncoder().encode(m));

function indexOfBytes(haystack: Uint8Array, needle: Uint8Array): number {
  const first = needle[0];
  outer: for (let i = haystack.indexOf(first ?? 0); i >= 0 && i <= haystack.length - needle.length; i = haystack.indexOf(first ?? 0, i + 1)) {
    for (let k = 1; k < needle.length; k++) if (haystack[i + k] !== needle[k]) continue outer;
    return i;
  }
  return -1;
}

// Refuses an XML part that declares a DTD or entities (documents never need them; entity expansion is an attack).
export function assertNoDtd(xml: Uint8Array, partName: string, fileName: string): void {
  let body = xml;
  if ((xml[0] === 0xff && xml[1] === 0xfe) || (xml[0] === 0xfe && xml[1] === 0xff)) {
    body = new TextEncoder().encode(new TextDecoder(xml[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(xml));
  }
  if (DTD_MARKERS.some((marker) => indexOfBytes(body, marker) >= 0)) {
    throw new ApiError('BAD_INPUT', `${fileName}: the part "${partName.slice(0, 80)}" declares a DTD or entities, which real documents never do (it could be used to attack the reader). Nothing was imported.`);
  }
}

export interface SafeZip {
  entries: ZipEntry[];
  // the inflated parts that were asked for, by name
  parts: Map<string, Uint8Array>;
}

function isXmlPart(name: string): boolean {
  return /\.(xml|rels)$/i.test(name);
}

// Opens a zip container: checks every entry, inflates the wanted ones under the caps, refuses DTDs.
export function openSafeZip(bytes: Uint8Array, fileName: string, wanted: (name: string) => boolean, limits: ZipLimits = LIMITS.zip): SafeZip {
  const entries = listZipEntries(bytes, fileName, limits);
  for (const entry of entries) checkDeclared(entry, fileName, limits);
  const chosen = entries.filter((e) => !e.name.endsWith('/') && wanted(e.name));
  const total = chosen.reduce((sum, e) => sum + e.size, 0);
  if (total > limits.maxTotalBytes) {
    throw new ApiError('TOO_LARGE', `${fileName} would unpack to ${formatMegabytes(total)} of document parts, more than the ${formatMegabytes(limits.maxTotalBytes)} limit. Nothing was imported.`);
  }
  const parts = new Map<string, Uint8Array>();
  for (const entry of chosen) {
    const data = inflateEntry(bytes, entry, fileName);
    if (isXmlPart(entry.name)) assertNoDtd(data, entry.name, fileName);
    parts.set(entry.name, data);
  }
  return { entries, parts };
}

// Packs checked parts into a new zip without compression, for parsers that want a zip.
export function rezipStored(parts: Map<string, Uint8Array>): Uint8Array<ArrayBuffer> {
  const files: Record<string, [Uint8Array, { level: 0 }]> = {};
  for (const [name, data] of parts) files[name] = [data, { level: 0 }];
  return zipSync(files, { level: 0 });
}
