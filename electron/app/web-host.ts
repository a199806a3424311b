// Browser mode: the same contract over loopback HTTP. Listens on 127.0.0.1 only; every
// request must carry the per-run token (in the URL once, then an HttpOnly cookie, or a
// header); other origins and other Host names are refused.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import type { ApiEvent } from '../../shared/api.ts';
import type { Dispatch } from './dispatch.ts';
import { MEDIA_ROUTE, planMediaResponse } from './media-files.ts';
import { CONTENT_SECURITY_POLICY } from './window-config.ts';

export const TOKEN_COOKIE = 'al_token';
export const TOKEN_HEADER = 'x-activity-lens-token';
const MAX_BODY_BYTES = 300 * 1024 * 1024;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.ico': 'image/x-icon',
};

// The same policy as the Electron window's (no eval, no inline script): one source of truth.
export const WEB_CSP = CONTENT_SECURITY_POLICY;

export interface WebHostOptions {
  dispatch: Dispatch;
  // the built renderer (dist/renderer)
  staticDir: string;
  port?: number;
  token?: string;
  // the recording linked to a source of the open project, served at /api/media/<id> (media-files.ts)
  media?: (sourceId: number) => string | null;
}

export interface WebHost {
  url: string;
  port: number;
  token: string;
  // pushes an event to every connected page
  emit(event: ApiEvent): void;
  close(): Promise<void>;
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function cookieToken(req: IncomingMessage): string | null {
  const header = req.headers.cookie;
  if (!header) return null;
  for (const part of header.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === TOKEN_COOKIE) return v.join('=');
  }
  return null;
}

function send(res: ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8', headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer', ...headers });
  res.end(body);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

// Starts the loopback server and resolves when it listens.
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const streams = new Set<ServerResponse>();
  let port = 0;

  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const allowedOrigins = () => new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);

  const server = createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, 'Internal error');
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // DNS-rebinding and cross-site defences first
    if (!req.headers.host || !allowedHosts().has(req.headers.host)) return send(res, 403, 'Forbidden: wrong host');
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedOrigins().has(origin)) return send(res, 403, 'Forbidden: other origin');
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    const urlToken = url.searchParams.get('token');
    if (urlToken !== null) {
      if (!safeEqual(urlToken, token)) return send(res, 401, 'Unauthorised: wrong token');
      // swap the token in the address bar for an HttpOnly cookie, then load the app
      url.searchParams.delete('token');
      return send(res, 303, '', 'text/plain', {
        location: url.pathname + url.search,
        'set-cookie': `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`,
      });
    }
    const presented = (req.headers[TOKEN_HEADER] as string | undefined) ?? cookieToken(req);
    if (presented === null || presented === undefined || !safeEqual(presented, token)) {
      return send(res, 401, 'Unauthorised: open the address printed by "npm run web" (it carries the token).');
    }
    if (url.pathname.startsWith('/api/call/')) {
      if (req.method !== 'POST') return send(res, 405, 'Use POST');
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return send(res, 415, 'Send JSON');
      let input: unknown;
      try {
        const body = await readBody(req);
        input = body.length === 0 ? {} : JSON.parse(body);
      } catch (error) {
        const tooLarge = error instanceof Error && error.message === 'too large';
        return send(
          res,
          tooLarge ? 413 : 400,
          JSON.stringify({ ok: false, error: { code: tooLarge ? 'TOO_LARGE' : 'BAD_INPUT', message: tooLarge ? 'The request is too large.' : 'The request body is not valid JSON.' } }),
          'application/json',
        );
      }
      const method = decodeURIComponent(url.pathname.slice('/api/call/'.length));
      const response = await options.dispatch(method, input);
      return send(res, 200, JSON.stringify(response), 'application/json');
    }
    if (url.pathname === '/api/events') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(': connected\n\n');
      streams.add(res);
      req.on('close', () => streams.delete(res));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed');
    const media = MEDIA_ROUTE.exec(url.pathname);
    if (media) return serveMedia(Number(media[1]), req, res);
    return serveStatic(url.pathname, res);
  }

  function serveMedia(sourceId: number, req: IncomingMessage, res: ServerResponse): void {
    const plan = planMediaResponse(options.media?.(sourceId) ?? null, req.headers.range);
    if (!plan.ok) return send(res, plan.status, plan.message, 'text/plain; charset=utf-8', plan.headers ?? {});
    res.writeHead(plan.status, { ...plan.headers, 'referrer-policy': 'no-referrer' });
    if (req.method === 'HEAD' || plan.size === 0) return void res.end();
    const stream = createReadStream(plan.path, { start: plan.start, end: plan.end });
    stream.on('error', () => res.destroy());
    res.on('close', () => stream.destroy());
    stream.pipe(res);
  }

  function serveStatic(pathname: string, res: ServerResponse): void {
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      return send(res, 400, 'Bad path');
    }
    if (decoded.split(/[/\\]/).includes('..') || decoded.includes('\0')) return send(res, 403, 'Forbidden');
    const relative = normalize(decoded === '/' ? '/index.html' : decoded).replace(/^([/\\])+/, '');
    const root = normalize(options.staticDir);
    const file = join(root, relative);
    if (!file.startsWith(root.endsWith(sep) ? root : root + sep)) return send(res, 403, 'Forbidden');
    const target = existsSync(file) && statSync(file).isFile() ? file : join(root, 'index.html');
    if (!existsSync(target)) return send(res, 500, 'The renderer is not built. Run "npm run build:renderer".');
    const type = MIME[extname(target)] ?? 'application/octet-stream';
    res.writeHead(200, { 'content-type': type, 'content-security-policy': WEB_CSP, 'x-content-type-options': 'nosniff', 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' });
    res.end(readFileSync(target));
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const keepAlive = setInterval(() => {
    for (const s of streams) s.write(': ping\n\n');
  }, 20_000);
  keepAlive.unref();

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    emit(event) {
      const data = `data: ${JSON.stringify(event)}\n\n`;
      for (const s of streams) s.write(data);
    },
    close() {
      clearInterval(keepAlive);
      for (const s of streams) s.end();
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
