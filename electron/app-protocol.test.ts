// The app:// protocol's file mapping: files inside dist/renderer only, right MIME types.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mimeTypeFor, resolveAppRequest } from './app-protocol.ts';

const root = path.resolve('/opt/activity-lens/dist/renderer');

describe('resolveAppRequest', () => {
  it.each([
    ['app://activity-lens/', 'index.html'],
    ['app://activity-lens/index.html', 'index.html'],
    ['app://activity-lens/assets/index-abc123.js', 'assets/index-abc123.js'],
    ['app://activity-lens/assets/index.css?v=2#x', 'assets/index.css'],
    ['app://activity-lens/fonts/Source%20Sans%203.woff2', 'fonts/Source Sans 3.woff2'],
    // dot segments are resolved by the URL parser before we see them, inside the root
    ['app://activity-lens/assets/../index.html', 'index.html'],
    ['app://activity-lens/%2e%2e/index.html', 'index.html'],
  ])('%s -> %s', (url, file) => {
    const target = resolveAppRequest(url, root);
    expect(target).toMatchObject({ kind: 'file', filePath: path.join(root, file) });
  });

  it.each([
    'app://activity-lens/..%2f..%2fetc%2fpasswd',
    'app://activity-lens/assets/..%2f..%2f..%2fsecret.txt',
    'app://activity-lens/..%5c..%5cwindows%5cwin.ini',
    'app://activity-lens/%2e%2e%2fpackage.json',
  ])('refuses traversal %s', (url) => {
    expect(resolveAppRequest(url, root)).toEqual({ kind: 'forbidden' });
  });

  it.each(['app://activity-lens/%E0%A4%A', 'app://activity-lens/a%00.js'])('refuses malformed %s', (url) => {
    expect(resolveAppRequest(url, root)).toEqual({ kind: 'bad-request' });
  });

  it.each(['app://other/index.html', 'app://activity-lens:99/index.html', 'https://activity-lens/index.html'])('serves nothing for %s', (url) => {
    expect(resolveAppRequest(url, root)).toEqual({ kind: 'not-found' });
  });

  it('falls back to index.html only for extension-less routes', () => {
    expect(resolveAppRequest('app://activity-lens/sources', root)).toMatchObject({ kind: 'file', fallbackToIndex: true });
    expect(resolveAppRequest('app://activity-lens/missing.js', root)).toMatchObject({ kind: 'file', fallbackToIndex: false });
  });
});

describe('mimeTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.js', 'text/javascript; charset=utf-8'],
    ['a.mjs', 'text/javascript; charset=utf-8'],
    ['a.CSS', 'text/css; charset=utf-8'],
    ['a.svg', 'image/svg+xml'],
    ['a.png', 'image/png'],
    ['a.woff2', 'font/woff2'],
    ['a.wasm', 'application/wasm'],
    ['a.json', 'application/json; charset=utf-8'],
    ['a.unknown', 'application/octet-stream'],
    ['noextension', 'application/octet-stream'],
  ])('%s is %s', (file, type) => {
    expect(mimeTypeFor(file)).toBe(type);
  });
});
