// The coding view's data: a coding action's event patches the codings in place (no
// codings.list, and nodes.list only when a node changed); any other change reads them again.
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiEvent } from '../../../shared/api.ts';
import type { CodingRecord } from '../../../shared/model/entities.ts';
import { coding, node } from './testing/render-transcript.tsx';
import { useCodingData } from './use-coding-data.ts';
import type { CodingData } from './use-coding-data.ts';

const api = vi.hoisted(() => ({
  calls: [] as string[],
  listeners: new Set<(event: unknown) => void>(),
  stored: [] as unknown[],
  // resolves codings.list when called (null: answers at once)
  held: null as null | (() => void),
}));

vi.mock('../../api.ts', () => ({
  call: (method: string) => {
    api.calls.push(method);
    if (method === 'sources.get') return Promise.resolve({ id: 1, name: 'S', text: 'Some words here', segments: [], revision: 1 });
    if (method === 'nodes.list') return Promise.resolve([node(7, 'Rules', '#884400')]);
    const list = [...api.stored];
    if (api.held === null) return Promise.resolve(list);
    return new Promise((resolve) => {
      api.held = () => resolve(list);
    });
  },
  onEvent: (cb: (event: unknown) => void) => {
    api.listeners.add(cb);
    return () => api.listeners.delete(cb);
  },
}));

let shown: CodingData | null = null;
function Probe() {
  shown = useCodingData(1);
  return null;
}

async function deliver(event: ApiEvent) {
  await act(async () => {
    for (const l of api.listeners) l(event);
    await Promise.resolve();
  });
}

let root: ReturnType<typeof createRoot>;
beforeEach(async () => {
  api.calls = [];
  api.stored = [coding(1, 7, { start: 0, end: 4 })];
  api.held = null;
  root = createRoot(document.createElement('div'));
  await act(async () => root.render(<Probe />));
});
afterEach(() => {
  act(() => root.unmount());
  api.listeners.clear();
});

const ids = () => (shown?.codings ?? []).map((c: CodingRecord) => c.id);

describe('the coding view data', () => {
  it('patches a coding change without reading the codings or the codebook again', async () => {
    expect(ids()).toEqual([1]);
    api.calls = [];
    await deliver({ type: 'project-changed', reason: 'codings.create', codings: { codings: [coding(2, 7, { start: 5, end: 10 })], removedCodingIds: [1], nodesChanged: false } });
    expect(ids()).toEqual([2]);
    expect(api.calls).toEqual([]);
    await deliver({ type: 'project-changed', reason: 'codings.inVivo', codings: { codings: [coding(3, 8, { start: 0, end: 2 })], removedCodingIds: [], nodesChanged: true } });
    expect(ids()).toEqual([3, 2]);
    expect(api.calls).toEqual(['nodes.list']);
  });

  it('reads the codings again after a change that says nothing, or while a read is in flight', async () => {
    api.calls = [];
    api.stored = [coding(4, 7, { start: 1, end: 3 })];
    await deliver({ type: 'project-changed', reason: 'undo.undo' });
    // undo may have changed the text too
    expect(api.calls.sort()).toEqual(['codings.list', 'nodes.list', 'sources.get']);
    expect(ids()).toEqual([4]);

    api.calls = [];
    api.held = () => {};
    await deliver({ type: 'project-changed', reason: 'nodes.update' });
    // a patch now could be overwritten by the older list: it reads again instead
    await deliver({ type: 'project-changed', reason: 'codings.create', codings: { codings: [coding(5, 7, { start: 6, end: 9 })], removedCodingIds: [], nodesChanged: false } });
    expect(api.calls.filter((m) => m === 'codings.list')).toHaveLength(2);
  });
});
