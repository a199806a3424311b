// Serving the audio or video file linked to a source (sources.media_path) to the window
// that plays it, in both bindings (web host: GET /api/media/<id>; Electron: the same
// path on app://). Only the open project's link is served, only files with an audio or
// video extension whose first bytes look like an audio or video container, with HTTP
// ranges so the player can seek. Anything else gets a plain refusal.
import { closeSync, createReadStream, openSync, readSync, statSync } from 'node:fs';
import { Readable } from 'node:stream';
import { extname } from 'node:path';

export const MEDIA_ROUTE = /^\/api\/media\/(\d{1,12})$/;

const MEDIA_TYPES: Readonly<Record<string, string>> = {
  '.mp3': 'audio/mpeg',
  '.m4a': 'audio/mp4',
  '.aac': 'audio/aac',
  '.wav': 'audio/wav',
  '.ogg': 'audio/ogg',
  '.oga': 'audio/ogg',
  '.opus': 'audio/ogg',
  '.flac': 'audio/flac',
  '.webm': 'video/webm',
  '.mp4': 'video/mp4',
  '.m4v': 'video/mp4',
  '.mov': 'video/quicktime',
  '.ogv': 'video/ogg',
};

// The media type of a linked file by its extension, or null when it is not audio or video.
export function mediaTypeOf(path: string): string | null {
  return MEDIA_TYPES[extname(path).toLowerCase()] ?? null;
}

// Tells whether a file's first bytes are those of an audio or video container we play.
export function looksLikeMedia(head: Uint8Array): boolean {
  const at = (i: number) => head[i] ?? -1;
  const ascii = (from: number, text: string) => [...text].every((c, i) => at(from + i) === c.charCodeAt(0));
  if (ascii(0, 'ID3')) return true; // MP3 with tags
  if (at(0) === 0xff && (at(1) & 0xe0) === 0xe0) return true; // MPEG audio / ADTS frame sync
  if (ascii(0, 'RIFF') && ascii(8, 'WAVE')) return true;
  if (ascii(0, 'OggS') || ascii(0, 'fLaC')) return true;
  if (ascii(4, 'ftyp')) return true; // MP4, M4A, MOV
  if (at(0) === 0x1a && at(1) === 0x45 && at(2) === 0xdf && at(3) === 0xa3) return true; // WebM / Matroska
  if (ascii(4, 'moov') || ascii(4, 'mdat') || ascii(4, 'wide') || ascii(4, 'free')) return true; // older QuickTime
  return false;
}

export type MediaPlan =
  | { ok: true; status: 200 | 206; path: string; start: number; end: number; size: number; headers: Record<string, string> }
  | { ok: false; status: 404 | 415 | 416; message: string; headers?: Record<string, string> };

// Parses a single "bytes=a-b" range against a file size (null: no or unusable header, serve everything).
export function parseRange(header: string | undefined, size: number): { start: number; end: number } | 'unsatisfiable' | null {
  if (!header) return null;
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (m[1] === '' && m[2] === '')) return null;
  let start: number;
  let end: number;
  if (m[1] === '') {
    const suffix = Number(m[2]);
    start = Math.max(0, size - suffix);
    end = size - 1;
  } else {
    start = Number(m[1]);
    end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  }
  if (start >= size || end < start) return 'unsatisfiable';
  return { start, end };
}

// Decides how to answer a request for a linked file: which bytes with which headers, or a refusal.
export function planMediaResponse(path: string | null, rangeHeader: string | undefined): MediaPlan {
  if (!path) return { ok: false, status: 404, message: 'This source has no linked recording.' };
  const type = mediaTypeOf(path);
  if (!type) return { ok: false, status: 415, message: 'The linked file is not an audio or video file.' };
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return { ok: false, status: 404, message: 'The linked recording is not a file.' };
    size = stat.size;
  } catch {
    return { ok: false, status: 404, message: 'The linked recording was not found. Link it again if it moved.' };
  }
  const head = new Uint8Array(16);
  try {
    const fd = openSync(path, 'r');
    try {
      readSync(fd, head, 0, 16, 0);
    } finally {
      closeSync(fd);
    }
  } catch {
    return { ok: false, status: 404, message: 'The linked recording cannot be read.' };
  }
  if (!looksLikeMedia(head)) return { ok: false, status: 415, message: 'The linked file does not look like audio or video.' };
  const base = { 'content-type': type, 'accept-ranges': 'bytes', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };
  const range = parseRange(rangeHeader, size);
  if (range === 'unsatisfiable') return { ok: false, status: 416, message: 'Range not satisfiable', headers: { 'content-range': `bytes */${size}` } };
  if (range === null) return { ok: true, status: 200, path, start: 0, end: size - 1, size, headers: { ...base, 'content-length': String(size) } };
  return {
    ok: true,
    status: 206,
    path,
    start: range.start,
    end: range.end,
    size,
    headers: { ...base, 'content-length': String(range.end - range.start + 1), 'content-range': `bytes ${range.start}-${range.end}/${size}` },
  };
}

// The same answer as a fetch Response (Electron's protocol handler), streaming the bytes.
export function mediaResponse(path: string | null, rangeHeader: string | undefined): Response {
  const plan = planMediaResponse(path, rangeHeader);
  if (!plan.ok) return new Response(plan.message, { status: plan.status, headers: { 'content-type': 'text/plain; charset=utf-8', ...(plan.headers ?? {}) } });
  if (plan.size === 0) return new Response(null, { status: plan.status, headers: plan.headers });
  const body = Readable.toWeb(createReadStream(plan.path, { start: plan.start, end: plan.end })) as ReadableStream<Uint8Array>;
  return new Response(body, { status: plan.status, headers: plan.headers });
}
