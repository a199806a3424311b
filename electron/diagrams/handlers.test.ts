import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryStore } from '../../tests/helpers/memory-store.ts';
import type { Store } from '../db/store.ts';
import { createDispatcher } from '../app/dispatch.ts';
import type { Handlers } from '../app/dispatch.ts';
import { createDiagramsHandlers } from './handlers.ts';

let store: Store & { close(): void };
let readOnly = false;

function dispatcher() {
  const handlers = createDiagramsHandlers({ requireStore: () => store, emit: () => {}, homeDir: '/nonexistent', binding: 'direct', reader: () => { throw new Error('diagrams read no files'); } });
  // only this area's methods are called here; the rest of the table is never reached
  return createDispatcher(handlers as Handlers, { isReadOnly: () => readOnly, emit: () => {} }).dispatch;
}

beforeEach(() => {
  store = memoryStore();
  readOnly = false;
});
afterEach(() => store.close());

describe('the diagrams contract', () => {
  it('returns plain JSON over the dispatcher, PNG bytes as base64', async () => {
    const dispatch = dispatcher();
    const created = await dispatch('diagrams.create', { generation: 2, title: 'After' });
    if (!created.ok) throw new Error(created.error.message);
    const id = (created.result as { id: number }).id;
    const exported = await dispatch('diagrams.export', { id, format: 'png', widthCm: 4 });
    if (!exported.ok) throw new Error(exported.error.message);
    expect(JSON.parse(JSON.stringify(exported.result))).toEqual(exported.result);
    const result = exported.result as { bytesBase64: string; widthPx: number; mimeType: string };
    expect(result.mimeType).toBe('image/png');
    expect(result.widthPx).toBe(472);
    expect(Buffer.from(result.bytesBase64, 'base64').subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(Object.keys(result)).not.toContain('bytes');
  });

  it('refuses bad input before the handler runs, with a reason', async () => {
    const dispatch = dispatcher();
    for (const input of [
      { generation: 4, title: 'x' },
      { generation: 2, title: '' },
      { generation: 1, title: 'x', systemNames: Array.from({ length: 9 }, () => 'a') },
    ]) {
      const response = await dispatch('diagrams.create', input);
      expect(response).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    }
    expect(await dispatch('diagrams.export', { id: 1, format: 'png', widthCm: 500 })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(await dispatch('diagrams.nudge', { componentId: 1, x: 1e9, y: 0 })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(await dispatch('diagrams.createTension', { diagramId: 1, from: { component: 'nonsense' }, to: null })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
  });

  it('refuses writes on a read-only project and reads still work', async () => {
    const dispatch = dispatcher();
    await dispatch('diagrams.create', { generation: 1, title: 'Before' });
    readOnly = true;
    expect(await dispatch('diagrams.create', { generation: 1, title: 'Again' })).toMatchObject({ ok: false, error: { code: 'READ_ONLY' } });
    expect(await dispatch('diagrams.list', {})).toMatchObject({ ok: true, result: [{ title: 'Before' }] });
  });

  it('says what is missing when a diagram is gone', async () => {
    expect(await dispatcher()('diagrams.get', { id: 99 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: 'That diagram no longer exists.' } });
  });
});
