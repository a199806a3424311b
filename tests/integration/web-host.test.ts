import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppHost } from '../../electron/app/app-host.ts';
import type { AppHost } from '../../electron/app/app-host.ts';
import { startWebHost, TOKEN_COOKIE, TOKEN_HEADER } from '../../electron/app/web-host.ts';
import type { WebHost } from '../../electron/app/web-host.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

let tmp: { dir: string; cleanup: () => void };
let host: AppHost;
let web: WebHost | undefined;
const webHost = () => web as WebHost;

interface Reply {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

function call(path: string, options: { method?: string; headers?: Record<string, string>; body?: string; host?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: webHost().port, path, method: options.method ?? 'GET', headers: { host: options.host ?? `127.0.0.1:${webHost().port}`, ...options.headers } },
      (res) => {
        let body = '';
        res.on('data', (d: Buffer) => (body += d.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    if (options.body) req.write(options.body);
    req.end();
  });
}

const json = { 'content-type': 'application/json' };

interface StreamedEvent {
  type: string;
  jobId?: string;
}

// The events of a server-sent event stream so far (whole lines only: a chunk may end mid-line).
function eventMessages(stream: string): StreamedEvent[] {
  return stream
    .slice(0, stream.lastIndexOf('\n') + 1)
    .split('\n')
    .filter((l) => l.startsWith('data: '))
    .map((l) => JSON.parse(l.slice(6)) as StreamedEvent);
}

// Whether the test import's progress (at least twice) and the project's change have been streamed.
function importEventsArrived(messages: readonly StreamedEvent[]): boolean {
  return messages.filter((m) => m.type === 'progress' && m.jobId === 'job-sse').length >= 2 && messages.some((m) => m.type === 'project-changed');
}

beforeAll(async () => {
  tmp = makeTempDir();
  host = createAppHost({ binding: 'web', homeDir: tmp.dir, emit: (event) => web?.emit(event) });
  await host.openStartupProject('demo');
  web = await startWebHost({ dispatch: host.dispatch, staticDir: join(tmp.dir, 'no-renderer') });
});
afterAll(async () => {
  await webHost().close();
  await host.close();
  tmp.cleanup();
});

describe('browser-mode host', () => {
  it('listens on the loopback interface only', () => {
    expect(webHost().url.startsWith(`http://127.0.0.1:${webHost().port}/?token=`)).toBe(true);
  });

  it('refuses API calls without a token', async () => {
    const reply = await call('/api/call/sources.list', { method: 'POST', headers: json, body: '{}' });
    expect(reply.status).toBe(401);
    expect(reply.body).not.toContain('Interview');
  });

  it('refuses API calls with a wrong token, in a header, a cookie or the URL', async () => {
    expect((await call('/api/call/sources.list', { method: 'POST', headers: { ...json, [TOKEN_HEADER]: 'wrong' }, body: '{}' })).status).toBe(401);
    expect((await call('/api/call/sources.list', { method: 'POST', headers: { ...json, cookie: `${TOKEN_COOKIE}=wrong` }, body: '{}' })).status).toBe(401);
    expect((await call('/?token=wrong')).status).toBe(401);
    expect((await call(`/?token=${webHost().token}x`)).status).toBe(401);
  });

  it('refuses requests from other origins even with the right token', async () => {
    const reply = await call('/api/call/sources.list', { method: 'POST', headers: { ...json, [TOKEN_HEADER]: webHost().token, origin: 'http://evil.example' }, body: '{}' });
    expect(reply.status).toBe(403);
    const otherPort = await call('/api/call/sources.list', { method: 'POST', headers: { ...json, [TOKEN_HEADER]: webHost().token, origin: 'http://127.0.0.1:1' }, body: '{}' });
    expect(otherPort.status).toBe(403);
  });

  it('refuses a Host header that is not loopback (DNS rebinding)', async () => {
    const reply = await call('/api/call/sources.list', { method: 'POST', headers: { ...json, [TOKEN_HEADER]: webHost().token }, body: '{}', host: `attacker.example:${webHost().port}` });
    expect(reply.status).toBe(403);
  });

  it('swaps the URL token for an HttpOnly SameSite cookie that then works', async () => {
    const first = await call(`/?token=${webHost().token}`);
    expect(first.status).toBe(303);
    const cookie = String(first.headers['set-cookie']);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    const reply = await call('/api/call/project.stats', { method: 'POST', headers: { ...json, cookie: cookie.split(';')[0] ?? '', origin: `http://127.0.0.1:${webHost().port}` }, body: '{}' });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, result: { sources: 14 } });
  });

  it('returns the same results over HTTP as through the dispatcher directly', async () => {
    for (const method of ['sources.list', 'cases.list', 'nodes.list', 'project.stats']) {
      const direct = await host.dispatch(method, {});
      const reply = await call(`/api/call/${method}`, { method: 'POST', headers: { ...json, [TOKEN_HEADER]: webHost().token }, body: '{}' });
      expect(JSON.parse(reply.body)).toEqual(JSON.parse(JSON.stringify(direct)));
    }
  });

  it('answers bad input with BAD_INPUT and unknown methods with UNKNOWN_METHOD', async () => {
    const bad = await call('/api/call/sources.get', { method: 'POST', headers: { ...json, [TOKEN_HEADER]: webHost().token }, body: '{"id":"one","extra":1}' });
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    const unknown = await call('/api/call/fs.readFile', { method: 'POST', headers: { ...json, [TOKEN_HEADER]: webHost().token }, body: '{}' });
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    const notJson = await call('/api/call/sources.list', { method: 'POST', headers: { ...json, [TOKEN_HEADER]: webHost().token }, body: '{nope' });
    expect(notJson.status).toBe(400);
  });

  it('carries progress and change events to the page over server-sent events', async () => {
    let received = '';
    let connected: () => void = () => {};
    let allArrived: () => void = () => {};
    const whenConnected = new Promise<void>((resolve) => (connected = resolve));
    const whenAllArrived = new Promise<void>((resolve) => (allArrived = resolve));
    const events = request({ host: '127.0.0.1', port: webHost().port, path: '/api/events', headers: { host: `127.0.0.1:${webHost().port}`, [TOKEN_HEADER]: webHost().token } });
    events.on('response', (res) => {
      res.on('data', (d: Buffer) => {
        received += d.toString();
        connected();
        if (importEventsArrived(eventMessages(received))) allArrived();
      });
    });
    events.end();
    await whenConnected;
    const text = Buffer.from('Interviewer: Hello?\n\nAnn: Hello.').toString('base64');
    const reply = await call('/api/call/sources.importFile', { method: 'POST', headers: { ...json, [TOKEN_HEADER]: webHost().token }, body: JSON.stringify({ fileName: 'sse.txt', bytesBase64: text, jobId: 'job-sse' }) });
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true });
    // the stream is read until the import's progress and the project's change have come
    await whenAllArrived;
    events.destroy();
    const messages = eventMessages(received);
    expect(messages.filter((m) => m.type === 'progress' && m.jobId === 'job-sse').length).toBeGreaterThanOrEqual(2);
    expect(messages.some((m) => m.type === 'project-changed')).toBe(true);
  });

  it('refuses the event stream without the token', async () => {
    expect((await call('/api/events')).status).toBe(401);
  });

  it('does not serve files outside the renderer folder', async () => {
    const reply = await call('/..%2f..%2fetc%2fpasswd', { headers: { [TOKEN_HEADER]: webHost().token } });
    expect(reply.status).toBe(403);
  });
});
