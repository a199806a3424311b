// Browser mode serves the recording linked to a source (GET /api/media/<id>) only with
// the token, only audio or video, with ranges for seeking.
import { request } from 'node:http';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppHost } from '../../electron/app/app-host.ts';
import type { AppHost } from '../../electron/app/app-host.ts';
import { startWebHost, TOKEN_HEADER } from '../../electron/app/web-host.ts';
import type { WebHost } from '../../electron/app/web-host.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

let tmp: { dir: string; cleanup: () => void };
let host: AppHost;
let web: WebHost | undefined;
let sourceId = 0;
let otherId = 0;

interface Reply {
  status: number;
  body: Buffer;
  headers: Record<string, string | string[] | undefined>;
}

function get(path: string, headers: Record<string, string> = {}): Promise<Reply> {
  const w = web as WebHost;
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: w.port, path, headers: { host: `127.0.0.1:${w.port}`, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (d: Buffer) => chunks.push(d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks), headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

async function api(method: string, input: unknown): Promise<unknown> {
  const response = await host.dispatch(method, input);
  if (!response.ok) throw new Error(response.error.message);
  return response.result;
}

beforeAll(async () => {
  tmp = makeTempDir();
  host = createAppHost({ binding: 'web', homeDir: tmp.dir, emit: (event) => web?.emit(event) });
  await host.openStartupProject('demo');
  web = await startWebHost({ dispatch: host.dispatch, staticDir: join(tmp.dir, 'no-renderer'), media: (id) => host.mediaFile(id) });
  const wave = Buffer.alloc(1000, 7);
  wave.write('RIFF', 0, 'ascii');
  wave.write('WAVE', 8, 'ascii');
  writeFileSync(join(tmp.dir, 'ruth.wav'), wave);
  writeFileSync(join(tmp.dir, 'secrets.mp3'), 'password=hunter2');
  const sources = (await api('sources.list', {})) as { id: number }[];
  sourceId = sources[0]?.id ?? 0;
  otherId = sources[1]?.id ?? 0;
  await api('sources.update', { id: sourceId, mediaPath: join(tmp.dir, 'ruth.wav') });
  await api('sources.update', { id: otherId, mediaPath: join(tmp.dir, 'secrets.mp3') });
});
afterAll(async () => {
  await web?.close();
  await host.close();
  tmp.cleanup();
});

describe('linked recordings in browser mode', () => {
  it('refuses a request without the token', async () => {
    const reply = await get(`/api/media/${sourceId}`);
    expect(reply.status).toBe(401);
    expect(reply.body.includes(Buffer.from('RIFF'))).toBe(false);
  });

  it('serves the whole file and byte ranges with the token', async () => {
    const token = { [TOKEN_HEADER]: (web as WebHost).token };
    const whole = await get(`/api/media/${sourceId}?v=1`, token);
    expect(whole.status).toBe(200);
    expect(whole.headers['content-type']).toBe('audio/wav');
    expect(whole.body.length).toBe(1000);
    const part = await get(`/api/media/${sourceId}`, { ...token, range: 'bytes=100-199' });
    expect(part.status).toBe(206);
    expect(part.headers['content-range']).toBe('bytes 100-199/1000');
    expect(part.body.length).toBe(100);
  });

  it('refuses a linked file that is not audio or video, and sources without a recording', async () => {
    const token = { [TOKEN_HEADER]: (web as WebHost).token };
    const secret = await get(`/api/media/${otherId}`, token);
    expect(secret.status).toBe(415);
    expect(secret.body.toString()).not.toContain('hunter2');
    const sources = (await api('sources.list', {})) as { id: number }[];
    expect((await get(`/api/media/${sources[2]?.id ?? 0}`, token)).status).toBe(404);
    expect((await get('/api/media/999999', token)).status).toBe(404);
  });
});
