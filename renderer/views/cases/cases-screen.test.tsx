// The Cases screen draws a window of its 1,000 rows (numerically by label), keeps the cases
// it read between visits while nothing changes, and reads them again after any change.
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiEvent } from '../../../shared/api.ts';
import type { CaseRecord, ProjectInfo } from '../../../shared/model/entities.ts';
import type { CaseGridOptions } from '../../../shared/model/import.ts';
import { forgetKeptResults } from '../../hooks/use-kept-api-query.ts';
import { CasesScreen } from './cases-screen.tsx';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function aCase(i: number): CaseRecord {
  return { id: i + 1, guid: `g${i}`, label: `P${i + 1}`, realName: `Person ${i + 1}`, role: 'mentor', jobTitle: 'Tutor', organisation: null, project: null, partnerRole: null, providerType: null, region: null, attributes: { Region: 'London' } };
}

const OPTIONS: CaseGridOptions = { roles: ['mentor'], organisations: [], projects: [], providerTypes: [], regions: [], attributes: ['Region'] };

const api = vi.hoisted(() => ({
  calls: [] as string[],
  listeners: new Set<(event: unknown) => void>(),
  cases: [] as unknown[],
}));

vi.mock('../../api.ts', () => ({
  call: (method: string) => {
    api.calls.push(method);
    if (method === 'cases.list') return Promise.resolve(api.cases);
    if (method === 'caseGrid.options') return Promise.resolve(OPTIONS);
    return Promise.resolve([]);
  },
  onEvent: (cb: (event: unknown) => void) => {
    api.listeners.add(cb);
    return () => api.listeners.delete(cb);
  },
  announceChange: () => undefined,
}));

const PROJECT: ProjectInfo = { path: '/tmp/p.alens', name: 'P', guid: 'p1', readOnly: false, schemaVersion: 15, isDemo: false, encrypted: false };

let root: Root | null = null;
let host: HTMLElement;

async function visit(): Promise<void> {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  await act(async () => root?.render(<CasesScreen project={PROJECT} notify={() => undefined} />));
  await act(async () => {
    await Promise.resolve();
  });
}

function leave(): void {
  act(() => root?.unmount());
  root = null;
  host.remove();
}

async function deliver(event: ApiEvent): Promise<void> {
  await act(async () => {
    for (const l of [...api.listeners]) l(event);
    await Promise.resolve();
  });
}

const drawnLabels = () => [...host.querySelectorAll<HTMLInputElement>('tbody > tr[aria-rowindex] input[aria-label^="Label of "]')].map((i) => i.value);

beforeEach(() => {
  forgetKeptResults();
  api.calls = [];
  // given out of order: the screen sorts them numerically by label
  api.cases = Array.from({ length: 1000 }, (_, i) => aCase(999 - i));
});
afterEach(() => {
  if (root) leave();
  window.localStorage.clear();
});

describe('the Cases screen', () => {
  it('draws a window of the 1,000 cases, in label order, with their places in the list', async () => {
    await visit();
    const rows = host.querySelectorAll('tbody > tr[aria-rowindex]');
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(80);
    expect(host.querySelector('table[aria-label="Cases"]')?.getAttribute('aria-rowcount')).toBe('1001');
    expect(drawnLabels().slice(0, 3)).toEqual(['P1', 'P2', 'P3']);
    expect(host.querySelector('tbody > tr.window-gap')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('shows the kept cases on a second visit without asking the host, while nothing changed', async () => {
    await visit();
    expect(api.calls.filter((m) => m === 'cases.list')).toHaveLength(1);
    leave();
    await visit();
    expect(api.calls.filter((m) => m === 'cases.list')).toHaveLength(1);
    expect(api.calls.filter((m) => m === 'caseGrid.options')).toHaveLength(1);
    expect(drawnLabels()[0]).toBe('P1');
  });

  it('reads the cases again on a visit after a change made while the screen was not shown', async () => {
    await visit();
    leave();
    // another screen (or window) renames the first case
    api.cases = api.cases.map((c) => ((c as CaseRecord).id === 1 ? { ...(c as CaseRecord), label: 'P0 renamed' } : c));
    await deliver({ type: 'project-changed', reason: 'cases.update', seq: 1 });
    await visit();
    expect(api.calls.filter((m) => m === 'cases.list')).toHaveLength(2);
    expect(drawnLabels()[0]).toBe('P0 renamed');
  });

  it('keeps the cases after coding a passage, which cannot change them', async () => {
    await visit();
    leave();
    await deliver({ type: 'project-changed', reason: 'codings.create', seq: 3, codings: { codings: [], removedCodingIds: [], nodesChanged: false } });
    await visit();
    expect(api.calls.filter((m) => m === 'cases.list')).toHaveLength(1);
  });

  it('reads the cases again when the project changes while it is shown', async () => {
    await visit();
    await deliver({ type: 'project-changed', reason: 'undo.undo', seq: 2 });
    expect(api.calls.filter((m) => m === 'cases.list')).toHaveLength(2);
  });
});
