// Reading zip containers (docx, odt, xlsx) that may be hostile, through the one zip reader
// (zip-reader.ts): the central directory is checked (entry count, declared sizes,
// compression ratio, encryption, truncation, parts listed twice) before anything is
// inflated, and each part is inflated in steps under a hard cap with its checksum checked,
// so a zip bomb is refused before it can take memory. XML parts with a DTD are refused.
// Parsers (mammoth, exceljs) then get a rebuilt, uncompressed zip of the checked parts.
import { zipSync } from 'fflate';
import { ApiError } from '../../shared/errors.ts';
import { formatMegabytes, LIMITS } from '../import/limits.ts';
import { isEmptyZip, SafeZip, startsLikeZip } from './zip-reader.ts';
import type { ZipEntry, ZipLimits } from './zip-reader.ts';
import { damaged, DOCUMENT_WORDING, passwordProtected } from './zip-wording.ts';

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

// Tells whether bytes are an OLE compound file: how Word and Excel store password-protected (encrypted) documents.
export function isCompoundFile(bytes: Uint8Array): boolean {
  return CFB_MAGIC.every((b, i) => bytes[i] === b);
}

// Opens a document container, refusing what is not one and any part listed twice, encrypted or missing.
function openContainer(bytes: Uint8Array, fileName: string, limits: ZipLimits): SafeZip {
  if (bytes.length === 0) throw new ApiError('BAD_INPUT', `${fileName} is empty (0 bytes). Nothing was imported.`);
  if (isCompoundFile(bytes)) throw passwordProtected(fileName);
  if (!startsLikeZip(bytes)) {
    if (isEmptyZip(bytes)) throw new ApiError('BAD_INPUT', `${fileName} is an empty archive with no document inside. Nothing was imported.`);
    throw DOCUMENT_WORDING.tooShort(fileName);
  }
  const zip = SafeZip.open(bytes, fileName, limits, DOCUMENT_WORDING);
  const seen = new Set<string>();
  for (const entry of zip.entries) {
    if (seen.has(entry.name)) throw new ApiError('BAD_INPUT', `${fileName} lists the part "${entry.name.slice(0, 80)}" twice, which a real document never does. Nothing was imported.`);
    seen.add(entry.name);
    if (entry.encrypted) throw passwordProtected(fileName);
    if (!zip.hasLocalHeader(entry)) throw damaged(fileName, `the part "${entry.name.slice(0, 80)}" is missing`);
  }
  return zip;
}

// Lists a zip's entries from its central directory, refusing anything absurd or damaged.
export function listZipEntries(bytes: Uint8Array, fileName: string, limits: ZipLimits = LIMITS.zip): ZipEntry[] {
  return [...openContainer(bytes, fileName, limits).entries];
}

const DTD_MARKERS = ['<!DOCTYPE', '<!ENTITY', '<!doctype', '<!entity'].map((m) => new TextEncoder().encode(m));

function indexOfBytes(haystack: Uint8Array, needle: Uint8Array): number {
  return Buffer.from(haystack.buffer, haystack.byteOffset, haystack.byteLength).indexOf(needle);
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

export interface OpenedContainer {
  entries: ZipEntry[];
  // the inflated parts that were asked for, by name
  parts: Map<string, Uint8Array>;
}

function isXmlPart(name: string): boolean {
  return /\.(xml|rels)$/i.test(name);
}

// Opens a zip container: checks every entry, inflates the wanted ones under the caps, refuses DTDs.
export function openSafeZip(bytes: Uint8Array, fileName: string, wanted: (name: string) => boolean, limits: ZipLimits = LIMITS.zip): OpenedContainer {
  const zip = openContainer(bytes, fileName, limits);
  for (const entry of zip.entries) zip.checkDeclared(entry);
  const chosen = zip.entries.filter((e) => !e.name.endsWith('/') && wanted(e.name));
  const total = chosen.reduce((sum, e) => sum + e.size, 0);
  if (total > limits.maxTotalBytes) {
    throw new ApiError('TOO_LARGE', `${fileName} would unpack to ${formatMegabytes(total)} of document parts, more than the ${formatMegabytes(limits.maxTotalBytes)} limit. Nothing was imported.`);
  }
  const parts = new Map<string, Uint8Array>();
  for (const entry of chosen) {
    const data = zip.read(entry);
    if (isXmlPart(entry.name)) assertNoDtd(data, entry.name, fileName);
    parts.set(entry.name, data);
  }
  return { entries: [...zip.entries], parts };
}

// Packs checked parts into a new zip without compression, for parsers that want a zip.
export function rezipStored(parts: Map<string, Uint8Array>): Uint8Array<ArrayBuffer> {
  const files: Record<string, [Uint8Array, { level: 0 }]> = {};
  for (const [name, data] of parts) files[name] = [data, { level: 0 }];
  return zipSync(files, { level: 0 });
}
