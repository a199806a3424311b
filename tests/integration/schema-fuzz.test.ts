// Every API method rejects malformed input by its schema, through both bindings: bad
// inputs are generated from each method's schema (wrong types, missing and extra keys,
// huge strings, negative and fractional numbers) and sent to the dispatcher directly
// and over HTTP; each is refused with BAD_INPUT and the project is left unchanged.
import { request } from 'node:http';
import { join } from 'node:path';
import type { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_METHODS, apiSchemas } from '../../shared/api.ts';
import type { ApiMethod } from '../../shared/api.ts';
import { createAppHost } from '../../electron/app-host.ts';
import type { AppHost } from '../../electron/app-host.ts';
import { startWebHost, TOKEN_HEADER } from '../../electron/web-host.ts';
import type { WebHost } from '../../electron/web-host.ts';
import { snapshotTables } from '../helpers/snapshot.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';
import { openProject } from '../../electron/db/open-project.ts';

interface Def {
  type: string;
  innerType?: { def: Def };
  shape?: Record<string, { def: Def }>;
  element?: { def: Def };
}

function fieldsOf(schema: z.ZodType): Record<string, { def: Def }> {
  const def = (schema as unknown as { def: Def }).def;
  return def.shape ?? (schema as unknown as { shape?: Record<string, { def: Def }> }).shape ?? {};
}

function baseType(def: Def): string {
  return def.type === 'optional' || def.type === 'nullable' || def.type === 'default' ? baseType(def.innerType?.def ?? { type: 'unknown' }) : def.type;
}

const HUGE = 'x'.repeat(60_000_001);

// Bad values for a field of this type (each must be refused by a strict schema).
function badValuesFor(type: string): unknown[] {
  switch (type) {
    case 'number':
      return ['12', -1, 1.5, Number.MAX_SAFE_INTEGER * 4, null, {}, true];
    case 'string':
      return [42, { s: 'x' }, ['a'], false, HUGE];
    case 'boolean':
      return ['yes', 1, {}];
    case 'array':
      return [{}, 'a,b', 7, Array.from({ length: 10_000 }, () => '???')];
    case 'enum':
      return ['not-a-member', 3, ''];
    case 'record':
    case 'object':
      return ['x', 5, [1]];
    default:
      return [Symbol.for('never')];
  }
}

// Generates inputs that the method's schema refuses: per field wrong values, missing required fields, extra keys, non-objects.
function badInputs(method: ApiMethod): unknown[] {
  const schema = apiSchemas[method];
  const fields = fieldsOf(schema);
  const out: unknown[] = [null, 'text', 17, [], { __extra: true }];
  for (const [name, field] of Object.entries(fields)) {
    for (const bad of badValuesFor(baseType(field.def))) {
      if (typeof bad === 'symbol') continue;
      out.push({ [name]: bad });
    }
  }
  return out.filter((input) => !schema.safeParse(input).success);
}

let tmp: { dir: string; cleanup: () => void };
let host: AppHost;
let web: WebHost;

function post(method: string, body: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: web.port, path: `/api/call/${method}`, method: 'POST', headers: { 'content-type': 'application/json', [TOKEN_HEADER]: web.token } },
      (res) => {
        let data = '';
        res.on('data', (d: Buffer) => (data += d.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: data }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

beforeAll(async () => {
  tmp = makeTempDir();
  host = createAppHost({ binding: 'web', homeDir: tmp.dir, emit: () => {} });
  await host.openStartupProject('demo');
  web = await startWebHost({ dispatch: host.dispatch, staticDir: join(tmp.dir, 'none') });
});
afterAll(async () => {
  await web.close();
  await host.close();
  tmp.cleanup();
});

describe('every method refuses malformed input through both bindings', () => {
  it('generates bad inputs for every method', () => {
    for (const method of API_METHODS) expect(badInputs(method).length, method).toBeGreaterThanOrEqual(4);
  });

  it.each(API_METHODS)(
    '%s: direct dispatch and HTTP both answer BAD_INPUT',
    async (method) => {
      for (const input of badInputs(method)) {
        const direct = await host.dispatch(method, input);
        expect(direct.ok, `${method} direct accepted ${JSON.stringify(input)?.slice(0, 80)}`).toBe(false);
        if (!direct.ok) expect(direct.error.code).toBe('BAD_INPUT');
        const body = JSON.stringify(input);
        if (body.length > 1_000_000) continue; // the huge-string case is covered by the direct call
        const http = await post(method, body);
        const parsed = JSON.parse(http.body) as { ok: boolean; error?: { code: string } };
        expect(parsed.ok, `${method} over HTTP accepted ${body.slice(0, 80)}`).toBe(false);
        expect(parsed.error?.code).toBe('BAD_INPUT');
      }
    },
  );

  it('left the project exactly as it was', async () => {
    const current = await host.dispatch('project.current', {});
    const path = current.ok ? (current.result as { path: string }).path : '';
    await host.close();
    const store = openProject(path, { readOnly: true });
    const stats = store.db.prepare('SELECT (SELECT count(*) FROM sources), (SELECT count(*) FROM codings), (SELECT count(*) FROM undo_log)').raw().get();
    expect(snapshotTables(store.db).sources?.length).toBe(14);
    store.close();
    expect(stats).toEqual([14, 252, 0]);
  });
});
