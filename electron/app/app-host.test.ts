// The host's handler table: every method of the contract is handled by exactly one
// entity's handlers, so no handler is silently replaced by a later one.
import { describe, expect, it } from 'vitest';
import { API_METHODS } from '../../shared/api.ts';
import type { Handlers } from './dispatch.ts';
import { entityHandlers, joinHandlers } from './app-host.ts';
import type { HandlerDeps } from './handler-deps.ts';

const deps: HandlerDeps = {
  requireStore: () => {
    throw new Error('no store in this test');
  },
  emit: () => {},
  reader: () => {
    throw new Error('no reader in this test');
  },
  homeDir: '/nonexistent',
  binding: 'direct',
};

describe('the handler table', () => {
  it('refuses a method that two tables define', () => {
    const a: Partial<Handlers> = { 'nodes.list': () => [] };
    const b: Partial<Handlers> = { 'nodes.list': () => [] };
    expect(() => joinHandlers([a, b])).toThrow(/nodes\.list is handled twice/);
  });

  it('covers every method of the contract once, with the app methods beside the entities', () => {
    const tables = entityHandlers(deps, {} as Parameters<typeof entityHandlers>[1]);
    const methods = tables.flatMap((t) => Object.keys(t));
    expect(new Set(methods).size).toBe(methods.length);
    const handled = new Set([...methods, 'app.info', 'app.choosePath', 'jobs.cancel']);
    const projectMethods = API_METHODS.filter((m) => /^(project|backups|undo)\./.test(m));
    expect(API_METHODS.filter((m) => !handled.has(m)).sort()).toEqual(projectMethods.sort());
  });
});
