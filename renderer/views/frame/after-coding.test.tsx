// The frame around the coding view after a coding action: the status bar and the Details
// panel read nothing while the stripe paints, then read once (for a burst of codings) and
// show the new counts and undo step; what a coding cannot change is not read again.
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiEvent } from '../../../shared/api.ts';
import type { ProjectInfo } from '../../../shared/model/entities.ts';
import { QUIET_MS } from '../../hooks/refresh-later.ts';
import { FrameStatusBar } from './frame-status-bar.tsx';
import { Inspector } from './inspector.tsx';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// the host: a source with `codings` codings, and the last action's undo label
const host = vi.hoisted(() => ({ calls: [] as string[], listeners: new Set<(event: unknown) => void>(), codings: 3, undo: null as string | null }));

vi.mock('../../api.ts', () => ({
  call: (method: string) => {
    host.calls.push(method);
    const answers: Record<string, unknown> = {
      'project.stats': { sources: 1, segments: 4, cases: 0, nodes: 5, codings: host.codings, memos: 0 },
      'undo.state': { canUndo: host.undo !== null, canRedo: false, undoLabel: host.undo, redoLabel: null },
      'sources.summary': { id: 1, guid: 's1', name: 'Interview one', kind: 'transcript', round: null, mode: null, interviewDate: null, importedAt: '', originFormat: 'txt', originFileName: null, characters: 100, words: 20, segmentCount: 4, codingCount: host.codings, caseNames: [], revision: 1 },
      'team.overview': { cycles: [], logbook: [], package: null },
    };
    return Promise.resolve(method in answers ? answers[method] : method === 'backups.list' || method === 'coders.list' ? [] : null);
  },
  onEvent: (cb: (event: unknown) => void) => {
    host.listeners.add(cb);
    return () => host.listeners.delete(cb);
  },
}));

const PROJECT: ProjectInfo = { path: '/p.alens', guid: 'p1', name: 'Study', readOnly: false, schemaVersion: 15, isDemo: false, encrypted: false };

let container: HTMLElement;
let root: ReturnType<typeof createRoot>;

async function settle() {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

// The coding action's change, as the window announces it from the answer.
function coded(seq: number) {
  const event: ApiEvent = { type: 'project-changed', reason: 'codings.create', codings: { codings: [], removedCodingIds: [], nodesChanged: false }, seq };
  act(() => {
    for (const l of host.listeners) l(event);
  });
}

const detailsCodings = () => [...container.querySelectorAll('.details-row')].find((row) => row.querySelector('dt')?.textContent === 'Codings')?.querySelector('dd')?.textContent;
const status = () => container.querySelector('footer')?.textContent ?? '';
const reads = (method: string) => host.calls.filter((m) => m === method).length;

beforeEach(async () => {
  host.calls = [];
  host.codings = 3;
  host.undo = null;
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () =>
    root.render(
      <>
        <Inspector sourceId={1} open onToggle={() => undefined} />
        <FrameStatusBar project={PROJECT} onError={() => undefined} />
      </>,
    ),
  );
  await settle();
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
  host.listeners.clear();
});

describe('the frame after a coding action', () => {
  it('shows the new Details count, codings count and undo step, read once after the burst', async () => {
    expect(detailsCodings()).toBe('3');
    expect(status()).toContain('3 codings');
    expect(status()).toContain('Nothing to undo');
    host.calls = [];
    host.codings = 5;
    host.undo = 'Code at Rules';
    vi.useFakeTimers();
    try {
      coded(1);
      coded(2);
      // nothing read while the stripes paint
      expect(host.calls).toEqual([]);
      act(() => {
        vi.advanceTimersByTime(QUIET_MS);
      });
    } finally {
      vi.useRealTimers();
    }
    await settle();
    expect(detailsCodings()).toBe('5');
    expect(status()).toContain('5 codings');
    expect(status()).toContain('Undo: Code at Rules');
    expect([reads('sources.summary'), reads('project.stats'), reads('undo.state')]).toEqual([1, 1, 1]);
    // backups, coders and the team overview show nothing a coding changes
    expect(host.calls.filter((m) => ['backups.list', 'coders.list', 'team.overview'].includes(m))).toEqual([]);
  });

  it('reads everything again at once after any other change', async () => {
    host.calls = [];
    host.undo = 'Rename case';
    act(() => {
      for (const l of host.listeners) l({ type: 'project-changed', reason: 'cases.update', seq: 3 });
    });
    await settle();
    expect(status()).toContain('Undo: Rename case');
    expect(new Set(host.calls)).toEqual(new Set(['sources.summary', 'project.stats', 'undo.state', 'backups.list', 'coders.list', 'team.overview']));
  });
});
