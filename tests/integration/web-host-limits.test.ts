// Browser mode's limits on call bodies, seen on the wire: an oversized body gets 413
// before it is read (and never "100 Continue"), only one large body is taken in at a
// time (others get 503 with Retry-After), and a malformed %-escape in a method name is 400.
import { connect } from 'node:net';
import type { Socket } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dispatch } from '../../electron/app/dispatch.ts';
import { startWebHost, TOKEN_HEADER } from '../../electron/app/web-host.ts';
import type { WebHost } from '../../electron/app/web-host.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

let tmp: { dir: string; cleanup: () => void };
let web: WebHost | undefined;
const calls: { method: string; bytes: number }[] = [];
const webHost = () => web as WebHost;

const LIMITS = { maxBytes: 1024 * 1024, largeBytes: 64 * 1024 };

beforeAll(async () => {
  tmp = makeTempDir();
  const dispatch: Dispatch = (method, input) => {
    calls.push({ method, bytes: JSON.stringify(input).length });
    return Promise.resolve({ ok: true, result: { method } });
  };
  web = await startWebHost({ dispatch, staticDir: join(tmp.dir, 'no-renderer'), bodyLimits: LIMITS });
});
afterAll(async () => {
  await webHost().close();
  tmp.cleanup();
});

// A raw connection that collects every byte the server sends.
interface Wire {
  socket: Socket;
  received(): string;
  // resolves once the received bytes match
  until(pattern: RegExp, ms?: number): Promise<string>;
  closed: Promise<void>;
}

function wire(): Promise<Wire> {
  return new Promise((resolve, reject) => {
    const socket = connect(webHost().port, '127.0.0.1');
    let text = '';
    const waiters: (() => void)[] = [];
    socket.on('data', (d: Buffer) => {
      text += d.toString('latin1');
      for (const w of waiters.splice(0)) w();
    });
    const closed = new Promise<void>((done) => socket.on('close', () => done()));
    socket.on('error', () => {});
    socket.once('connect', () =>
      resolve({
        socket,
        received: () => text,
        closed,
        until(pattern, ms = 5000) {
          return new Promise((ok, fail) => {
            const timer = setTimeout(() => fail(new Error(`timed out waiting for ${String(pattern)}; got ${JSON.stringify(text.slice(0, 300))}`)), ms);
            const check = () => {
              if (pattern.test(text)) {
                clearTimeout(timer);
                ok(text);
              } else waiters.push(check);
            };
            check();
          });
        },
      }),
    );
    socket.once('error', reject);
  });
}

function head(path: string, headers: Record<string, string | number>): string {
  const lines = [`POST ${path} HTTP/1.1`, `host: 127.0.0.1:${webHost().port}`, `${TOKEN_HEADER}: ${webHost().token}`, 'content-type: application/json', ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)];
  return `${lines.join('\r\n')}\r\n\r\n`;
}

// A JSON body of about n bytes.
function bodyOf(n: number): string {
  return JSON.stringify({ text: 'x'.repeat(Math.max(0, n - 12)) });
}

describe('call bodies in browser mode', () => {
  it('answers a method name with a malformed %-escape with 400, not 500', async () => {
    const w = await wire();
    const body = '{}';
    w.socket.write(head('/api/call/%E0%A4%A', { 'content-length': body.length }) + body);
    const reply = await w.until(/\r\n\r\n.*\}/s);
    expect(reply).toMatch(/^HTTP\/1\.1 400 /);
    expect(reply).toContain('"code":"BAD_INPUT"');
    w.socket.destroy();
  });

  it('refuses a body declared over the limit with 413 and never says 100 Continue', async () => {
    const w = await wire();
    w.socket.write(head('/api/call/sources.importFile', { 'content-length': LIMITS.maxBytes + 1, expect: '100-continue' }));
    const reply = await w.until(/\r\n\r\n.*\}/s);
    expect(reply).toMatch(/^HTTP\/1\.1 413 /);
    expect(reply).not.toContain('100 Continue');
    expect(reply).toContain('"code":"TOO_LARGE"');
    w.socket.destroy();
  });

  it('refuses a declared oversized body without Expect too, before reading it', async () => {
    const w = await wire();
    w.socket.write(head('/api/call/sources.importFile', { 'content-length': 50 * 1024 * 1024 }));
    w.socket.write('{"text":"');
    const reply = await w.until(/\r\n\r\n.*\}/s);
    expect(reply).toMatch(/^HTTP\/1\.1 413 /);
    expect(reply.toLowerCase()).toContain('connection: close');
    w.socket.destroy();
  });

  it('refuses a chunked body as soon as it passes the limit', async () => {
    const w = await wire();
    w.socket.write(head('/api/call/sources.importFile', { 'transfer-encoding': 'chunked' }));
    const chunk = 'y'.repeat(256 * 1024);
    for (let i = 0; i < 6 && !/HTTP\/1\.1 413/.test(w.received()); i++) {
      w.socket.write(`${chunk.length.toString(16)}\r\n${chunk}\r\n`);
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(await w.until(/^HTTP\/1\.1 413 /)).toMatch(/^HTTP\/1\.1 413 /);
    w.socket.destroy();
  });

  it('does not say 100 Continue to a caller without the token', async () => {
    const w = await wire();
    const lines = ['POST /api/call/sources.list HTTP/1.1', `host: 127.0.0.1:${webHost().port}`, 'content-type: application/json', 'content-length: 2', 'expect: 100-continue'];
    w.socket.write(`${lines.join('\r\n')}\r\n\r\n`);
    const reply = await w.until(/^HTTP\/1\.1 \d{3} /);
    expect(reply).toMatch(/^HTTP\/1\.1 401 /);
    w.socket.destroy();
  });

  it('says 100 Continue to an admitted call within the limits, then answers it', async () => {
    const w = await wire();
    const body = bodyOf(1000);
    w.socket.write(head('/api/call/sources.list', { 'content-length': body.length, expect: '100-continue' }));
    await w.until(/^HTTP\/1\.1 100 Continue\r\n\r\n/);
    w.socket.write(body);
    expect(await w.until(/HTTP\/1\.1 200 .*\}/s)).toContain('"method":"sources.list"');
    w.socket.destroy();
  });

  it('takes in one large body at a time: a second gets 503 with Retry-After, and a later one succeeds', async () => {
    const big = bodyOf(LIMITS.largeBytes * 4);
    const first = await wire();
    first.socket.write(head('/api/call/sources.importFile', { 'content-length': big.length }));
    first.socket.write(big.slice(0, 1000));
    // the first has started: the slot is held while it is read
    await new Promise((r) => setTimeout(r, 50));
    const second = await wire();
    second.socket.write(head('/api/call/sources.importFile', { 'content-length': big.length, expect: '100-continue' }));
    const refused = await second.until(/\r\n\r\n.*\}/s);
    expect(refused).toMatch(/^HTTP\/1\.1 503 /);
    expect(refused.toLowerCase()).toContain('retry-after: 2');
    expect(refused).not.toContain('100 Continue');
    // a small call is not held up by the large one
    const small = await wire();
    small.socket.write(head('/api/call/sources.list', { 'content-length': 2 }) + '{}');
    expect(await small.until(/HTTP\/1\.1 200 .*\}/s)).toContain('"method":"sources.list"');
    first.socket.write(big.slice(1000));
    expect(await first.until(/HTTP\/1\.1 200 .*\}/s)).toContain('"method":"sources.importFile"');
    const third = await wire();
    third.socket.write(head('/api/call/sources.importFile', { 'content-length': big.length }) + big);
    expect(await third.until(/HTTP\/1\.1 200 .*\}/s)).toContain('"method":"sources.importFile"');
    for (const w of [first, second, small, third]) w.socket.destroy();
    expect(calls.filter((c) => c.method === 'sources.importFile').map((c) => c.bytes)).toEqual([big.length, big.length]);
  });
});
