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
import { createLargeBodySlot, DEFAULT_BODY_LIMITS, readCallBody, sendBodyRefusal } from './web-body.ts';
import type { BodyLimits, LargeBodySlot } from './web-body.ts';
import { CONTENT_SECURITY_POLICY } from './window-config.ts';

export const TOKEN_COOKIE = 'al_token';
export const TOKEN_HEADER = 'x-activity-lens-token';

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
  // the limits on a call's body (web-body.ts; smaller in tests)
  bodyLimits?: BodyLimits;
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

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, JSON.stringify(value), 'application/json');
}

// What a call needs besides its request: the dispatcher, the body limits and the large-body slot.
interface CallContext {
  dispatch: Dispatch;
  limits: BodyLimits;
  slot: LargeBodySlot;
}

// The checks before anything is served: the loopback Host and Origin (DNS-rebinding and
// cross-site defences), then the token, swapping one in the URL for a cookie. Returns the
// request's URL when it may go on, null when it was answered here.
function admit(req: IncomingMessage, res: ServerResponse, token: string, port: number): URL | null {
  const allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const allowedOrigins = new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);
  if (!req.headers.host || !allowedHosts.has(req.headers.host)) {
    send(res, 403, 'Forbidden: wrong host');
    return null;
  }
  const origin = req.headers.origin;
  if (origin !== undefined && !allowedOrigins.has(origin)) {
    send(res, 403, 'Forbidden: other origin');
    return null;
  }
  const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
  const urlToken = url.searchParams.get('token');
  if (urlToken !== null) {
    if (!safeEqual(urlToken, token)) send(res, 401, 'Unauthorised: wrong token');
    else {
      // swap the token in the address bar for an HttpOnly cookie, then load the app
      url.searchParams.delete('token');
      send(res, 303, '', 'text/plain', {
        location: url.pathname + url.search,
        'set-cookie': `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`,
      });
    }
    return null;
  }
  const presented = (req.headers[TOKEN_HEADER] as string | undefined) ?? cookieToken(req);
  if (presented === null || presented === undefined || !safeEqual(presented, token)) {
    send(res, 401, 'Unauthorised: open the address printed by "npm run web" (it carries the token).');
    return null;
  }
  return url;
}

// The method named by a call's path (null when its percent-escapes are malformed).
function methodOf(url: URL): string | null {
  try {
    return decodeURIComponent(url.pathname.slice('/api/call/'.length));
  } catch {
    return null;
  }
}

// Answers a contract call: POST /api/call/<method> with the input as JSON.
async function answerCall(req: IncomingMessage, res: ServerResponse, url: URL, calls: CallContext): Promise<void> {
  if (req.method !== 'POST') return send(res, 405, 'Use POST');
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return send(res, 415, 'Send JSON');
  const method = methodOf(url);
  if (method === null) return sendJson(res, 400, { ok: false, error: { code: 'BAD_INPUT', message: 'The method name in the address is not valid (a malformed %-escape).' } });
  const { result, release } = await readCallBody(req, res, calls.limits, calls.slot);
  try {
    if (!result.ok) return sendBodyRefusal(req, res, result);
    let input: unknown;
    try {
      input = result.text.length === 0 ? {} : JSON.parse(result.text);
    } catch {
      return sendJson(res, 400, { ok: false, error: { code: 'BAD_INPUT', message: 'The request body is not valid JSON.' } });
    }
    const response = await calls.dispatch(method, input);
    return sendJson(res, 200, response);
  } finally {
    release();
  }
}

// Serves the recording linked to a source, honouring byte ranges.
function serveMedia(media: WebHostOptions['media'], sourceId: number, req: IncomingMessage, res: ServerResponse): void {
  const plan = planMediaResponse(media?.(sourceId) ?? null, req.headers.range);
  if (!plan.ok) return send(res, plan.status, plan.message, 'text/plain; charset=utf-8', plan.headers ?? {});
  res.writeHead(plan.status, { ...plan.headers, 'referrer-policy': 'no-referrer' });
  if (req.method === 'HEAD' || plan.size === 0) return void res.end();
  const stream = createReadStream(plan.path, { start: plan.start, end: plan.end });
  stream.on('error', () => res.destroy());
  res.on('close', () => stream.destroy());
  stream.pipe(res);
}

// Serves a file of the built renderer (its index.html for any other path), never one outside it.
function serveStatic(staticDir: string, pathname: string, res: ServerResponse): void {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return send(res, 400, 'Bad path');
  }
  if (decoded.split(/[/\\]/).includes('..') || decoded.includes('\0')) return send(res, 403, 'Forbidden');
  const relative = normalize(decoded === '/' ? '/index.html' : decoded).replace(/^([/\\])+/, '');
  const root = normalize(staticDir);
  const file = join(root, relative);
  if (!file.startsWith(root.endsWith(sep) ? root : root + sep)) return send(res, 403, 'Forbidden');
  const target = existsSync(file) && statSync(file).isFile() ? file : join(root, 'index.html');
  if (!existsSync(target)) return send(res, 500, 'The renderer is not built. Run "npm run build:renderer".');
  const type = MIME[extname(target)] ?? 'application/octet-stream';
  res.writeHead(200, { 'content-type': type, 'content-security-policy': WEB_CSP, 'x-content-type-options': 'nosniff', 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' });
  res.end(readFileSync(target));
}

// Starts the loopback server and resolves when it listens.
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const streams = new Set<ServerResponse>();
  let port = 0;

  const calls: CallContext = { dispatch: options.dispatch, limits: options.bodyLimits ?? DEFAULT_BODY_LIMITS, slot: createLargeBodySlot() };
  const answer = (req: IncomingMessage, res: ServerResponse) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, 'Internal error');
      else res.end();
    });
  };
  const server = createServer(answer);
  // a request that asks "Expect: 100-continue" is told to send its body only once it has
  // been admitted and its declared size accepted (readCallBody), never by Node on its own
  server.on('checkContinue', answer);

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = admit(req, res, token, port);
    if (url === null) return;
    if (url.pathname.startsWith('/api/call/')) return answerCall(req, res, url, calls);
    if (url.pathname === '/api/events') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(': connected\n\n');
      streams.add(res);
      req.on('close', () => streams.delete(res));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed');
    const media = MEDIA_ROUTE.exec(url.pathname);
    if (media) return serveMedia(options.media, Number(media[1]), req, res);
    return serveStatic(options.staticDir, url.pathname, res);
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
