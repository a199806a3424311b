// The app:// protocol: files inside dist/renderer only, right MIME types, the CSP on
// every response (what Electron's protocol.handle gets from window.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../tests/helpers/temp-dir.ts';
import { mimeTypeFor, resolveAppRequest, serveAppRequest } from './app-protocol.ts';
import { CONTENT_SECURITY_POLICY } from './window-config.ts';

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

describe('serveAppRequest', () => {
  const temp = makeTempDir('alens-app-protocol-');
  const rendererRoot = path.join(temp.dir, 'renderer');
  const get = (url: string, method = 'GET') => serveAppRequest(new Request(url, { method }), rendererRoot);

  beforeAll(() => {
    mkdirSync(path.join(rendererRoot, 'assets'), { recursive: true });
    writeFileSync(path.join(rendererRoot, 'index.html'), '<!doctype html><title>Activity Lens</title>');
    writeFileSync(path.join(rendererRoot, 'assets', 'app.js'), 'console.log(1);');
    // a file beside the renderer folder that traversal must not reach
    writeFileSync(path.join(temp.dir, 'secret.txt'), 'secret');
  });
  afterAll(() => temp.cleanup());

  it('serves a file with its type, length and the CSP', async () => {
    const response = await get('app://activity-lens/assets/app.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-length')).toBe('15');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe('console.log(1);');
  });

  it('serves index.html for the root and for in-app routes', async () => {
    for (const url of ['app://activity-lens/', 'app://activity-lens/sources']) {
      const response = await get(url);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await response.text()).toContain('<title>Activity Lens</title>');
    }
  });

  it('answers HEAD without a body', async () => {
    const response = await get('app://activity-lens/index.html', 'HEAD');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it.each<[string, string, number]>([
    ['missing asset', 'app://activity-lens/assets/missing.js', 404],
    ['traversal', 'app://activity-lens/..%2fsecret.txt', 403],
    ['malformed escape', 'app://activity-lens/%E0%A4%A', 400],
    ['another host', 'app://elsewhere/index.html', 404],
  ])('refuses %s (%s) with %i and still sends the CSP', async (_name, url, status) => {
    const response = await get(url);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).not.toContain('secret');
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await get('app://activity-lens/index.html', 'POST')).status).toBe(405);
  });
});
