// What the zip reader says when it refuses an archive, in the words of the file a researcher
// chose: a REFI-QDA project (.qdpx) or a document container (docx, odt, xlsx). The reader
// (zip-reader.ts) makes the same checks for both; only the messages and codes differ.
import { ApiError } from '../../shared/errors.ts';
import { formatMegabytes } from '../import/limits.ts';

export interface ZipWording {
  archiveTooLarge(fileName: string): ApiError;
  tooShort(fileName: string): ApiError;
  noDirectory(fileName: string): ApiError;
  zip64Archive(fileName: string): ApiError;
  zip64Entry(fileName: string): ApiError;
  tooManyEntries(fileName: string, count: number, max: number): ApiError;
  directoryOutside(fileName: string): ApiError;
  directoryEntryBroken(fileName: string, index: number): ApiError;
  encrypted(fileName: string, entry: string): ApiError;
  declaredTooLarge(fileName: string, entry: string, size: number, max: number): ApiError;
  ratioTooHigh(fileName: string, entry: string, ratio: number): ApiError;
  totalTooLarge(fileName: string, max: number): ApiError;
  localHeaderBroken(fileName: string, entry: string): ApiError;
  cutShort(fileName: string, entry: string): ApiError;
  storedSizesDiffer(fileName: string, entry: string): ApiError;
  unknownMethod(fileName: string, entry: string, method: number): ApiError;
  cannotInflate(fileName: string, entry: string): ApiError;
  inflatesMore(fileName: string, entry: string, declared: number): ApiError;
  inflatesLess(fileName: string, entry: string, written: number, declared: number): ApiError;
  checksum(fileName: string, entry: string): ApiError;
}

function corrupt(fileName: string, detail: string): ApiError {
  return new ApiError('CORRUPT', `${fileName} is not a readable .qdpx (zip) file: ${detail}. Nothing was imported.`);
}

const entryIn = (entry: string, fileName: string) => `"${entry}" in ${fileName}`;

// The words for a .qdpx (REFI-QDA project archive).
export const QDPX_WORDING: ZipWording = {
  archiveTooLarge: (fileName) => new ApiError('TOO_LARGE', `${fileName} is larger than 2 GB, the most a .qdpx file may be.`),
  tooShort: (fileName) => corrupt(fileName, 'it is too short to be a zip file'),
  noDirectory: (fileName) => corrupt(fileName, 'the zip directory was not found (is it a .qdpx or .zip file?)'),
  zip64Archive: (fileName) => new ApiError('TOO_LARGE', `${fileName} uses the ZIP64 format (for archives over 4 GB), which this version does not read.`),
  zip64Entry: (fileName) => new ApiError('TOO_LARGE', `${fileName} uses the ZIP64 format (for files over 4 GB), which this version does not read.`),
  tooManyEntries: (fileName, count, max) => new ApiError('TOO_LARGE', `${fileName} holds ${count} files; a .qdpx may hold at most ${max}.`),
  directoryOutside: (fileName) => corrupt(fileName, 'the zip directory points outside the file'),
  directoryEntryBroken: (fileName, index) => corrupt(fileName, `entry ${index + 1} of the zip directory is damaged`),
  encrypted: (fileName, entry) => new ApiError('BAD_INPUT', `${entryIn(entry, fileName)} is encrypted; export the project again without a password.`),
  declaredTooLarge: (fileName, entry, size, max) => new ApiError('TOO_LARGE', `${entryIn(entry, fileName)} would inflate to ${size} bytes; the most one file may be is ${max}.`),
  ratioTooHigh: (fileName, entry, ratio) => new ApiError('TOO_LARGE', `${entryIn(entry, fileName)} claims to inflate ${Math.round(ratio)} times its packed size, which only a zip bomb does. Nothing was imported.`),
  totalTooLarge: (fileName, max) => new ApiError('TOO_LARGE', `${fileName} would inflate to more than ${max} bytes in all.`),
  localHeaderBroken: (fileName, entry) => corrupt(fileName, `the entry for "${entry}" is damaged`),
  cutShort: (fileName, entry) => corrupt(fileName, `"${entry}" is cut short`),
  storedSizesDiffer: (fileName, entry) => corrupt(fileName, `"${entry}" is stored with two different sizes`),
  unknownMethod: (fileName, entry, method) => new ApiError('BAD_INPUT', `${entryIn(entry, fileName)} is compressed with method ${method}, which this version does not read (only stored and deflate).`),
  cannotInflate: (fileName, entry) => corrupt(fileName, `"${entry}" cannot be inflated`),
  inflatesMore: (fileName, entry, declared) => new ApiError('TOO_LARGE', `${entryIn(entry, fileName)} inflates to more than the ${declared} bytes it declares. Nothing was imported.`),
  inflatesLess: (fileName, entry, written, declared) => corrupt(fileName, `"${entry}" inflates to ${written} bytes but declares ${declared}`),
  checksum: (fileName, entry) => corrupt(fileName, `"${entry}" is damaged (its checksum does not match)`),
};

// The refusal of a damaged or cut-short document container, saying what is wrong with it.
export function damaged(fileName: string, detail: string): ApiError {
  return new ApiError('BAD_INPUT', `${fileName} is damaged or incomplete (${detail}). Open it in its program, save it again, and import the new copy. Nothing was imported.`);
}

// The refusal of a password-protected (encrypted) document.
export function passwordProtected(fileName: string): ApiError {
  return new ApiError('BAD_INPUT', `${fileName} is password-protected (encrypted). Open it, remove the password (or save an unprotected copy), and import that. Nothing was imported.`);
}

const part = (entry: string) => `the part "${entry.slice(0, 80)}"`;
const holdsMore = (fileName: string, entry: string) => new ApiError('BAD_INPUT', `${fileName}: ${part(entry)} holds more data than it declares (a "zip bomb" or a damaged file). Nothing was imported.`);

// The words for a document container (docx, odt, xlsx).
export const DOCUMENT_WORDING: ZipWording = {
  archiveTooLarge: (fileName) => new ApiError('TOO_LARGE', `${fileName} is larger than 2 GB. Nothing was imported.`),
  tooShort: (fileName) => new ApiError('BAD_INPUT', `${fileName} is not a valid document of its kind (it is not a zip container; it may be another format renamed, or damaged). Nothing was imported.`),
  noDirectory: (fileName) => damaged(fileName, 'the end of the archive is missing; the file was probably cut short'),
  zip64Archive: (fileName) => new ApiError('TOO_LARGE', `${fileName} uses the ZIP64 format for very large archives, which no document this size needs. Nothing was imported.`),
  zip64Entry: (fileName) => new ApiError('TOO_LARGE', `${fileName} uses the ZIP64 format for very large archives. Nothing was imported.`),
  tooManyEntries: (fileName, count, max) => new ApiError('BAD_INPUT', `${fileName} holds ${count} parts (more than ${max}); no real document has so many. Nothing was imported.`),
  directoryOutside: (fileName) => damaged(fileName, 'its table of contents points past the end of the file'),
  directoryEntryBroken: (fileName) => damaged(fileName, 'its table of contents is broken'),
  encrypted: (fileName) => passwordProtected(fileName),
  declaredTooLarge: (fileName, entry, size, max) => new ApiError('TOO_LARGE', `${fileName}: ${part(entry)} would unpack to ${formatMegabytes(size)}, more than the ${formatMegabytes(max)} limit. Nothing was imported.`),
  ratioTooHigh: (fileName, entry, ratio) => new ApiError('BAD_INPUT', `${fileName}: ${part(entry)} claims to unpack ${Math.round(ratio)} times larger than it is stored (a "zip bomb"). Nothing was imported.`),
  totalTooLarge: (fileName, max) => new ApiError('TOO_LARGE', `${fileName} would unpack to more than the ${formatMegabytes(max)} limit of document parts. Nothing was imported.`),
  localHeaderBroken: (fileName, entry) => damaged(fileName, `${part(entry)} is broken`),
  cutShort: (fileName, entry) => damaged(fileName, `${part(entry)} is cut short`),
  storedSizesDiffer: holdsMore,
  unknownMethod: (fileName, _entry, method) => new ApiError('BAD_INPUT', `${fileName} uses a compression method (${method}) documents do not use. Nothing was imported.`),
  cannotInflate: (fileName, entry) => damaged(fileName, `${part(entry)} cannot be unpacked`),
  inflatesMore: holdsMore,
  inflatesLess: (fileName, entry) => damaged(fileName, `${part(entry)} is shorter than it declares`),
  checksum: (fileName, entry) => damaged(fileName, `${part(entry)} does not match its checksum`),
};
