// A window's own coding action: its answer is announced to the window's views at once with
// what changed, and the host's copy of the same change (same seq) is not delivered again.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ApiEvent } from '../shared/api.ts';

class FakeEventSource {
  static last: FakeEventSource | null = null;
  onmessage: ((message: { data: string }) => void) | null = null;
  constructor() {
    FakeEventSource.last = this;
  }
  push(event: ApiEvent) {
    this.onmessage?.({ data: JSON.stringify(event) });
  }
}

const change = { codings: [{ id: 9, guid: 'g9', sourceId: 1, nodeId: 2, start: 0, end: 4, coderId: null, createdAt: '' }], removedCodingIds: [], nodesChanged: false };

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

async function setUp(seq: number) {
  vi.stubGlobal('EventSource', FakeEventSource);
  vi.stubGlobal('fetch', () => Promise.resolve(new Response(JSON.stringify({ ok: true, result: change.codings[0], codings: change, changeSeq: seq }))));
  const api = await import('./api.ts');
  const seen: ApiEvent[] = [];
  api.onEvent((e) => seen.push(e));
  return { api, seen, host: FakeEventSource.last as FakeEventSource };
}

describe("a window's own coding change", () => {
  it('is delivered from the answer with what changed, and the host event of it is dropped', async () => {
    const { api, seen, host } = await setUp(7);
    await api.call('codings.create', { sourceId: 1, nodeId: 2, start: 0, end: 4 });
    expect(seen).toEqual([{ type: 'project-changed', reason: 'codings.create', codings: change, seq: 7 }]);
    host.push({ type: 'project-changed', reason: 'codings.create', codings: change, seq: 7 });
    expect(seen).toHaveLength(1);
    // another window's change comes through
    host.push({ type: 'project-changed', reason: 'nodes.update', seq: 8 });
    expect(seen.at(-1)).toEqual({ type: 'project-changed', reason: 'nodes.update', seq: 8 });
  });

  it('is delivered once when the host event comes before the answer', async () => {
    const { api, seen, host } = await setUp(3);
    host.push({ type: 'project-changed', reason: 'codings.create', codings: change, seq: 3 });
    await api.call('codings.create', { sourceId: 1, nodeId: 2, start: 0, end: 4 });
    expect(seen).toEqual([{ type: 'project-changed', reason: 'codings.create', codings: change, seq: 3 }]);
  });
});
