// A read-only view after a change: any other change reads again at once; a coding action
// reads again only after the paint, once for a burst of codings, and not at all in a view
// that shows nothing a coding changes.
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiEvent } from '../../shared/api.ts';
import { useApiQuery } from './use-api-query.ts';
import { QUIET_MS, refreshesWaiting } from './refresh-later.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const api = vi.hoisted(() => ({ calls: [] as string[], listeners: new Set<(event: unknown) => void>(), undoLabel: 'nothing' }));

vi.mock('../api.ts', () => ({
  call: (method: string) => {
    api.calls.push(method);
    return Promise.resolve(method === 'undo.state' ? { canUndo: true, canRedo: false, undoLabel: api.undoLabel, redoLabel: null } : []);
  },
  onEvent: (cb: (event: unknown) => void) => {
    api.listeners.add(cb);
    return () => api.listeners.delete(cb);
  },
}));

let undoShown = '';
function Probe() {
  const undo = useApiQuery('undo.state', {});
  useApiQuery('backups.list', {}, ['backup-taken', 'project-changed'], 'never');
  undoShown = undo.data?.undoLabel ?? '';
  return null;
}

function deliver(event: ApiEvent) {
  act(() => {
    for (const l of api.listeners) l(event);
  });
}

const CODED: ApiEvent = { type: 'project-changed', reason: 'codings.create', codings: { codings: [], removedCodingIds: [], nodesChanged: false }, seq: 1 };
const count = (method: string) => api.calls.filter((m) => m === method).length;

let root: ReturnType<typeof createRoot>;
beforeEach(async () => {
  api.calls = [];
  api.undoLabel = 'nothing';
  root = createRoot(document.createElement('div'));
  await act(async () => root.render(<Probe />));
  expect(api.calls.sort()).toEqual(['backups.list', 'undo.state']);
  api.calls = [];
});
afterEach(() => {
  act(() => root.unmount());
  api.listeners.clear();
});

describe('reading again after a change', () => {
  it('reads at once after a change that is not a coding', () => {
    deliver({ type: 'project-changed', reason: 'cases.create', seq: 2 });
    expect(api.calls.sort()).toEqual(['backups.list', 'undo.state']);
  });

  it('reads nothing while the coding paints, then once for a burst of codings, and ends up current', async () => {
    api.undoLabel = 'Code passage';
    vi.useFakeTimers();
    try {
      for (let i = 0; i < 5; i++) {
        deliver({ ...CODED, seq: 10 + i });
        act(() => {
        vi.advanceTimersByTime(QUIET_MS / 2);
      });
      }
      // nothing read while the codings come (their frames paint the stripes)
      expect(api.calls).toEqual([]);
      act(() => {
        vi.advanceTimersByTime(QUIET_MS);
      });
    } finally {
      vi.useRealTimers();
    }
    await act(async () => {});
    expect(undoShown).toBe('Code passage');
    expect(count('undo.state')).toBe(1);
    // the backups list shows nothing a coding changes: never read again for one
    expect(count('backups.list')).toBe(0);
    expect(refreshesWaiting()).toBe(0);
  });

  it('drops the waiting read of a view that goes away', () => {
    deliver(CODED);
    expect(refreshesWaiting()).toBe(1);
    act(() => root.unmount());
    expect(refreshesWaiting()).toBe(0);
    root = createRoot(document.createElement('div'));
  });
});
