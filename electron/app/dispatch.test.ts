import { describe, expect, it } from 'vitest';
import { API_METHODS, apiSchemas, MUTATING_METHODS } from '../../shared/api.ts';
import type { ApiMethod } from '../../shared/api.ts';
import { ApiError } from '../../shared/errors.ts';
import { createDispatcher } from './dispatch.ts';
import type { Handlers } from './dispatch.ts';

function spyHandlers(calls: string[]): Handlers {
  return Object.fromEntries(
    API_METHODS.map((m) => [
      m,
      () => {
        calls.push(m);
        return null;
      },
    ]),
  ) as unknown as Handlers;
}

describe('the dispatcher', () => {
  it('refuses unknown methods, including prototype names', async () => {
    const calls: string[] = [];
    const { dispatch } = createDispatcher(spyHandlers(calls), { isReadOnly: () => false, emit: () => {} });
    for (const name of ['nope', '__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      expect(await dispatch(name, {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    }
    expect(calls).toEqual([]);
  });

  it.each(API_METHODS)('%s: rejects unknown keys and non-objects before its handler runs', async (method: ApiMethod) => {
    const calls: string[] = [];
    const { dispatch } = createDispatcher(spyHandlers(calls), { isReadOnly: () => false, emit: () => {} });
    for (const bad of [{ __unexpected: 1 }, 'text', 42, [1, 2], true]) {
      const response = await dispatch(method, bad);
      expect(response.ok, `${method} accepted ${JSON.stringify(bad)}`).toBe(false);
      if (!response.ok) expect(response.error.code).toBe('BAD_INPUT');
    }
    expect(calls).toEqual([]);
  });

  it('rejects negative, fractional and reversed offsets', async () => {
    const calls: string[] = [];
    const { dispatch } = createDispatcher(spyHandlers(calls), { isReadOnly: () => false, emit: () => {} });
    for (const input of [
      { sourceId: 1, nodeId: 1, start: -1, end: 5 },
      { sourceId: 1, nodeId: 1, start: 1.5, end: 5 },
      { sourceId: 1, nodeId: 1, start: 5, end: 5 },
      { sourceId: 1, nodeId: 1, start: 6, end: 5 },
      { sourceId: 0, nodeId: 1, start: 1, end: 5 },
    ]) {
      expect(await dispatch('codings.create', input)).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    }
    expect(await dispatch('sources.edit', { id: 1, start: 4, end: 2, insert: '', baseRevision: 0 })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(calls).toEqual([]);
  });

  it('refuses every mutating method on a read-only project before its handler runs', async () => {
    const calls: string[] = [];
    const { dispatch } = createDispatcher(spyHandlers(calls), { isReadOnly: () => true, emit: () => {} });
    const valid: Partial<Record<ApiMethod, unknown>> = {
      'codings.create': { sourceId: 1, nodeId: 1, start: 0, end: 1 },
      'nodes.create': { name: 'X' },
      'undo.undo': {},
      'memos.delete': { id: 1 },
    };
    for (const [method, input] of Object.entries(valid)) {
      expect(MUTATING_METHODS.has(method as ApiMethod)).toBe(true);
      expect(apiSchemas[method as ApiMethod].safeParse(input).success).toBe(true);
      expect(await dispatch(method, input)).toMatchObject({ ok: false, error: { code: 'READ_ONLY' } });
    }
    expect(calls).toEqual([]);
  });

  it('passes researcher-facing errors through and hides internal ones behind INTERNAL', async () => {
    const handlers = spyHandlers([]);
    handlers['sources.get'] = () => {
      throw new ApiError('NOT_FOUND', 'That source no longer exists.');
    };
    handlers['sources.list'] = () => {
      throw new TypeError('x is undefined');
    };
    const logged: string[] = [];
    const { dispatch } = createDispatcher(handlers, { isReadOnly: () => false, emit: () => {}, logError: (m) => logged.push(m) });
    expect(await dispatch('sources.get', { id: 3 })).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'That source no longer exists.' } });
    expect(await dispatch('sources.list', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(logged).toEqual(['sources.list']);
  });

  it('carries progress of a job to the event channel and lets the caller cancel it', async () => {
    const events: unknown[] = [];
    const handlers = spyHandlers([]);
    let seenSignal: AbortSignal | null = null;
    handlers['sources.importFile'] = async (_input, ctx) => {
      seenSignal = ctx.signal;
      ctx.progress(1, 2, 'half way');
      await new Promise((resolve) => setTimeout(resolve, 20));
      if (ctx.signal.aborted) throw new ApiError('CANCELLED', 'Import cancelled.');
      return null as never;
    };
    const { dispatch } = createDispatcher(handlers, { isReadOnly: () => false, emit: (e) => events.push(e) });
    const pending = dispatch('sources.importFile', { fileName: 'a.txt', bytesBase64: '', jobId: 'job-1' });
    expect(await dispatch('jobs.cancel', { jobId: 'job-1' })).toEqual({ ok: true, result: { cancelled: true } });
    expect(await pending).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(seenSignal !== null && (seenSignal as AbortSignal).aborted).toBe(true);
    expect(events).toEqual([{ type: 'progress', jobId: 'job-1', done: 1, total: 2, message: 'half way' }]);
  });
  it('stops a job whose cancel arrived before its call (a cancel can overtake a call with a large body)', async () => {
    const handlers = spyHandlers([]);
    let abortedAtStart: boolean | null = null;
    handlers['sources.importFile'] = (_input, ctx) => {
      abortedAtStart = ctx.signal.aborted;
      return null as never;
    };
    const { dispatch } = createDispatcher(handlers, { isReadOnly: () => false, emit: () => {} });
    expect(await dispatch('jobs.cancel', { jobId: 'job-early' })).toEqual({ ok: true, result: { cancelled: false } });
    await dispatch('sources.importFile', { fileName: 'a.txt', bytesBase64: '', jobId: 'job-early' });
    expect(abortedAtStart).toBe(true);
    // remembered once: the same id started again runs
    await dispatch('sources.importFile', { fileName: 'a.txt', bytesBase64: '', jobId: 'job-early' });
    expect(abortedAtStart).toBe(false);
  });
});
