// Pure part of the app:// protocol: which file under the built renderer folder a
// request maps to (path traversal refused) and the MIME type it is served with.
import path from 'node:path';
import { APP_SCHEME, APP_HOST } from './window-config.ts';

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
