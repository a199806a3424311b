// Every API method rejects malformed input by its schema, through both bindings: bad
// inputs are generated from each method's schema (wrong types, missing and extra keys,
// huge strings, negative and fractional numbers) and sent to the dispatcher directly
// and over HTTP; each is refused with BAD_INPUT and the project is left unchanged.
// Besides the one-field-at-a-time inputs below, tests/helpers/schema-inputs.ts builds a
// valid input per method and breaks one thing at a time all the way down nested objects,
// arrays, records and unions; tests/helpers/schema-audit.ts checks every object is strict.
import { request } from 'node:http';
import { join } from 'node:path';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_METHODS, apiSchemas } from '../../shared/api.ts';
import type { ApiMethod } from '../../shared/api.ts';
import { queryDefinition } from '../../shared/api/queries.ts';
import { schemaProblems } from '../helpers/schema-audit.ts';
import type { SchemaProblem } from '../helpers/schema-audit.ts';
import { ALWAYS_REFUSED, HUGE_STRING, schemaMutants, validInput } from '../helpers/schema-inputs.ts';
import type { Mutant, MutantKind } from '../helpers/schema-inputs.ts';
import { createAppHost } from '../../electron/app/app-host.ts';
import type { AppHost } from '../../electron/app/app-host.ts';
import { startWebHost, TOKEN_HEADER } from '../../electron/app/web-host.ts';
import type { WebHost } from '../../electron/app/web-host.ts';
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

const HUGE = HUGE_STRING;

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

// Valid bases written by hand, only for methods whose schema has a refinement the generic
// generator cannot meet: it gives every number the same value (so start === end fails
// "end > start") and every optional key a value (so "bytes or path, not both" and
// "a definition or a framework id" fail). Two bases where either/or keys each deserve mutating.
const HAND_BASES: Partial<Record<ApiMethod, readonly unknown[]>> = {
  // end > start
  'codings.create': [{ sourceId: 1, nodeId: 2, start: 3, end: 9, coderId: 1 }],
  'codings.inVivo': [{ sourceId: 1, start: 0, end: 4, parentId: 2, coderId: 1, name: 'in vivo' }],
  'codings.uncodeRange': [{ sourceId: 1, start: 0, end: 4, nodeId: 2 }],
  'contradictions.codeCueHits': [{ kind: 'dilemma', hits: [{ sourceId: 1, segmentId: 1, start: 0, end: 4 }], spread: 'hit', tensionId: 1, coderId: 1 }],
  'register.markNotName': [{ ruleId: 1, location: 'source', locationId: 1, start: 0, end: 5, note: 'a place, not a person' }],
  // a query definition or a framework matrix id, not both
  'queries.export': [
    { definition: validInput(queryDefinition), format: 'csv', measure: 'references' },
    { frameworkId: 1, format: 'xlsx', measure: 'words' },
  ],
  // the file's bytes or its path, not both
  'exchange.previewQdpx': [
    { fileName: 'study.qdpx', bytesBase64: 'UEsDBA==', jobId: 'job-1' },
    { path: '/tmp/study.qdpx', jobId: 'job-1' },
  ],
  'exchange.importQdpx': [
    { fileName: 'study.qdpx', bytesBase64: 'UEsDBA==', projectPath: '/tmp/new.alens', name: 'Study', jobId: 'job-1' },
    { path: '/tmp/study.qdpx', projectPath: '/tmp/new.alens', name: 'Study', jobId: 'job-1' },
  ],
  'exchange.previewQdc': [{ fileName: 'codes.qdc', bytesBase64: 'PD94bWw+' }, { path: '/tmp/codes.qdc' }],
  'exchange.mergeQdc': [{ fileName: 'codes.qdc', bytesBase64: 'PD94bWw+' }, { path: '/tmp/codes.qdc' }],
  'team.previewMerge': [{ fileName: 'coder-b.alens', bytesBase64: 'U1FMaXRl', jobId: 'job-1' }, { path: '/tmp/coder-b.alens', cycleId: 1 }],
  // a passage of at least one character between two different coders
  'team.decide': [{ coderA: 1, coderB: 2, sourceId: 1, nodeId: 1, start: 0, end: 4, decision: 'keep-a', consensusCoderId: 3 }],
  'team.merge': [{ fileName: 'coder-b.alens', bytesBase64: 'U1FMaXRl', jobId: 'job-1' }, { path: '/tmp/coder-b.alens', cycleId: 1 }],
};

// Schema holes we accept on purpose (an any/unknown or a non-strict object), each with a
// reason; none today. Any problem not listed here fails the strictness test.
const KNOWN_LOOSE: readonly (SchemaProblem & { method: ApiMethod; why: string })[] = [];

// Mutant kinds the generator must produce and the schemas must refuse somewhere (so it cannot silently generate nothing).
const KINDS_SEEN_REFUSED: readonly MutantKind[] = [
  'wrong-type',
  'missing-key',
  'extra-key',
  'out-of-enum',
  'huge-string',
  'too-long',
  'too-short',
  'pattern',
  'negative',
  'fractional',
  'out-of-range',
  'not-finite',
  'reversed-range',
  'refinement',
  'drop-optional',
  'add-optional',
];

interface MethodFuzz {
  bases: readonly unknown[];
  mutants: Mutant[];
  refused: Mutant[];
}

const fuzzed = new Map<ApiMethod, MethodFuzz>();

// The valid bases of a method and every one-thing-broken mutant of them, split by what the schema refuses.
function fuzz(method: ApiMethod): MethodFuzz {
  const cached = fuzzed.get(method);
  if (cached) return cached;
  const schema = apiSchemas[method];
  const bases = HAND_BASES[method] ?? [validInput(schema)];
  const mutants = bases.flatMap((base) => schemaMutants(schema, base));
  const result = { bases, mutants, refused: mutants.filter((m) => !schema.safeParse(m.value).success) };
  fuzzed.set(method, result);
  return result;
}

// One line naming a mutant for a failure message (the huge string abbreviated).
function describeMutant(method: ApiMethod, m: Mutant): string {
  return `${method} ${m.kind} at ${m.path}: ${JSON.stringify(m.value, (_, v: unknown) => (v === HUGE_STRING ? '<huge>' : v))?.slice(0, 160)}`;
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

let demoCodings = 0;

beforeAll(async () => {
  tmp = makeTempDir();
  host = createAppHost({ binding: 'web', homeDir: tmp.dir, emit: () => {} });
  await host.openStartupProject('demo');
  // the demo study as written, to check nothing the fuzz sent changed it
  const stats = await host.dispatch('project.stats', {});
  demoCodings = stats.ok ? (stats.result as { codings: number }).codings : -1;
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
        expect(direct.ok, `${method} direct accepted ${JSON.stringify(input, (_, v: unknown) => (v === HUGE ? '<huge>' : v))?.slice(0, 80)}`).toBe(false);
        if (!direct.ok) expect(direct.error.code).toBe('BAD_INPUT');
        // the huge-string case is covered by the direct call (checked before stringifying 60 MB)
        if (typeof input === 'object' && input !== null && Object.values(input).includes(HUGE)) continue;
        const body = JSON.stringify(input);
        if (body.length > 1_000_000) continue;
        const http = await post(method, body);
        const parsed = JSON.parse(http.body) as { ok: boolean; error?: { code: string } };
        expect(parsed.ok, `${method} over HTTP accepted ${body.slice(0, 80)}`).toBe(false);
        expect(parsed.error?.code).toBe('BAD_INPUT');
      }
    },
  );

  it('every object in every method schema is strict, and nothing accepts any input', () => {
    const found = API_METHODS.flatMap((method) => schemaProblems(apiSchemas[method]).map((p) => ({ method, ...p })));
    const known = (p: { method: ApiMethod; path: string }) => KNOWN_LOOSE.some((k) => k.method === p.method && k.path === p.path);
    expect(found.filter((p) => !known(p))).toEqual([]);
    // a listed hole that has gone away should leave the list too
    expect(KNOWN_LOOSE.filter((k) => !found.some((p) => p.method === k.method && p.path === k.path))).toEqual([]);
  });

  it('the strictness audit itself spots loose objects and any', () => {
    const loose = z.object({ inner: z.object({ doc: z.any(), meta: z.unknown() }).passthrough(), plain: z.object({}) }).strict();
    expect(schemaProblems(loose).map((p) => p.path)).toEqual(['input.inner', 'input.inner.doc', 'input.inner.meta', 'input.plain']);
  });

  it('builds a valid input for every method (by hand only where the generator cannot)', () => {
    for (const method of API_METHODS) {
      const schema = apiSchemas[method];
      for (const base of fuzz(method).bases) expect(schema.safeParse(base).success, `${method} base ${JSON.stringify(base)}`).toBe(true);
      if (HAND_BASES[method]) {
        let generic: unknown;
        try {
          generic = validInput(schema);
        } catch {
          generic = null;
        }
        expect(generic !== null && schema.safeParse(generic).success, `${method} no longer needs a hand-written base`).toBe(false);
      }
    }
  });

  it('breaks one thing at a time, and the schemas refuse what they must', () => {
    let total = 0;
    let refused = 0;
    const seen = new Set<MutantKind>();
    const wronglyAccepted: string[] = [];
    for (const method of API_METHODS) {
      const run = fuzz(method);
      total += run.mutants.length;
      refused += run.refused.length;
      for (const m of run.refused) seen.add(m.kind);
      for (const m of run.mutants) if (ALWAYS_REFUSED.has(m.kind) && !run.refused.includes(m)) wronglyAccepted.push(describeMutant(method, m));
      // even a method without input gets wrong types (5) and an extra key
      expect(run.refused.length, method).toBeGreaterThanOrEqual(6);
    }
    expect(wronglyAccepted).toEqual([]);
    expect(total).toBeGreaterThan(5000);
    expect(refused / total).toBeGreaterThan(0.85);
    expect([...seen].sort()).toEqual([...KINDS_SEEN_REFUSED].sort());
  });

  it.each(API_METHODS)(
    '%s: every refused mutant answers BAD_INPUT directly and over HTTP',
    async (method) => {
      const schema = apiSchemas[method];
      const failures: string[] = [];
      for (const m of fuzz(method).refused) {
        const direct = await host.dispatch(method, m.value);
        if (direct.ok || direct.error.code !== 'BAD_INPUT') failures.push(`direct ${direct.ok ? 'accepted' : direct.error.code}: ${describeMutant(method, m)}`);
        if (m.directOnly) continue; // NaN and Infinity have no JSON; the huge string is not sent over HTTP
        const body = JSON.stringify(m.value);
        if (body.length > 1_000_000) continue; // over-long arrays of objects are covered by the direct call
        // what JSON carries must still be refused, or the handler would run for real
        if (schema.safeParse(JSON.parse(body)).success) {
          failures.push(`JSON turns it valid: ${describeMutant(method, m)}`);
          continue;
        }
        const parsed = JSON.parse((await post(method, body)).body) as { ok: boolean; error?: { code: string } };
        if (parsed.ok || parsed.error?.code !== 'BAD_INPUT') failures.push(`HTTP ${parsed.ok ? 'accepted' : String(parsed.error?.code)}: ${describeMutant(method, m)}`);
      }
      expect(failures).toEqual([]);
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
    expect(stats).toEqual([14, demoCodings, 0]);
  });
});
