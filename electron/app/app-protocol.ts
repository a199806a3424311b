// The app:// protocol without Electron: which file under the built renderer folder a
// request maps to (path traversal refused), its MIME type, and the response with the
// CSP on it. window.ts hands protocol.handle's requests to serveAppRequest.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { APP_HOST, APP_RESPONSE_HEADERS, APP_SCHEME } from './window-config.ts';

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export type AppRequestTarget =
  | { kind: 'file'; filePath: string; mimeType: string; fallbackToIndex: boolean }
  | { kind: 'bad-request' }
  | { kind: 'forbidden' }
  | { kind: 'not-found' };

// The Content-Type a renderer file is served with (octet-stream when unknown).
export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

// Maps an app:// request URL to a file inside rootDir, refusing anything outside it.
export function resolveAppRequest(requestUrl: string, rootDir: string): AppRequestTarget {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { kind: 'bad-request' };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.hostname !== APP_HOST || url.port !== '') return { kind: 'not-found' };
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return { kind: 'bad-request' };
  }
  if (decoded.includes('\0')) return { kind: 'bad-request' };
  // backslashes are separators on Windows; treat them as such everywhere so the check is the same
  const relative = decoded.replace(/\\/g, '/').replace(/^\/+/, '');
  const segments = relative.split('/');
  if (segments.some((s) => s === '..')) return { kind: 'forbidden' };
  const root = path.resolve(rootDir);
  const filePath = path.resolve(root, relative === '' ? 'index.html' : relative);
  const inside = path.relative(root, filePath);
  if (inside === '' || inside === '..' || inside.startsWith(`..${path.sep}`) || path.isAbsolute(inside)) {
    return { kind: 'forbidden' };
  }
  // an extension-less path is an in-app route: serve index.html when no such file exists
  const fallbackToIndex = path.extname(filePath) === '';
  return { kind: 'file', filePath, mimeType: mimeTypeFor(filePath), fallbackToIndex };
}

// A plain-text response (errors) with the app's security headers.
export function textResponse(status: number, message: string): Response {
  return new Response(message, { status, headers: { ...APP_RESPONSE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });
}

async function readOrNull(filePath: string): Promise<Buffer | null> {
  try {
    return await readFile(filePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') return null;
    throw error;
  }
}

// Serves one app:// request from rendererRoot (GET/HEAD only, CSP header on every response).
export async function serveAppRequest(request: Request, rendererRoot: string): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method not allowed');
  const target = resolveAppRequest(request.url, rendererRoot);
  if (target.kind === 'bad-request') return textResponse(400, 'Bad request');
  if (target.kind === 'forbidden') return textResponse(403, 'Forbidden');
  if (target.kind === 'not-found') return textResponse(404, 'Not found');
  let body = await readOrNull(target.filePath);
  let mimeType = target.mimeType;
  if (body === null && target.fallbackToIndex) {
    body = await readOrNull(path.join(rendererRoot, 'index.html'));
    mimeType = 'text/html; charset=utf-8';
  }
  if (body === null) return textResponse(404, 'Not found');
  const headers = { ...APP_RESPONSE_HEADERS, 'Content-Type': mimeType, 'Content-Length': String(body.byteLength) };
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body.buffer, body.byteOffset, body.byteLength), { status: 200, headers });
}
